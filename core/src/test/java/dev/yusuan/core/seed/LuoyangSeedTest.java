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
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 洛阳市医疗保障局 2020 年部门预算: the tables held exactly as published. */
class LuoyangSeedTest {
    static final Spec SUMMARY = Spec.of(TableKind.BUDGET_SUMMARY, null, "2020年部门收支总体情况表", CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.INCOME, 0, 1).col("amount", 2, "收入", "金额"))
            .block(BlockSpec.of(BlockRole.EXPENDITURE_BY_TYPE, 3)
                    .col("total", 4, "支出", "合计")
                    .col("source/general-public-budget", 5, "支出", "本年支出小计", "一般公共预算", "小计")
                    .col("source/general-public-budget/appropriation", 6, "支出", "本年支出小计", "一般公共预算", "其中：财政拨款")
                    .col("source/general-public-budget/administrative-fees", 7, "支出", "本年支出小计", "一般公共预算", "行政事业性收费")
                    .col("source/general-public-budget/special-revenue", 8, "支出", "本年支出小计", "一般公共预算", "专项收入")
                    .col("source/general-public-budget/state-assets", 9, "支出", "本年支出小计", "一般公共预算", "国有资产资源有偿使用收入")
                    .col("source/general-public-budget/housing-fund", 10, "支出", "本年支出小计", "一般公共预算", "政府住房基金收入")
                    .col("source/government-fund", 11, "支出", "本年支出小计", "政府性基金")
                    .col("source/special-account", 12, "支出", "本年支出小计", "财政专户")
                    .col("source/superior-transfer", 13, "支出", "本年支出小计", "上级提前告知")
                    .col("source/other", 14, "支出", "本年支出小计", "其他收入")
                    .col("source/carry-over", 15, "支出", "部门结余结转资金")
                    .col("source/state-capital", 16, "支出", "国有资本经营预算"));

    static final Spec EXPENDITURE = Spec.of(TableKind.BUDGET_EXPENDITURE_BY_TYPE, null, "2020年部门支出总体情况表", CodeLayout.SPLIT)
            .block(BlockSpec.of(BlockRole.MAIN, 4).splitCode(0, 1, 2).unitCode(3)
                    .col("total", 5, "总计")
                    .col("type/basic", 6, "基本支出", "小计")
                    .col("type/basic/econ/301", 7, "基本支出", "工资福利支出")
                    .col("type/basic/econ/303", 8, "基本支出", "对个人和家庭的补助")
                    .col("type/basic/econ/302", 9, "基本支出", "商品和服务支出")
                    .col("type/project", 10, "项目支出", "小计")
                    .col("x-type/project/general", 11, "项目支出", "一般性项目")
                    .col("x-type/project/special", 12, "项目支出", "专项资金"));

    static final Spec BASIC = Spec.of(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE, null, "一般公共预算基本支出情况表", CodeLayout.SPLIT)
            .block(BlockSpec.of(BlockRole.MAIN, 2).wholeCode(1).categoryCode(0)
                    .text("gov-economic", 4, "政府预算经济分类", "款")
                    .text("x-gov-economic-name", 5, "政府预算经济分类", "科目名称")
                    .col("source/general-public-budget", 6, "一般公共预算", "小计")
                    .col("source/general-public-budget/appropriation", 7, "一般公共预算", "其中：财政拨款"));

    @Test
    void summaryIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("luoyang-2020/summary.tsv");
        PublishedTable t = SeedTable.build(SUMMARY, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, SUMMARY, lines)).isEqualTo(16 + 8 * 13);
        assertThat(t.row(RowKey.parse("line:income/general-public-budget")).orElseThrow().label()).isEqualTo("一般公共预算/小计");
        assertThat(t.row(RowKey.parse("line:income/superior-transfer/special")).orElseThrow().label())
                .isEqualTo("上级提前告知/上级专项转移支付");
        Row project = t.block(BlockRole.EXPENDITURE_BY_TYPE).orElseThrow().row(RowKey.parse("line:expenditure/type/project")).orElseThrow();
        assertThat(project.cell(ColumnId.parse("source/superior-transfer"))).isEqualTo(Cell.parse("585.0"));
        assertThat(project.cell(ColumnId.parse("source/carry-over"))).isEqualTo(Cell.parse("356.0"));
        // 0.0 printed in 对个人和家庭的补助: a printed zero with one decimal, not a blank
        assertThat(t.cell(RowKey.parse("line:expenditure/type/basic/econ/303"), ColumnId.TOTAL)).contains(Cell.parse("0.0"));
    }

    @Test
    void expenditureByFunctionIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("luoyang-2020/expenditure-by-type.tsv");
        PublishedTable t = SeedTable.build(EXPENDITURE, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, EXPENDITURE, lines)).isEqualTo(13 * 8);
        assertThat(t.cell(RowKey.parse("function:2101550"), ColumnId.parse("x-type/project/special"))).contains(Cell.parse("585.0"));
        assertThat(t.cell(RowKey.unit("816"), ColumnId.TOTAL)).contains(Cell.parse("3785.2"));
    }

    @Test
    void basicExpenditureWithItsPrintedMappingIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("luoyang-2020/basic-expenditure.tsv");
        PublishedTable t = SeedTable.build(BASIC, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, BASIC, lines)).isEqualTo(16 * 4);
        // the unit's own mapping, printed beside the amounts: 30199 -> 50101
        assertThat(t.cell(RowKey.parse("deptEconomic:30199"), ColumnId.parse("gov-economic"))).contains(Cell.text("50101"));
        assertThat(t.cell(RowKey.parse("deptEconomic:30199"), ColumnId.parse("source/general-public-budget")))
                .contains(Cell.parse("21.5"));
        for (SeedTable.SeedLine l : lines) {
            if (!l.field(3).isBlank()) {
                assertThat(l.field(4)).as("政府 类 %s printed beside 款 %s", l.field(3), l.field(4)).startsWith(l.field(3));
            }
        }
    }
}
