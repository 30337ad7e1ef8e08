package dev.yusuan.core.seed;

import static dev.yusuan.core.seed.SeedTable.BlockSpec;
import static dev.yusuan.core.seed.SeedTable.Spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 株洲市医疗保障局 2020 年度部门预算: the tables held exactly as published. */
class ZhuzhouSeedTest {
    static final ReportingEntity ENTITY = new ReportingEntity("株洲市医疗保障局", List.of(
            new BudgetUnit("354001", "株洲市医疗保障局机关", UnitType.ADMINISTRATIVE),
            new BudgetUnit("354002", "株洲市医疗保障事务中心", UnitType.INSTITUTION)));

    static final Spec SUMMARY = Spec.of(TableKind.BUDGET_SUMMARY, "附件1", "部门收支总表", CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.INCOME, 0).col("amount", 1, "收入", "本年预算"))
            .block(BlockSpec.of(BlockRole.EXPENDITURE_BY_FUNCTION, 2).col("amount", 3, "支出", "本年预算"))
            .block(BlockSpec.of(BlockRole.EXPENDITURE_BY_TYPE, 4).col("amount", 5, "支出", "本年预算"));

    static final Spec EXPENDITURE = Spec.of(TableKind.BUDGET_EXPENDITURE, "附件3", "部门支出总表", CodeLayout.SPLIT)
            .block(BlockSpec.of(BlockRole.MAIN, 3).splitCode(0, 1, 2)
                    .col("total", 4, "总计")
                    .col("source/general-public-budget", 5, "一般公共预算拨款")
                    .col("source/government-fund", 6, "政府性基金拨款")
                    .col("source/special-account", 7, "纳入专户管理的非税收入拨款")
                    .col("source/other", 8, "其他收入")
                    .col("source/carry-over", 9, "上年结转"));

    static final Spec GENERAL_PUBLIC = Spec.of(TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE, null, "一般公共预算支出情况表", CodeLayout.SPLIT)
            .block(BlockSpec.of(BlockRole.MAIN, 3).splitCode(0, 1, 2)
                    .col("total", 4, "总计")
                    .col("type/basic", 5, "基本支出", "合计")
                    .col("type/basic/econ/301", 6, "基本支出", "工资福利支出")
                    .col("x-type/basic/general-goods-services", 7, "基本支出", "一般商品和服务支出")
                    .col("type/basic/econ/303", 8, "基本支出", "对个人和家庭的补助")
                    .col("x-type/basic/business-goods-services", 9, "基本支出", "业务性商品和服务支出")
                    .col("type/project", 10, "项目支出", "合计")
                    .col("type/project/econ/303", 11, "项目支出", "对个和家庭的补助")
                    .col("x-type/project/special-goods-services", 12, "项目支出", "专项商品和服务支出")
                    .col("x-type/project/enterprise-subsidies", 13, "项目支出", "对企事业单位的补贴")
                    .col("type/project/econ/307", 14, "项目支出", "债务利息支出")
                    .col("x-type/project/other-capital", 15, "项目支出", "其他资本性支出")
                    .col("type/project/econ/399", 16, "项目支出", "其他支出"));

    static final Spec BASIC = Spec.of(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE, "附件20", "一般公共预算基本支出情况表", CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.MAIN, 1).wholeCode(0)
                    .numbered("total", "1", 2, "总计")
                    .numbered("type/basic/personnel", "2", 3, "人员经费")
                    .numbered("type/basic/public", "3", 4, "公用经费"));

    @Test
    void summaryIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("zhuzhou-2020/attachment-01-summary.tsv");
        PublishedTable t = SeedTable.build(SUMMARY, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, SUMMARY, lines)).isEqualTo(13 + 22 + 13);
        assertThat(t.block(BlockRole.INCOME).orElseThrow().rows()).hasSize(13);
        assertThat(t.cell(RowKey.parse("line:income/general-public-budget/appropriation"), ColumnId.AMOUNT))
                .contains(Cell.parse("1683.48"));
        assertThat(t.row(RowKey.parse("function:210")).orElseThrow().label()).isEqualTo("七、医疗卫生与计划生育支出");
        assertThat(t.row(RowKey.parse("line:income/current-year-total")).orElseThrow().label()).isEqualTo("本年收入合计");
        assertThat(t.block(BlockRole.EXPENDITURE_BY_TYPE).orElseThrow().children(RowKey.parse("line:expenditure/type/project")))
                .extracting(r -> r.key().toString())
                .containsExactly("line:expenditure/type/project/econ/303", "line:expenditure/type/project/econ/307",
                        "line:expenditure/type/project/econ/399");
    }

    @Test
    void expenditureByFunctionIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("zhuzhou-2020/attachment-03-expenditure.tsv");
        PublishedTable t = SeedTable.build(EXPENDITURE, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, EXPENDITURE, lines)).isEqualTo(7 * 6);
        assertThat(t.cell(RowKey.parse("function:2101502"), ColumnId.TOTAL)).contains(Cell.parse("346.00"));

        List<SeedTable.SeedLine> gp = SeedTable.load("zhuzhou-2020/general-public-expenditure.tsv");
        PublishedTable g = SeedTable.build(GENERAL_PUBLIC, AmountUnit.WAN_YUAN, gp);
        assertThat(SeedTable.readBack(g, GENERAL_PUBLIC, gp)).isEqualTo(7 * 13);
        assertThat(g.cell(RowKey.parse("line:total"), ColumnId.TOTAL)).contains(Cell.parse("1683.48"));
    }

    @Test
    void basicExpenditureByEconomicCodeIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("zhuzhou-2020/attachment-20-basic-expenditure.tsv");
        PublishedTable t = SeedTable.build(BASIC, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, BASIC, lines)).isEqualTo(67 * 3);
        // 310 资本性支出 is printed 37.00 in 总计 but 37 in 公用经费: both precisions are kept
        assertThat(t.cell(RowKey.parse("deptEconomic:310"), ColumnId.TOTAL)).contains(Cell.parse("37.00"));
        assertThat(t.cell(RowKey.parse("deptEconomic:310"), ColumnId.parse("type/basic/public")).orElseThrow().printed()).isEqualTo("37");
        // rows stay in printed order, local sub-items included
        assertThat(t.rows().get(6).key()).isEqualTo(RowKey.parse("deptEconomic:3011202"));
        assertThat(t.rows().get(6).cells()).isEmpty();
        assertThat(t.blocks().get(0).children(RowKey.parse("deptEconomic:30112"))).hasSize(2);
        assertThat(t.row(RowKey.parse("deptEconomic:30303")).orElseThrow().label()).isEqualTo("退職（役）费");
    }

    @Test
    void theDocumentIsOneStatement() {
        PublishedStatement s = PublishedStatement.builder(StatementSource.of("株洲市医疗保障局2020年度部门预算"), ENTITY, 2020, Stage.BUDGET,
                        AmountUnit.WAN_YUAN)
                .table(SeedTable.build(SUMMARY, AmountUnit.WAN_YUAN, SeedTable.load("zhuzhou-2020/attachment-01-summary.tsv")))
                .table(SeedTable.build(EXPENDITURE, AmountUnit.WAN_YUAN, SeedTable.load("zhuzhou-2020/attachment-03-expenditure.tsv")))
                .table(SeedTable.build(GENERAL_PUBLIC, AmountUnit.WAN_YUAN, SeedTable.load("zhuzhou-2020/general-public-expenditure.tsv")))
                .table(SeedTable.build(BASIC, AmountUnit.WAN_YUAN, SeedTable.load("zhuzhou-2020/attachment-20-basic-expenditure.tsv")))
                .build();
        assertThat(s.tables()).hasSize(4);
        assertThat(s.table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE).orElseThrow().number()).contains("附件20");
        // 商品和服务支出 467.37 in the summary, 430.37 (+ 310 资本性支出 37.00) in 附件20: held as printed, not reconciled
        assertThat(s.table(TableKind.BUDGET_SUMMARY).orElseThrow().cell(RowKey.parse("line:expenditure/type/basic/econ/302"),
                ColumnId.AMOUNT)).contains(Cell.parse("467.37"));
        assertThat(s.table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE).orElseThrow().cell(RowKey.parse("deptEconomic:302"),
                ColumnId.TOTAL)).contains(Cell.parse("430.37"));
    }
}
