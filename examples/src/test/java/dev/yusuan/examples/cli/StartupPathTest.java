package dev.yusuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The code commands start fast: {@code yusuan lookup} loads neither Jackson, nor the validator, nor
 * Moneta, nor java.util.logging (the start-up bar compares {@code lookup 2101501} with a hello-world
 * JVM). Checked in a separate JVM with class-load logging.
 */
class StartupPathTest {
    @Test
    void lookupLoadsNoJsonNoValidatorNoMoneta() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                YusuanCli.class.getName(), "lookup", "2101501");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(buf);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = buf.toString(StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("2101501  行政运行")
                .doesNotContain("com.fasterxml.jackson")
                .doesNotContain("dev.yusuan.core.check.")
                .doesNotContain("dev.yusuan.json.")
                .doesNotContain("org.javamoney")
                .doesNotContain("java.util.logging.LogManager ");
    }
}
