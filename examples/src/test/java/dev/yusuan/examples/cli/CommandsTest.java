package dev.yusuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.json.YusuanJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the seed fixtures and the example ledger: output and exit statuses. */
class CommandsTest {
    static final String SEEDS = "data/seeds/";
    static final String LEDGER = "data/ledgers/example-2021-final-account.json";
    static final String LILING_BUDGET = "data/compare/liling-2021-initial-budget.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new YusuanCli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    // ---- validate ---------------------------------------------------------------------------

    @Test
    void validateExitsOneOnErrorsAndZeroWithout() {
        assertThat(run("validate", SEEDS + "luoyang-2020-budget.json")).isEqualTo(1);
        assertThat(out()).contains("4 errors, 4 warnings, 0 notes").contains("ERROR (4)").contains("ROW-FN-01")
                .contains("应为 2841.2，实为 2844.2，相差 3.0");
        assertThat(run("validate", SEEDS + "liling-2021-final-account.json", SEEDS + "nanchong-2020-budget.json")).isZero();
        assertThat(out()).contains("0 errors, 0 warnings, 23 notes").contains("0 errors, 10 warnings, 0 notes");
        // 南充 states no unit type; as an administrative unit its 表3-3 and 表3-4 reconcile (MAP-01 finds nothing)
        assertThat(run("validate", "--unit-type", "administrative", SEEDS + "nanchong-2020-budget.json")).isZero();
        assertThat(out()).contains("0 errors, 10 warnings, 0 notes");
        assertThat(run("validate", "--locale", "en", SEEDS + "luoyang-2020-budget.json")).isEqualTo(1);
        assertThat(out()).contains("parts add up to 2841.2, printed 2844.2, difference 3.0 (beyond the rounding tolerance 0.15)");
    }

    @Test
    void validateJsonHasTheDocumentedShape() throws IOException {
        assertThat(run("validate", "--format", "json", SEEDS + "zhengding-2020-budget.json")).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out());
        JsonNode file = root.get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo(SEEDS + "zhengding-2020-budget.json");
        assertThat(file.get("counts").toString()).isEqualTo("{\"ERROR\":1,\"WARNING\":0,\"INFO\":1}");
        JsonNode f = file.get("findings").get(1);
        List<String> names = List.of("rule", "severity", "outcome", "table", "row", "column", "expected", "actual", "difference", "message");
        assertThat(f.fieldNames()).toIterable().containsExactlyElementsOf(names);
        assertThat(f.get("rule").asText()).isEqualTo("3P-02");
        assertThat(f.get("outcome").asText()).isEqualTo("BROKEN");
        assertThat(f.get("expected").asText()).isEqualTo("1.14");
        assertThat(f.get("actual").asText()).isEqualTo("0");
        assertThat(f.get("difference").asText()).isEqualTo("-1.14");
        assertThat(f.get("message").asText()).contains("公务用车购置及运维费");
        assertThat(run("validate", "--format", "json", "--locale", "en", SEEDS + "zhengding-2020-budget.json")).isEqualTo(1);
        assertThat(out()).contains("expected 1.14, printed 0");
    }

    @Test
    void validateJsonOfAllSeedsHasNoThousandsSeparators() throws IOException {
        String[] args = {"validate", "--format", "json", SEEDS + "liling-2021-final-account.json", SEEDS + "luoyang-2020-budget.json",
            SEEDS + "nanchong-2020-budget.json", SEEDS + "zhengding-2020-budget.json", SEEDS + "zhuzhou-2020-budget.json"};
        assertThat(run(args)).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("files")).hasSize(5);
        for (JsonNode file : root.get("files")) {
            for (JsonNode f : file.get("findings")) {
                for (String n : List.of("expected", "actual", "difference")) {
                    if (!f.get(n).isNull()) {
                        assertThat(f.get(n).asText()).matches("-?[0-9]+(\\.[0-9]+)?");
                    }
                }
            }
        }
    }

    @Test
    void aMalformedFileIsStatusTwoWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"yusuan/1\",\n \"type\": \"published-statement\",\n \"source\": {\"title\": 12}}\n");
        assertThat(run("validate", bad.toString())).isEqualTo(2);
        assertThat(err()).startsWith(bad + ": 3:").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aTruncatedFileIsStatusTwoWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        String full = Files.readString(Path.of(SEEDS + "liling-2021-final-account.json"));
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, full.substring(0, full.length() / 2));
        assertThat(run("validate", SEEDS + "nanchong-2020-budget.json", cut.toString())).isEqualTo(2);
        assertThat(err()).matches("(?s)" + java.util.regex.Pattern.quote(cut.toString()) + ": [0-9]+:[0-9]+: .+\\R")
                .doesNotContain("\tat ");
        assertThat(out()).contains("nanchong-2020-budget.json");
    }

    @Test
    void aMissingFileIsStatusTwo() {
        assertThat(run("validate", "no/such/file.json")).isEqualTo(2);
        assertThat(err()).isEqualTo("no/such/file.json: no such file" + System.lineSeparator());
    }

    @Test
    void aLedgerIsNotAPublishedStatement() {
        assertThat(run("validate", LEDGER)).isEqualTo(2);
        assertThat(err()).startsWith(LEDGER + ": ").contains("ledger");
    }

    // ---- lookup, map, crosswalk -------------------------------------------------------------

    @Test
    void lookupPrintsNameLevelParentsAndStatus() {
        assertThat(run("lookup", "2101501", "210")).isZero();
        assertThat(out()).contains("2101501  行政运行").contains("项 (7 digits)").contains("210 卫生健康支出 › 21015 医疗保障管理事务")
                .contains("active in edition 2021").contains("formerly  医疗卫生与计划生育支出");
        assertThat(run("lookup", "--edition", "2020", "30101", "2109999")).isEqualTo(1);
        assertThat(out()).contains("30101  基本工资").contains("2109999  (not in edition 2020)");
        assertThat(run("lookup", "--edition", "1999", "210")).isEqualTo(2);
        assertThat(err()).contains("no catalog edition for 1999");
        assertThat(run("lookup", "21x")).isEqualTo(2);
        assertThat(run("lookup")).isEqualTo(2);
    }

    @Test
    void mapDependsOnTheUnitType() {
        assertThat(run("map", "--unit-type", "administrative", "30101", "3011201")).isZero();
        assertThat(out()).contains("30101 基本工资 → 50101 工资奖金津补贴").contains("3011201 (local sub-item of 30112 其他社会保障缴费) → 50102");
        assertThat(run("map", "--unit-type", "institution", "30101")).isZero();
        assertThat(out()).contains("→ 50501");
        assertThat(run("map", "--unit-type", "administrative", "30107")).isEqualTo(1);
        assertThat(out()).contains("30107 绩效工资 → (none)");
        assertThat(run("map", "30101")).isEqualTo(2);
        assertThat(err()).contains("--unit-type is required");
        assertThat(run("map", "--unit-type", "administrative", "50101")).isEqualTo(2);
    }

    @Test
    void crosswalkFollowsRenames() {
        assertThat(run("crosswalk", "--from", "2020", "--to", "2021", "2101501")).isZero();
        assertThat(out()).contains("2101501 (2020) → 2101501 (2021)  UNCHANGED");
        assertThat(run("crosswalk", "--to", "2021", "210")).isEqualTo(2);
        assertThat(err()).contains("--from YEAR is required");
    }

    // ---- convert ----------------------------------------------------------------------------

    @Test
    void convertNanchongGivesItsPrinted政府Table() {
        assertThat(run("convert", "--to", "government-economic", "--unit-type", "administrative", SEEDS + "nanchong-2020-budget.json"))
                .isZero();
        PublishedStatement converted = YusuanJson.readPublishedStatement(out());
        var table = converted.tables().get(0);
        assertThat(table.title()).startsWith("一般公共预算基本支出预算表(部门经济分类科目)");
        assertThat(table.cell(RowKey.economic(GovernmentEconomicCode.parse("50101")), ColumnId.parse("type/basic")).flatMap(c -> c.amount()))
                .contains(Amount.parse("161.49"));
        assertThat(table.cell(RowKey.line("total"), ColumnId.parse("type/basic")).flatMap(c -> c.amount())).contains(Amount.parse("279.71"));
        assertThat(err()).contains("表3-1").contains("columns are 部门 economic codes");
    }

    @Test
    void convertNeedsAUnitTypeWhenTheDocumentHasNone() {
        assertThat(run("convert", "--to", "government-economic", SEEDS + "nanchong-2020-budget.json")).isEqualTo(2);
        assertThat(err()).contains("pass --unit-type");
    }

    @Test
    void convertMapsEachLineByItsUnitsType() {
        // the example has an administrative unit (900001) and an institution (900002) with 30107 绩效工资,
        // an institution's item that an administrative unit has no row for
        assertThat(run("convert", "--to", "government-economic", LEDGER)).isZero(); // every line names its unit
        Ledger l = YusuanJson.readLedger(out());
        assertThat(l.header().economicScheme().name()).isEqualTo("GOVERNMENT_ECONOMIC");
        assertThat(l.total()).isEqualTo(YusuanJson.readLedger(Path.of(LEDGER)).total());
        assertThat(l.lines()).anySatisfy(line -> {
            assertThat(line.unit()).contains("900002");
            assertThat(line.function().toString()).isEqualTo("2101550");
            assertThat(line.governmentEconomic().map(Object::toString)).contains("50501");
            assertThat(line.amount()).isEqualTo(Amount.parse("89.95")); // 30101 58.20 + 30107 31.75
        });
        assertThat(l.lines()).anySatisfy(line -> {
            assertThat(line.unit()).contains("900001");
            assertThat(line.function().toString()).isEqualTo("2101501");
            assertThat(line.governmentEconomic().map(Object::toString)).contains("50101");
            assertThat(line.amount()).isEqualTo(Amount.parse("221.05")); // 126.40 + 84.12 + 10.53
        });
        assertThat(run("convert", "--to", "government-economic", "--unit-type", "administrative", SEEDS + "zhuzhou-2020-budget.json"))
                .isZero();
        assertThat(run("convert", "--to", "government-economic", "--unit-type", "institution", SEEDS + "luoyang-2020-budget.json"))
                .isZero();
    }

    @Test
    void convertTakesOnlyTheGovernmentScheme() {
        assertThat(run("convert", "--to", "department-economic", LEDGER)).isEqualTo(2);
        assertThat(err()).contains("--to must be one of government-economic");
    }

    // ---- tables -----------------------------------------------------------------------------

    @Test
    void tablesLaysOutTheDerivedTables() {
        assertThat(run("tables", LEDGER)).isZero();
        assertThat(out()).contains("公开01表 收入支出决算总表").contains("金额单位：万元").contains("公开05表 一般公共预算财政拨款支出决算表")
                .contains("2101501       行政运行");
        assertThat(run("tables", "--table", "final/three-public", "--format", "csv", LEDGER)).isZero();
        assertThat(out()).startsWith("公开07表").contains("\r\n");
        assertThat(run("tables", "--table", "final/summary", "--format", "json", LEDGER)).isZero();
        PublishedStatement s = YusuanJson.readPublishedStatement(out());
        assertThat(s.tables()).hasSize(1);
        assertThat(run("tables", "--table", "budget/summary", LEDGER)).isEqualTo(2);
        assertThat(run("tables", "--table", "no/such-kind", LEDGER)).isEqualTo(2);
        assertThat(run("tables", SEEDS + "liling-2021-final-account.json")).isZero();
        assertThat(out()).contains("公开01表 收入支出决算总表").contains("行次");
    }

    // ---- compare ----------------------------------------------------------------------------

    @Test
    void compareGivesTheCompletionRatePer项() {
        assertThat(run("compare", LILING_BUDGET, SEEDS + "liling-2021-final-account.json")).isZero();
        assertThat(out()).contains("2101101   行政单位医疗").contains("111.32%").contains("12238.35%");
        assertThat(run("compare", "--format", "json", LEDGER)).isZero();
        assertThat(out()).contains("\"completionRate\"");
        assertThat(run("compare", SEEDS + "liling-2021-final-account.json", LILING_BUDGET)).isEqualTo(2);
        assertThat(err()).contains("give the budget first");
        assertThat(run("compare", "--threshold", "ten", LEDGER)).isEqualTo(2);
    }
}
