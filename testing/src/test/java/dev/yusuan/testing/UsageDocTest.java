package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} and {@code text} block of {@code USAGE.md} appears, line for line (ignoring
 * indentation and blank lines), in {@code UsageExamplesTest} (the engine) or
 * {@code DomainUsageExamplesTest} (generators and mutators of the domain), where it is compiled and
 * run.
 */
class UsageDocTest {

    private static final Pattern BLOCK = Pattern.compile("```(java|text)\\n(.*?)```", Pattern.DOTALL);

    private static String normalise(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    @Test
    void everyBlockOfTheUsagePageIsCompiledInTheExamples() throws IOException {
        String usage = Files.readString(Path.of("USAGE.md"), StandardCharsets.UTF_8);
        String examples = normalise(Files.readString(
                Path.of("src/test/java/dev/yusuan/testing/UsageExamplesTest.java"), StandardCharsets.UTF_8)
                + "\n" + Files.readString(Path.of("src/test/java/dev/yusuan/testing/DomainUsageExamplesTest.java"), StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(usage);
        while (matcher.find()) {
            blocks.add(matcher.group(2));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(10);
        for (String block : blocks) {
            assertThat(examples).as("USAGE.md block not found in UsageExamplesTest or DomainUsageExamplesTest:%n%s", block)
                    .contains(normalise(block));
        }
    }
}
