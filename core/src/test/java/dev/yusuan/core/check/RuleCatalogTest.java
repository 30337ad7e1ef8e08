package dev.yusuan.core.check;

import dev.yusuan.core.ledger.EconomicMapping;
import static dev.yusuan.core.check.Statements.block;
import static dev.yusuan.core.check.Statements.cols;
import static dev.yusuan.core.check.Statements.row;
import static dev.yusuan.core.check.Statements.statement;
import static dev.yusuan.core.check.Statements.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.TableKind;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule of the standard catalog can fire, each on a statement that breaks exactly it, and the docs list every rule. */
class RuleCatalogTest {

    private static final EconomicMapping MAPPING = (code, type) -> {
        switch (code.toString()) {
            case "30101":
            case "30102":
                return Optional.of(GovernmentEconomicCode.parse(type.mapsAsAdministrative() ? "50101" : "50501"));
            case "30199":
                return Optional.of(GovernmentEconomicCode.parse(type.mapsAsAdministrative() ? "50199" : "50501"));
            default:
                return Optional.empty();
        }
    };

    private static final BlockRole MAIN = BlockRole.MAIN;

    static Map<String, PublishedStatement> breakingStatements() {
        Map<String, PublishedStatement> m = new LinkedHashMap<>();
        m.put("COL-SRC-01", statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total", "source/general-public-budget", "source/government-fund"),
                        row("line:total", "合计", "10.00", "8.00", "1.00")))));
        m.put("COL-TYPE-01", statement(Stage.FINAL_ACCOUNT, table(TableKind.FINAL_EXPENDITURE,
                block(MAIN, cols("total", "type/basic", "type/project"), row("function:210", "卫生健康支出", "10.00", "8.00", "1.00")))));
        m.put("COL-TYPE-02", statement(Stage.FINAL_ACCOUNT, table(TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE,
                block(MAIN, cols("subtotal", "type/basic", "type/project"), row("function:210", "卫生健康支出", "10.00", "8.00", "1.00")))));
        m.put("ROW-FN-01", statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total"), row("line:total", "合计", "10.00"), row("function:210", "卫生健康支出", "9.00")))));
        m.put("ROW-EC-01", statement(Stage.BUDGET, table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE,
                block(MAIN, cols("type/basic"), row("line:total", "合计", "10.00"), row("deptEconomic:301", "工资福利支出", "9.00")))));
        m.put("ROW-EC-02", statement(Stage.BUDGET, table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE,
                block(MAIN, cols("type/basic"), row("line:total", "合计", "10.00"), row("govEconomic:501", "机关工资福利支出", "9.00")))));
        m.put("ROW-UNIT-01", statement(Stage.BUDGET, table(TableKind.BUDGET_INCOME,
                block(MAIN, cols("total"), row("line:total", "合计", "10.00"), row("unit:001", "机关", "4.00"),
                        row("unit:002", "中心", "5.00")))));
        m.put("SUM-INC-01", statement(Stage.BUDGET, table(TableKind.BUDGET_SUMMARY,
                block(BlockRole.INCOME, cols("amount"), row("line:income/general-public-budget", "一般公共预算拨款", "10.00"),
                        row("line:income/current-year-total", "本年收入合计", "11.00")))));
        m.put("SUM-INC-02", statement(Stage.FINAL_ACCOUNT, table(TableKind.FINAL_SUMMARY,
                block(BlockRole.INCOME, cols("amount"), row("line:income/current-year-total", "本年收入合计", "10.00"),
                        row("line:carry-over/opening", "年初结转和结余", "1.00"), row("line:grand-total", "总计", "12.00")))));
        m.put("SUM-INC-03", statement(Stage.BUDGET, table(TableKind.BUDGET_SUMMARY,
                block(BlockRole.INCOME, cols("amount"), row("line:income/general-public-budget", "一般公共预算", "10.0"),
                        row("line:income/carry-over", "结转", "2.0"), row("line:total", "收入合计", "13.0")))));
        m.put("SUM-EXP-01", statement(Stage.BUDGET, table(TableKind.BUDGET_SUMMARY,
                block(BlockRole.EXPENDITURE_BY_FUNCTION, cols("amount"), row("function:210", "卫生健康支出", "10.00"),
                        row("line:expenditure/current-year-total", "本年支出合计", "11.00")))));
        m.put("SUM-EXP-02", statement(Stage.BUDGET, table(TableKind.BUDGET_SUMMARY,
                block(BlockRole.EXPENDITURE_BY_TYPE, cols("amount"), row("line:expenditure/type/basic", "基本支出", "6.00"),
                        row("line:expenditure/type/project", "项目支出", "3.00"),
                        row("line:expenditure/current-year-total", "本年支出合计", "10.00")))));
        m.put("SUM-EXP-03", statement(Stage.BUDGET, table(TableKind.BUDGET_SUMMARY,
                block(BlockRole.EXPENDITURE_BY_TYPE, cols("amount"), row("line:expenditure/type/basic", "基本支出", "6.0"),
                        row("line:total", "支出合计", "7.0")))));
        m.put("SUM-EXP-04", statement(Stage.FINAL_ACCOUNT, table(TableKind.FINAL_SUMMARY,
                block(BlockRole.EXPENDITURE_BY_FUNCTION, cols("amount"), row("line:expenditure/current-year-total", "本年支出合计", "10.00"),
                        row("line:carry-over/closing", "年末结转和结余", "1.00"), row("line:grand-total", "总计", "10.00")))));
        m.put("3P-01", statement(Stage.BUDGET, table(TableKind.BUDGET_THREE_PUBLIC,
                block(MAIN, cols("amount"), row("line:three-public/total", "合计", "5.00"),
                        row("line:three-public/overseas", "因公出国（境）费", "1.00"), row("line:three-public/vehicles", "公务用车", "2.00"),
                        row("line:three-public/reception", "公务接待费", "1.00")))));
        m.put("3P-02", statement(Stage.BUDGET, table(TableKind.BUDGET_THREE_PUBLIC,
                block(MAIN, cols("amount"), row("line:three-public/vehicles", "公务用车", "2.00"),
                        row("line:three-public/vehicles/purchase", "购置费", "0.50"),
                        row("line:three-public/vehicles/operation", "运行维护费", "1.00")))));
        m.put("FN-HIER-01", statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total"), row("function:21015", "医疗保障管理事务", "10.00"), row("function:2101501", "行政运行", "7.00"),
                        row("function:2101502", "一般行政管理事务", "2.00")))));
        m.put("EC-HIER-01", statement(Stage.BUDGET, table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE,
                block(MAIN, cols("type/basic"), row("deptEconomic:301", "工资福利支出", "10.00"), row("deptEconomic:30101", "基本工资", "8.00")))));
        m.put("EC-HIER-02", statement(Stage.BUDGET, table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE,
                block(MAIN, cols("type/basic"), row("govEconomic:501", "机关工资福利支出", "10.00"),
                        row("govEconomic:50101", "工资奖金津补贴", "8.00")))));
        m.put("COL-GROUP-01", statement(Stage.BUDGET, table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE,
                block(MAIN, cols("type/basic", "type/basic/personnel", "type/basic/public"),
                        row("deptEconomic:301", "工资福利支出", "10.00", "8.00", "1.00")))));
        m.put("LINE-GROUP-01", statement(Stage.BUDGET, table(TableKind.BUDGET_SUMMARY,
                block(BlockRole.INCOME, cols("amount"), row("line:income/general-public-budget", "一般公共预算拨款", "10.00"),
                        row("line:income/general-public-budget/appropriation", "经费拨款", "8.00")))));
        m.put("BAL-01", statement(Stage.BUDGET, table(TableKind.BUDGET_SUMMARY,
                block(BlockRole.INCOME, cols("amount"), row("line:grand-total", "收入总计", "10.00")),
                block(BlockRole.EXPENDITURE_BY_FUNCTION, cols("amount"), row("line:grand-total", "支出总计", "9.00")))));
        m.put("X-EXP-01", statement(Stage.BUDGET,
                table(TableKind.BUDGET_SUMMARY, block(BlockRole.EXPENDITURE_BY_FUNCTION, cols("amount"), row("function:210", "卫生健康支出", "10.00"))),
                table(TableKind.BUDGET_EXPENDITURE, block(MAIN, cols("total"), row("function:2101501", "行政运行", "9.00")))));
        m.put("X-INC-01", statement(Stage.BUDGET,
                table(TableKind.BUDGET_SUMMARY, block(BlockRole.INCOME, cols("amount"),
                        row("line:income/general-public-budget", "一般公共预算拨款", "10.00"))),
                table(TableKind.BUDGET_INCOME, block(MAIN, cols("total", "source/general-public-budget"), row("line:total", "合计", "9.00", "9.00")))));
        m.put("X-FIS-01", statement(Stage.BUDGET,
                table(TableKind.BUDGET_FISCAL_SUMMARY, block(BlockRole.EXPENDITURE_BY_FUNCTION, cols("total", "source/general-public-budget"),
                        row("function:210", "卫生健康支出", "10.00", "10.00"))),
                table(TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE, block(MAIN, cols("total"), row("function:210", "卫生健康支出", "9.00")))));
        m.put("X-BAS-01", statement(Stage.BUDGET,
                table(TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE, block(MAIN, cols("total", "type/basic"), row("line:total", "合计", "10.00", "10.00"))),
                table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE, block(MAIN, cols("type/basic"), row("line:total", "合计", "9.00")))));
        m.put("X-GF-01", statement(Stage.FINAL_ACCOUNT,
                table(TableKind.FINAL_FISCAL_SUMMARY, block(BlockRole.EXPENDITURE_BY_FUNCTION, cols("total", "source/government-fund"),
                        row("line:expenditure/current-year-total", "本年支出合计", "10.00", "10.00"))),
                table(TableKind.FINAL_GOVERNMENT_FUND, block(MAIN, cols("subtotal"), row("line:total", "合计", "9.00")))));
        m.put("X-3P-01", statement(Stage.FINAL_ACCOUNT,
                table(TableKind.FINAL_THREE_PUBLIC, block(MAIN, cols("final/three-public/reception"), row("line:total", "合计", "5.00"))),
                table(TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE, block(BlockRole.PUBLIC, cols("amount"),
                        row("deptEconomic:30217", "公务接待费", "3.00")))));
        m.put("MAP-01", statement(Stage.BUDGET,
                table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE, block(MAIN, cols("type/basic"),
                        row("deptEconomic:30101", "基本工资", "5.00"), row("deptEconomic:30102", "津贴补贴", "4.00"))),
                table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE, block(MAIN, cols("type/basic"),
                        row("govEconomic:50101", "工资奖金津补贴", "10.00")))));
        m.put("MAP-02", statement(Stage.BUDGET, table(TableKind.BUDGET_ECONOMIC_MAPPING,
                block(MAIN, cols("gov-economic", "amount"), row("deptEconomic:30199", "其他工资福利支出", "50101", "1.00")))));
        m.put("CODE-01", statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total"), row("function:299", "不存在的类", "1.00")))));
        m.put("CODE-02", statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total"), row("function:210", "七、医疗卫生与计划生育支出", "1.00")))));
        m.put("CODE-03", statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total"), row("function:2101501", "行政管理", "1.00")))));
        m.put("CODE-04", statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total"), row("function:2101501", "行政运行", "1.00"), row("function:21015", "医疗保障管理事务", "1.00")))));
        return m;
    }

    private static Report validate(PublishedStatement s) {
        return Validator.builder().catalog(new TestCatalog()).mapping(MAPPING).unitType(UnitType.ADMINISTRATIVE).build().validate(s);
    }

    @Test
    void everyRuleCanFire() {
        Map<String, PublishedStatement> cases = breakingStatements();
        for (Rule rule : RuleSet.standard().all()) {
            String id = rule.info().id();
            assertThat(cases).as("a breaking statement for %s", id).containsKey(id);
            Report report = validate(cases.get(id));
            List<Finding> fired = report.byRule(id);
            assertThat(fired).as("%s fires on its breaking statement; report %s", id, report).isNotEmpty();
            assertThat(fired.get(0).severity()).as(id).isEqualTo(rule.info().severity());
            assertThat(fired.get(0).message(Locale.CHINESE)).as(id).isNotBlank().doesNotContain("{");
            assertThat(fired.get(0).message(Locale.ENGLISH)).as(id).isNotBlank().doesNotContain("{");
        }
        assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(
                RuleSet.standard().all().stream().map(r -> r.info().id()).collect(Collectors.toList()));
    }

    @Test
    void breakingStatementsBreakOnlyTheirOwnRuleAtErrorLevel() {
        breakingStatements().forEach((id, s) -> {
            Report report = validate(s);
            for (Finding f : report.findings()) {
                if (f.severity() == Severity.ERROR && !f.ruleId().equals(id)) {
                    // a break seen from two sides is allowed only where the two rules genuinely share the cell
                    assertThat(List.of("ROW-FN-01", "X-EXP-01", "SUM-EXP-01", "BAL-01", "FN-HIER-01", "CODE-04"))
                            .as("%s also fired %s: %s", id, f.ruleId(), f.message(Locale.ENGLISH)).contains(f.ruleId());
                }
            }
        });
    }

    @Test
    void theDocsListEveryRule() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
        for (Rule rule : RuleSet.standard().all()) {
            assertThat(docs).as("docs/rules.md lists %s", rule.info().id()).contains("`" + rule.info().id() + "`");
        }
    }

    @Test
    void withinRoundingIsInfoNotError() {
        PublishedStatement liling = statement(Stage.FINAL_ACCOUNT, table(TableKind.FINAL_SUMMARY,
                block(BlockRole.INCOME, cols("amount"), row("line:income/current-year-total", "本年收入合计", "52888.95"),
                        row("line:carry-over/opening", "年初结转和结余", "0.18"), row("line:grand-total", "总计", "52889.12"))));
        Report report = validate(liling);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SUM-INC-02");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.outcome()).isEqualTo(Outcome.WITHIN_ROUNDING);
            assertThat(f.expected()).contains(Amount.parse("52889.13"));
            assertThat(f.actual()).contains(Amount.parse("52889.12"));
            assertThat(f.location().row()).contains("line:grand-total");
        });
        Report strict = Validator.builder().tolerance(Tolerance.absolute(Amount.parse("0.00"))).build().validate(liling);
        assertThat(strict.byRule("SUM-INC-02")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void rulesCanBeSwitchedOffAndAddedAsData() {
        PublishedStatement s = breakingStatements().get("COL-SRC-01");
        Validator without = Validator.builder().rules(RuleSet.standard().without("COL-SRC-01")).build();
        assertThat(without.validate(s).byRule("COL-SRC-01")).isEmpty();
        assertThatThrownBy(() -> RuleSet.standard().without("NO-SUCH-RULE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO-SUCH-RULE");
        RuleSet province = RuleSet.parseIdentities(new StringReader(
                "HN-01\tWARNING\tbudget/expenditure\t*\tcolumns\tsource/general-public-budget\tsource/government-fund\t湖南\tHunan\n"),
                "hunan.tsv");
        Report r = Validator.builder().rules(RuleSet.standard().with(province)).build().validate(s);
        assertThat(r.byRule("HN-01")).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThatThrownBy(() -> RuleSet.parseIdentities(new StringReader("BAD\tERROR\t*\n"), "bad.tsv"))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("bad.tsv:1");
        assertThatThrownBy(() -> RuleSet.parseIdentities(new StringReader(
                "X-1\tERROR\tbudget/nonsense\t*\tcolumns\ttotal\tsource/other\tz\te\n"), "kinds.tsv"))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("kinds.tsv:1").hasMessageContaining("budget/nonsense");
        assertThatThrownBy(() -> RuleSet.standard().with(RuleSet.standard()))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("two rules have the id");
    }

    @Test
    void reportsDiff() {
        Report broken = validate(breakingStatements().get("COL-SRC-01"));
        Report fixed = validate(statement(Stage.BUDGET, table(TableKind.BUDGET_EXPENDITURE,
                block(MAIN, cols("total", "source/general-public-budget", "source/government-fund"),
                        row("line:total", "合计", "10.00", "9.00", "1.00")))));
        Report.Diff diff = fixed.diff(broken);
        assertThat(diff.fixed()).extracting(Finding::ruleId).containsExactly("COL-SRC-01");
        assertThat(diff.introduced()).isEmpty();
        assertThat(fixed.counts()).containsEntry(Severity.ERROR, 0);
    }
}
