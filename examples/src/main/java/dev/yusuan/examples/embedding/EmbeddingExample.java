package dev.yusuan.examples.embedding;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.json.YusuanJson;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * User story: a developer of a finance system embeds yusuan. The system holds a department's
 * budget; it builds the published 一般公共预算支出表 in code, has the validator check it before
 * publication, and stores it in the yusuan JSON format.
 *
 * <p>The statement below has one deliberate slip: 21015's 基本支出 is keyed as 227.02 while its 项
 * add up to 227.20 (two digits swapped), which the validator reports with the place and the numbers.
 * Run: {@code java -cp examples/target/yusuan-cli.jar dev.yusuan.examples.embedding.EmbeddingExample}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Entry point.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Builds, validates and serializes the statement.
     *
     * @param out where to print
     * @return the validator's report
     */
    public static Report run(PrintStream out) {
        // 1. The statement, as the finance system would publish it
        PublishedStatement statement = statement();

        // 2. Check it: the rules, with the catalog edition of its year and the 部门/政府 correspondence table
        CodeCatalog cat = Catalogs.requireEdition(statement.year());
        Report report = Validator.builder().catalog(cat)
                .mapping((code, type) -> cat.correspondence().map(code, type).target())
                .build().validate(statement);
        out.println(report.counts());
        for (Finding f : report.findings()) {
            out.println(f.severity() + " " + f.ruleId() + " " + f.message(Locale.ENGLISH));
        }

        // 3. Store it: the canonical yusuan/1 JSON, which reads back to an equal statement
        String json = YusuanJson.toJson(statement);
        PublishedStatement back = YusuanJson.readPublishedStatement(json);
        out.println("JSON: " + json.length() + " characters, reads back equal: " + back.equals(statement));
        return report;
    }

    /** @return a small 2021 budget of an administrative unit: the 一般公共预算支出表 */
    public static PublishedStatement statement() {
        ReportingEntity entity = new ReportingEntity("示例县医疗保障局（虚构示例）",
                List.of(new BudgetUnit("901001", "示例县医疗保障局", UnitType.ADMINISTRATIVE)));
        Block block = Block.builder(BlockRole.MAIN)
                .column("total", "合计")
                .column("type/basic", "基本支出")
                .column("type/project", "项目支出")
                .row(row(RowKey.line("total"), "合计", "412.20", "227.20", "185.00"))
                .row(row(RowKey.parse("function:210"), "卫生健康支出", "412.20", "227.20", "185.00"))
                .row(row(RowKey.parse("function:21015"), "医疗保障管理事务", "412.02", "227.02", "185.00"))
                .row(row(RowKey.parse("function:2101501"), "行政运行", "198.70", "198.70", null))
                .row(row(RowKey.parse("function:2101502"), "一般行政管理事务", "120.00", null, "120.00"))
                .row(row(RowKey.parse("function:2101504"), "信息化建设", "65.00", null, "65.00"))
                .row(row(RowKey.parse("function:2101550"), "事业运行", "28.50", "28.50", null))
                .build();
        PublishedTable table = PublishedTable.builder(TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE, "一般公共预算支出表", AmountUnit.WAN_YUAN)
                .number("表3").codeLayout(CodeLayout.SINGLE).block(block).build();
        return PublishedStatement.builder(StatementSource.of("示例县医疗保障局2021年部门预算（虚构示例）"), entity, 2021, Stage.BUDGET,
                AmountUnit.WAN_YUAN).table(table).build();
    }

    private static Row row(RowKey key, String label, String total, String basic, String project) {
        Row.Builder b = Row.builder(key, label).cell("total", total);
        if (basic != null) {
            b.cell("type/basic", basic);
        }
        if (project != null) {
            b.cell("type/project", project);
        }
        return b.build();
    }
}
