package dev.yusuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        long start = System.nanoTime();
        assertThat(run("demo")).isZero();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("demo run time in ms").isLessThan(10_000);
        assertThat(out())
                // one header line per document: title, year, stage
                .contains("株洲市医疗保障局2020年度部门预算  (2020 年初预算, 12 tables")
                .contains("2021年度醴陵市医疗保障局（单位）部门决算  (2021 决算, 9 tables")
                // findings with location and numbers
                .contains("ERROR   ROW-FN-01  2020年财政拨款收支总体情况表, 支出合计, 支出/合计：应为 2841.2，实为 2844.2，相差 3.0")
                .contains("52889.13")
                // the conversion beside the printed 政府经济分类 table
                .contains("50101 工资奖金津补贴         161.49   161.49  =  30101 93.72 + 30102 59.96 + 30103 7.81")
                .contains("9 of 9 figures agree")
                // the comparison
                .contains("2101101 行政单位医疗                          9.63     10.72    111.32%")
                .contains("yusuan-core");
        assertThat(err()).isEmpty();
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

    @ParameterizedTest
    @ValueSource(strings = {"validate", "lookup", "map", "convert", "crosswalk", "tables", "compare", "demo"})
    void everyCommandHasHelpAndRefusesUnknownOptions(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out()).startsWith("usage: yusuan " + command).contains("Exit status");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("  " + command + " ");
        assertThat(run(command, "--no-such-option", "x")).isEqualTo(2);
        assertThat(err()).contains("yusuan " + command + ": unknown option '--no-such-option'").contains("Try 'yusuan " + command + " --help'");
    }

    @Test
    void everyListedNameMakesTheCommandOfThatName() {
        assertThat(new YusuanCli().commandNames()).doesNotHaveDuplicates().isNotEmpty();
        for (String name : new YusuanCli().commandNames()) {
            assertThat(YusuanCli.command(name)).as(name).isNotNull();
            assertThat(YusuanCli.command(name).name()).isEqualTo(name);
        }
        assertThat(YusuanCli.command("no-such-command")).isNull();
    }

    @Test
    void readmeListsEveryCommand() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (String name : new YusuanCli().commandNames()) {
            assertThat(readme).as("README command list").contains("`./yusuan " + name);
        }
    }

    @Test
    void noArgumentsPrintsUsageWithStatusTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(out()).contains("usage:");
    }
}
