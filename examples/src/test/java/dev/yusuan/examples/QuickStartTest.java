package dev.yusuan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.money.Amount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and run, and checked to be the same text as the README's. */
class QuickStartTest {

    @Test
    void quickStart() {
        // README quick start begins
        FunctionCode code = FunctionCode.parse("2101501");      // 支出功能分类 项: 行政运行
        FunctionCode category = code.atLevel(CodeLevel.CATEGORY); // 210 卫生健康支出
        Amount income = Amount.parsePrinted("52,888.95");        // exact, keeps its two printed decimals
        Amount total = income.plus(Amount.parse("0.18"));        // 52889.13, never rounded silently
        // README quick start ends

        assertThat(category).hasToString("210");
        assertThat(total).hasToString("52889.13");
    }

    @Test
    void readmeShowsTheSameCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String test = Files.readString(Path.of("src/test/java/dev/yusuan/examples/QuickStartTest.java"), StandardCharsets.UTF_8);
        String body = test.substring(test.indexOf("// README quick start begins") + "// README quick start begins".length(),
                test.indexOf("        // README quick start ends"));
        for (String line : body.strip().split("\n")) {
            assertThat(readme).as("README quick start line").contains(line.strip());
        }
    }
}
