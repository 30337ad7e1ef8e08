package dev.yusuan.core.seed;

import static dev.yusuan.core.seed.SeedTable.BlockSpec;
import static dev.yusuan.core.seed.SeedTable.Spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.Block;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 醴陵市医疗保障局 2021 年度部门决算 (公开01-09表): the tables held exactly as published. */
class LilingSeedTest {
    static final Spec SUMMARY = Spec.of(TableKind.FINAL_SUMMARY, "公开01表", "收入支出决算总表", CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.INCOME, 0).number(1).numbered("amount", "1", 2, "收入", "金额"))
            .block(BlockSpec.of(BlockRole.EXPENDITURE_BY_FUNCTION, 3).number(4).numbered("amount", "2", 5, "支出", "金额"));

    static final Spec EXPENDITURE = Spec.of(TableKind.FINAL_EXPENDITURE, "公开03表", "支出决算表", CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.MAIN, 1).wholeCode(0)
                    .numbered("total", "1", 2, "本年支出合计")
                    .numbered("type/basic", "2", 3, "基本支出")
                    .numbered("type/project", "3", 4, "项目支出")
                    .numbered("type/remit-to-superior", "4", 5, "上缴上级支出")
                    .numbered("type/operating", "5", 6, "经营支出")
                    .numbered("type/subsidy-to-subordinate", "6", 7, "对附属单位补助支出"));

    static final Spec GENERAL_PUBLIC = Spec.of(TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE, "公开05表", "一般公共预算财政拨款支出决算表",
                    CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.MAIN, 1).wholeCode(0)
                    .numbered("subtotal", "1", 2, "本年支出", "小计")
                    .numbered("type/basic", "2", 3, "本年支出", "基本支出")
                    .numbered("type/project", "3", 4, "本年支出", "项目支出"));

    static final Spec BASIC = Spec.of(TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE, "公开06表", "一般公共预算财政拨款基本支出决算明细表",
                    CodeLayout.SINGLE)
            .block(BlockSpec.of(BlockRole.PERSONNEL, 1).wholeCode(0).col("amount", 2, "人员经费", "决算数"))
            .block(BlockSpec.of(BlockRole.PUBLIC, 4).wholeCode(3).col("amount", 5, "公用经费", "决算数"))
            .block(BlockSpec.of(BlockRole.PUBLIC, 7).wholeCode(6).col("amount", 8, "公用经费", "决算数"));

    @Test
    void summaryIsHeldAsPublishedWithRowAndColumnNumbers() {
        List<SeedTable.SeedLine> lines = SeedTable.load("liling-2021/table-01-summary.tsv");
        PublishedTable t = SeedTable.build(SUMMARY, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, SUMMARY, lines)).isEqualTo(31 + 31);
        Block income = t.block(BlockRole.INCOME).orElseThrow();
        assertThat(income.row(RowKey.parse("line:grand-total")).orElseThrow().number()).contains("31");
        assertThat(income.cell(RowKey.parse("line:grand-total"), ColumnId.AMOUNT)).contains(Cell.parse("52889.12"));
        assertThat(income.column(ColumnId.AMOUNT).orElseThrow().number()).contains("1");
        // 18 unlabelled rows that print only a 行次 are told apart by it
        assertThat(income.rows(RowKey.item(""))).hasSize(19);
        assertThat(income.row(RowKey.item(""), Optional.of("30"))).isPresent();
        assertThat(t.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow().cell(RowKey.parse("line:carry-over/closing"), ColumnId.AMOUNT))
                .contains(Cell.BLANK);
    }

    @Test
    void expenditureByFunctionIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("liling-2021/table-03-expenditure.tsv");
        PublishedTable t = SeedTable.build(EXPENDITURE, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, EXPENDITURE, lines)).isEqualTo(23 * 6);
        // the hierarchy as printed, including its rounding gap: 21012 47,222.09 vs its 项 summing to 47,222.08
        Block b = t.blocks().get(0);
        assertThat(b.cell(RowKey.parse("function:21012"), ColumnId.TOTAL)).contains(Cell.parse("47222.09"));
        assertThat(b.children(RowKey.parse("function:21012"))).extracting(r -> r.cell(ColumnId.TOTAL).printed())
                .containsExactly("280.00", "46449.95", "492.13");

        List<SeedTable.SeedLine> gp = SeedTable.load("liling-2021/table-05-general-public-expenditure.tsv");
        PublishedTable g = SeedTable.build(GENERAL_PUBLIC, AmountUnit.WAN_YUAN, gp);
        assertThat(SeedTable.readBack(g, GENERAL_PUBLIC, gp)).isEqualTo(20 * 3);
        assertThat(g.cell(RowKey.parse("function:21015"), ColumnId.SUBTOTAL)).contains(Cell.parse("1043.68"));
    }

    @Test
    void basicExpenditureByEconomicCodeIsHeldAsPublished() {
        List<SeedTable.SeedLine> lines = SeedTable.load("liling-2021/table-06-basic-expenditure.tsv");
        PublishedTable t = SeedTable.build(BASIC, AmountUnit.WAN_YUAN, lines);
        assertThat(SeedTable.readBack(t, BASIC, lines)).isEqualTo(28 + 28 + 26);
        assertThat(t.blocks()).extracting(Block::role).containsExactly(BlockRole.PERSONNEL, BlockRole.PUBLIC, BlockRole.PUBLIC);
        assertThat(t.blocks().get(0).cell(RowKey.parse("line:total"), ColumnId.AMOUNT)).contains(Cell.parse("587.21"));
        assertThat(t.blocks().get(2).row(RowKey.parse("line:total")).orElseThrow().label()).isEqualTo("公用经费合计");
        assertThat(t.blocks().get(2).cell(RowKey.parse("line:total"), ColumnId.AMOUNT)).contains(Cell.parse("190.66"));
        assertThat(t.cell(RowKey.parse("deptEconomic:30217"), ColumnId.AMOUNT)).contains(Cell.parse("2.69"));
        assertThat(t.cell(RowKey.parse("deptEconomic:310"), ColumnId.AMOUNT)).contains(Cell.BLANK);
    }

    @Test
    void theDocumentIsOneStatement() {
        PublishedStatement s = PublishedStatement.builder(StatementSource.of("醴陵市医疗保障局2021年度部门决算"),
                        new ReportingEntity("醴陵市医疗保障局", List.of()), 2021, Stage.FINAL_ACCOUNT, AmountUnit.WAN_YUAN)
                .table(SeedTable.build(SUMMARY, AmountUnit.WAN_YUAN, SeedTable.load("liling-2021/table-01-summary.tsv")))
                .table(SeedTable.build(EXPENDITURE, AmountUnit.WAN_YUAN, SeedTable.load("liling-2021/table-03-expenditure.tsv")))
                .table(SeedTable.build(GENERAL_PUBLIC, AmountUnit.WAN_YUAN, SeedTable.load("liling-2021/table-05-general-public-expenditure.tsv")))
                .table(SeedTable.build(BASIC, AmountUnit.WAN_YUAN, SeedTable.load("liling-2021/table-06-basic-expenditure.tsv")))
                .build();
        // 21015: 1,044.08 in 公开03表 (all sources) vs 1,043.68 in 公开05表 (一般公共预算): both held
        assertThat(s.table(TableKind.FINAL_EXPENDITURE).orElseThrow().cell(RowKey.parse("function:21015"), ColumnId.TOTAL))
                .contains(Cell.parse("1044.08"));
        assertThat(s.table(TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE).orElseThrow().cell(RowKey.parse("function:21015"),
                ColumnId.SUBTOTAL)).contains(Cell.parse("1043.68"));
    }
}
