package dev.yusuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YusuanCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new YusuanCli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoExitsZeroAndShowsTheLibraryAtWork() {
        assertThat(run("demo")).isZero();
        assertThat(out()).contains("yusuan-core").contains("2101501").contains("52889.13").contains("CNY");
        assertThat(YusuanCli.version()).isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'").contains("usage:");
    }

    @Test
    void unknownArgumentIsAUsageError() {
        assertThat(run("demo", "--bogus")).isEqualTo(2);
        assertThat(err()).contains("yusuan demo:").contains("--bogus");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("demo");
        out.reset();
        assertThat(run("demo", "--help")).isZero();
        assertThat(out()).startsWith("usage: yusuan demo");
    }

    @Test
    void noArgumentsPrintsUsageWithStatusTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(out()).contains("usage:");
    }
}
