package dev.yusuan.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableModelTest {

    private static Block.Builder expenditureBlock() {
        return Block.builder(BlockRole.MAIN)
                .column(Column.numbered(ColumnId.TOTAL, "1", "本年支出合计"))
                .column(Column.numbered(ColumnId.parse("type/basic"), "2", "基本支出"))
                .column(Column.numbered(ColumnId.parse("type/project"), "3", "项目支出"))
                .row(Row.builder(RowKey.line(LineId.TOTAL), "合计").cell("total", "1,044.08").cell("type/basic", "767.54")
                        .cell("type/project", "276.54"))
                .row(Row.builder(RowKey.parse("function:21015"), "医疗保障管理事务").cell("total", "1,044.08")
                        .cell("type/basic", "767.54").cell("type/project", "276.54"))
                .row(Row.builder(RowKey.parse("function:2101501"), "行政运行").cell("total", "596.04").cell("type/basic", "596.04"))
                .row(Row.builder(RowKey.parse("function:2101599"), "其他医疗保障管理事务支出").cell("total", "448")
                        .cell("type/basic", "—").cell("type/project", "276.54"));
    }

    @Test
    void cellsKeepWhatWasPrinted() {
        assertThat(Cell.parse("")).isSameAs(Cell.BLANK);
        assertThat(Cell.parse("  ")).isSameAs(Cell.BLANK);
        assertThat(Cell.parse("37").amount()).contains(Amount.parse("37"));
        assertThat(Cell.parse("37").printed()).isEqualTo("37");
        assertThat(Cell.parse("37.00").printed()).isEqualTo("37.00");
        assertThat(Cell.parse("1,683.48").printed()).isEqualTo("1683.48");
        assertThat(Cell.parse("0.00").amount().orElseThrow().scale()).isEqualTo(2);
        assertThat(Cell.parse("-").isDash()).isTrue();
        assertThat(Cell.parse("—").printed()).isEqualTo("—");
        assertThat(Cell.parse("-").numericValue()).contains(Amount.ZERO);
        assertThat(Cell.BLANK.numericValue()).contains(Amount.ZERO);
        assertThat(Cell.text("50101").numericValue()).isEmpty();
        assertThat(Cell.text("50101").kind()).isEqualTo(Cell.Kind.TEXT);
        new EqualsTester()
                .addEqualityGroup(Cell.parse("30.0"), Cell.of(Amount.parse("30.0")))
                .addEqualityGroup(Cell.parse("30.00"))
                .addEqualityGroup(Cell.BLANK, Cell.parse(""))
                .addEqualityGroup(Cell.parse("-"), Cell.dash("-"))
                .addEqualityGroup(Cell.parse("—"))
                .addEqualityGroup(Cell.text("-5"))
                .testEquals();
        assertThatThrownBy(() -> Cell.parse("1,68.48")).isInstanceOfSatisfying(TableException.class,
                e -> assertThat(e.kind()).isEqualTo(TableException.Kind.INVALID_CELL)).hasMessageContaining("1,68.48");
        assertThatThrownBy(() -> Cell.parse("abc")).isInstanceOf(TableException.class);
        assertThatThrownBy(() -> Cell.dash("x")).isInstanceOf(TableException.class);
        assertThatThrownBy(() -> Cell.text(" ")).isInstanceOf(TableException.class);
    }

    @Test
    void blocksGiveRowsCellsAndTheHierarchy() {
        Block b = expenditureBlock().build();
        assertThat(b.columnIds()).extracting(Object::toString).containsExactly("total", "type/basic", "type/project");
        assertThat(b.cell(RowKey.parse("function:2101501"), ColumnId.TOTAL)).contains(Cell.parse("596.04"));
        assertThat(b.cell(RowKey.parse("function:2101501"), ColumnId.parse("type/project"))).contains(Cell.BLANK);
        assertThat(b.cell(RowKey.parse("function:2101502"), ColumnId.TOTAL)).isEmpty();
        assertThat(b.cell(RowKey.parse("function:2101501"), ColumnId.parse("type/operating"))).isEmpty();
        assertThat(b.children(RowKey.parse("function:21015"))).extracting(r -> r.key().toString())
                .containsExactly("function:2101501", "function:2101599");
        assertThat(b.row(RowKey.parse("function:2101599")).orElseThrow().cell(ColumnId.parse("type/basic")).isDash()).isTrue();
        assertThat(b.grid().get(2, ColumnId.TOTAL)).isEqualTo(Cell.parse("596.04"));
        assertThat(b.column(ColumnId.TOTAL).orElseThrow().number()).contains("1");
    }

    @Test
    void rowsAreOrderedByTheBlocksColumns() {
        Block b = Block.builder(BlockRole.MAIN).column("total").column("type/basic")
                .row(Row.builder(RowKey.line(LineId.TOTAL), "合计").cell("type/basic", "1").cell("total", "2")).build();
        assertThat(b.rows().get(0).cells().keySet()).extracting(Object::toString).containsExactly("total", "type/basic");
    }

    @Test
    void duplicateRowsColumnsAndCellsAreRejectedNamingTheLocation() {
        assertThatThrownBy(() -> expenditureBlock().row(Row.builder(RowKey.parse("function:2101501"), "行政运行")).build())
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TableException.Kind.DUPLICATE_ROW);
                    assertThat(e.row()).contains("function:2101501");
                });
        Block withNumbers = Block.builder(BlockRole.INCOME).column("amount")
                .row(Row.builder(RowKey.item(""), "").number("9"))
                .row(Row.builder(RowKey.item(""), "").number("10")).build();
        assertThat(withNumbers.row(RowKey.item(""), java.util.Optional.of("10"))).isPresent();
        assertThatThrownBy(() -> expenditureBlock().column("total").build())
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.kind()).isEqualTo(TableException.Kind.DUPLICATE_COLUMN));
        assertThatThrownBy(() -> Row.builder(RowKey.line(LineId.TOTAL), "合计").cell("total", "1").cell("total", "2"))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.kind()).isEqualTo(TableException.Kind.DUPLICATE_CELL));
        assertThatThrownBy(() -> PublishedTable.builder(TableKind.FINAL_EXPENDITURE, "支出决算表", AmountUnit.WAN_YUAN).number("公开03表")
                .block(expenditureBlock().row(Row.builder(RowKey.parse("function:2101504"), "信息化建设").cell("type/operating", "1")))
                .build())
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TableException.Kind.UNKNOWN_COLUMN);
                    assertThat(e.table()).hasValueSatisfying(t -> assertThat(t).contains("公开03表 支出决算表"));
                    assertThat(e.row()).contains("function:2101504");
                    assertThat(e.column()).contains("type/operating");
                })
                .hasMessageContaining("公开03表").hasMessageContaining("function:2101504").hasMessageContaining("type/operating");
    }

    @Test
    void tablesCheckTheirKindsVocabularyAndStatementsTheirStage() {
        assertThatThrownBy(() -> PublishedTable.builder(TableKind.BUDGET_EXPENDITURE, "部门支出总表", AmountUnit.WAN_YUAN)
                .block(Block.builder(BlockRole.MAIN).column("three-public/total")).build())
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.kind()).isEqualTo(TableException.Kind.COLUMN_NOT_IN_VOCABULARY));
        assertThatThrownBy(() -> PublishedTable.builder(TableKind.BUDGET_EXPENDITURE, "部门支出总表", AmountUnit.WAN_YUAN).build())
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.kind()).isEqualTo(TableException.Kind.INVALID_TABLE));
        PublishedTable t = PublishedTable.builder(TableKind.FINAL_EXPENDITURE, "支出决算表", AmountUnit.WAN_YUAN).number("公开03表")
                .block(expenditureBlock()).build();
        assertThat(t.cell(RowKey.parse("function:2101599"), ColumnId.TOTAL)).contains(Cell.parse("448"));
        assertThat(t.rows()).hasSize(4);
        assertThat(t.describe()).isEqualTo("公开03表 支出决算表 (final/expenditure)");
        ReportingEntity e = new ReportingEntity("醴陵市医疗保障局", List.of());
        PublishedStatement s = PublishedStatement.builder(StatementSource.of("醴陵市医疗保障局2021年度部门决算"), e, 2021,
                Stage.FINAL_ACCOUNT, AmountUnit.WAN_YUAN).table(t).build();
        assertThat(s.table(TableKind.FINAL_EXPENDITURE)).contains(t);
        assertThat(s.table(TableKind.FINAL_INCOME)).isEmpty();
        assertThatThrownBy(() -> PublishedStatement.builder(StatementSource.of("x"), e, 2021, Stage.BUDGET, AmountUnit.WAN_YUAN).table(t))
                .isInstanceOfSatisfying(TableException.class, x -> assertThat(x.kind()).isEqualTo(TableException.Kind.STAGE_MISMATCH));
        assertThatThrownBy(() -> PublishedStatement.builder(StatementSource.of("x"), e, 1900, Stage.BUDGET, AmountUnit.WAN_YUAN))
                .isInstanceOf(TableException.class).hasMessageContaining("1900");
    }
}
