package dev.yusuan.core.seed;

import static dev.yusuan.core.seed.SeedTable.BlockSpec;
import static dev.yusuan.core.seed.SeedTable.Spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 南充市医疗保障局 2020 年部门预算: the tables held exactly as published. */
class NanchongSeedTest {
    static final Spec SUMMARY = Spec.of(TableKind.BUDGET_SUMMARY, null, "部门预算收支总表", CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.INCOME, 0).col("amount", 1, "收入", "2020年预算数"))
            .block(BlockSpec.of(BlockRole.EXPENDITURE_BY_FUNCTION, 2).col("amount", 3, "支出(按功能科目)", "2020年预算数"));

    static final Spec EXPENDITURE = Spec.of(TableKind.BUDGET_EXPENDITURE_BY_TYPE, null, "部门预算支出总表", CodeLayout.SPLIT)
            .block(BlockSpec.of(BlockRole.MAIN, 4).splitCode(0, 1, 2).wholeCode(3)
                    .col("total", 5, "合计")
                    .col("type/basic", 6, "基本支出")
                    .col("type/project", 7, "项目支出")
                    .col("type/remit-to-superior", 8, "上缴上级支出"));

    static Spec basic(String title) {
        return Spec.of(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE, null, title, CodeLayout.SPLIT)
                .block(BlockSpec.of(BlockRole.MAIN, 3).splitCode(0, 1).wholeCode(2)
                        .col("total", 4, "基本支出", "合计")
                        .col("type/basic/personnel", 5, "基本支出", "人员经费")
                        .col("type/basic/public", 6, "基本支出", "公用经费"));
    }

    static final Spec BASIC_DEPARTMENT = basic("一般公共预算基本支出预算表(部门经济分类科目)");
    static final Spec BASIC_GOVERNMENT = basic("一般公共预算基本支出预算表(政府经济分类科目)");

    @Test
    void summaryIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("nanchong-2020/summary.tsv");
        PublishedTable t = SeedTable.build(SUMMARY, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, SUMMARY, lines)).isEqualTo(10 + 34);
        // "0" printed is not blank, and 399 has no decimals while 0.00 has two
        assertThat(t.cell(RowKey.parse("line:income/government-fund"), ColumnId.AMOUNT)).contains(Cell.parse("0"));
        assertThat(t.cell(RowKey.parse("line:income/business"), ColumnId.AMOUNT)).contains(Cell.BLANK);
        assertThat(t.cell(RowKey.parse("line:income/carry-over"), ColumnId.AMOUNT).orElseThrow().printed()).isEqualTo("399");
        assertThat(t.cell(RowKey.parse("line:surplus-distribution"), ColumnId.AMOUNT).orElseThrow().printed()).isEqualTo("0.00");
        assertThat(t.row(RowKey.parse("function:209")).orElseThrow().label()).isEqualTo("九、社会保险基金支出");
    }

    @Test
    void expenditureByFunctionIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("nanchong-2020/expenditure-by-type.tsv");
        PublishedTable t = SeedTable.build(EXPENDITURE, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, EXPENDITURE, lines)).isEqualTo(17 * 4);
        assertThat(t.cell(RowKey.parse("function:2101502"), ColumnId.parse("type/project")).orElseThrow().printed()).isEqualTo("337.8");
        assertThat(t.cell(RowKey.parse("line:total"), ColumnId.parse("type/project")).orElseThrow().printed()).isEqualTo("614");
        assertThat(t.row(RowKey.parse("function:2101504")).orElseThrow().isEmpty()).isTrue();
        assertThat(t.blocks().get(0).children(RowKey.parse("function:21015"))).hasSize(4);
        assertThat(t.row(RowKey.item("社保科")).orElseThrow().cell(ColumnId.TOTAL)).isEqualTo(Cell.parse("893.71"));
    }

    @Test
    void basicExpenditureByBothEconomicSchemesIsHeldAsPublished() {
        List<SeedTable.SeedLine> dept = SeedTable.load("nanchong-2020/basic-expenditure-department.tsv");
        PublishedTable d = SeedTable.build(BASIC_DEPARTMENT, AmountUnit.WAN_YUAN, dept);
        assertThat(SeedTable.readBack(d, BASIC_DEPARTMENT, dept)).isEqualTo(21 * 3);
        List<SeedTable.SeedLine> gov = SeedTable.load("nanchong-2020/basic-expenditure-government.tsv");
        PublishedTable g = SeedTable.build(BASIC_GOVERNMENT, AmountUnit.WAN_YUAN, gov);
        assertThat(SeedTable.readBack(g, BASIC_GOVERNMENT, gov)).isEqualTo(11 * 3);
        // 30101 + 30102 + 30103 = 50101 (93.72 + 59.96 + 7.81 = 161.49), held in two tables
        assertThat(g.cell(RowKey.parse("govEconomic:50101"), ColumnId.TOTAL)).contains(Cell.parse("161.49"));
        assertThat(d.cell(RowKey.parse("deptEconomic:30201"), ColumnId.TOTAL).orElseThrow().printed()).isEqualTo("1");
        assertThat(g.blocks().get(0).children(RowKey.parse("govEconomic:502"))).hasSize(3);
    }
}
