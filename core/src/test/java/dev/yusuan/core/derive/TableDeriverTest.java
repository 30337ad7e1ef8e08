package dev.yusuan.core.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableException;
import dev.yusuan.core.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDeriverTest {
    static final ReportingEntity ENTITY = new ReportingEntity("株洲市医疗保障局", List.of(
            new BudgetUnit("354001", "株洲市医疗保障局机关", UnitType.ADMINISTRATIVE),
            new BudgetUnit("354002", "株洲市医疗保障事务中心", UnitType.INSTITUTION)));

    static LedgerLine line(String fn, String econ, FundSource s, SpendingType t, String unit, String amount) {
        LedgerLine l = LedgerLine.of(FunctionCode.parse(fn), s, t, Amount.parse(amount)).withUnit(unit);
        return econ == null ? l : l.withEconomic(dev.yusuan.core.code.DepartmentEconomicCode.parse(econ));
    }

    static Cell cell(PublishedTable t, String row, String column) {
        return t.cell(RowKey.parse(row), ColumnId.parse(column)).orElseThrow(() -> new AssertionError(row + " / " + column));
    }

    @Test
    void derivesBudgetTablesFromLines() {
        FundSource gpb = FundSource.GENERAL_PUBLIC_BUDGET;
        Ledger l = Ledger.builder(LedgerHeader.of(ENTITY, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 2))
                .add(line("2080505", "30108", gpb, SpendingType.BASIC_PERSONNEL, "354001", "67.75"))
                .add(line("2101501", "30101", gpb, SpendingType.BASIC_PERSONNEL, "354002", "708.22"))
                .add(line("2101501", "30217", gpb, SpendingType.BASIC_PUBLIC, "354001", "30"))
                .add(line("2101501", "31013", gpb, SpendingType.BASIC_PUBLIC, "354002", "18"))
                .add(line("2101502", "30305", gpb, SpendingType.PROJECT, "354001", "30"))
                .add(line("2101502", "30299", FundSource.CARRY_OVER, SpendingType.PROJECT, "354002", "399"))
                .build();
        TableDeriver d = TableDeriver.of(l);
        PublishedStatement s = d.deriveStatement(StatementSource.of("derived"));
        assertThat(s.tables()).extracting(PublishedTable::kind).contains(TableKind.BUDGET_SUMMARY, TableKind.BUDGET_THREE_PUBLIC)
                .doesNotContain(TableKind.FINAL_SUMMARY, TableKind.OTHER, TableKind.BUDGET_ECONOMIC_MAPPING);

        PublishedTable summary = d.derive(TableKind.BUDGET_SUMMARY);
        assertThat(cell(summary, "line:income/general-public-budget", "amount")).isEqualTo(Cell.parse("853.97"));
        assertThat(cell(summary, "line:income/carry-over", "amount")).isEqualTo(Cell.parse("399.00"));
        assertThat(cell(summary, "line:grand-total", "amount")).isEqualTo(Cell.parse("1252.97"));
        assertThat(summary.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow().cell(RowKey.line(LineId.GRAND_TOTAL), ColumnId.AMOUNT))
                .contains(Cell.parse("1252.97"));
        assertThat(cell(summary, "function:210", "amount")).isEqualTo(Cell.parse("1185.22"));
        assertThat(cell(summary, "line:expenditure/type/basic/econ/301", "amount")).isEqualTo(Cell.parse("775.97"));
        assertThat(cell(summary, "line:expenditure/type/project/econ/302", "amount")).isEqualTo(Cell.parse("399.00"));
        assertThat(cell(summary, "line:income/other", "amount")).isEqualTo(Cell.BLANK);

        PublishedTable byType = d.derive(TableKind.BUDGET_EXPENDITURE_BY_TYPE);
        assertThat(cell(byType, "function:21015", "type/basic")).isEqualTo(Cell.parse("756.22"));
        assertThat(cell(byType, "unit:354002", "total")).isEqualTo(Cell.parse("1125.22"));
        assertThat(byType.rows()).extracting(r -> r.key().toString()).containsExactly("line:total", "unit:354001", "unit:354002",
                "function:208", "function:20805", "function:2080505", "function:210", "function:21015", "function:2101501",
                "function:2101502");

        PublishedTable three = d.derive(TableKind.BUDGET_THREE_PUBLIC);
        assertThat(cell(three, "line:total", "three-public/total")).isEqualTo(Cell.parse("48.00"));
        assertThat(cell(three, "line:total", "three-public/vehicles")).isEqualTo(Cell.parse("18.00"));

        PublishedTable basic = d.derive(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE);
        assertThat(cell(basic, "deptEconomic:301", "type/basic/personnel")).isEqualTo(Cell.parse("775.97"));
        assertThat(cell(basic, "line:total", "total")).isEqualTo(Cell.parse("823.97"));
        assertThatThrownBy(() -> d.derive(TableKind.FINAL_SUMMARY))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.kind()).isEqualTo(TableException.Kind.NOT_DERIVABLE));
    }

    @Test
    void derivesFinalAccountTablesWithBalances() {
        ReportingEntity liling = new ReportingEntity("醴陵市医疗保障局", List.of());
        LedgerHeader h = LedgerHeader.of(liling, 2021, Stage.FINAL_ACCOUNT, AmountUnit.WAN_YUAN, 2);
        FundSource gpb = FundSource.GENERAL_PUBLIC_BUDGET;
        Ledger l = Ledger.builder(h)
                .add(LedgerLine.of(FunctionCode.parse("2101501"), gpb, SpendingType.BASIC_PERSONNEL, Amount.parse("596.04")))
                .add(LedgerLine.of(FunctionCode.parse("2101599"), FundSource.OTHER, SpendingType.BASIC_PUBLIC, Amount.parse("0.40")))
                .add(LedgerLine.of(FunctionCode.parse("2296013"), FundSource.GOVERNMENT_FUND, SpendingType.PROJECT, Amount.parse("149.99")))
                .addBalance(BalanceLine.of(BalanceKind.OPENING_CARRY_OVER, FunctionCode.parse("2101501"), gpb, Amount.parse("0.18")))
                .build();
        TableDeriver d = TableDeriver.of(l);
        PublishedTable summary = d.derive(TableKind.FINAL_SUMMARY);
        assertThat(summary.number()).contains("公开01表");
        assertThat(cell(summary, "line:income/general-public-budget", "amount")).isEqualTo(Cell.parse("595.86"));
        assertThat(cell(summary, "line:carry-over/opening", "amount")).isEqualTo(Cell.parse("0.18"));
        assertThat(summary.block(BlockRole.INCOME).orElseThrow().cell(RowKey.line(LineId.GRAND_TOTAL), ColumnId.AMOUNT))
                .contains(Cell.parse("746.43"));
        assertThat(summary.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow().cell(RowKey.line(LineId.GRAND_TOTAL), ColumnId.AMOUNT))
                .contains(Cell.parse("746.43"));
        PublishedTable income = d.derive(TableKind.FINAL_INCOME);
        assertThat(cell(income, "function:2101501", "source/fiscal")).isEqualTo(Cell.parse("595.86"));
        assertThat(cell(income, "function:2101599", "source/other")).isEqualTo(Cell.parse("0.40"));
        PublishedTable gf = d.derive(TableKind.FINAL_GOVERNMENT_FUND);
        assertThat(cell(gf, "function:229", "income")).isEqualTo(Cell.parse("149.99"));
        assertThat(cell(gf, "function:229", "subtotal")).isEqualTo(Cell.parse("149.99"));
        PublishedTable fiscal = d.derive(TableKind.FINAL_FISCAL_SUMMARY);
        assertThat(cell(fiscal, "line:carry-over/opening/general-public-budget", "amount")).isEqualTo(Cell.parse("0.18"));
        assertThat(fiscal.block(BlockRole.INCOME).orElseThrow().cell(RowKey.line(LineId.GRAND_TOTAL), ColumnId.AMOUNT))
                .contains(Cell.parse("746.03"));
        assertThat(fiscal.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow().cell(RowKey.line(LineId.GRAND_TOTAL), ColumnId.TOTAL))
                .contains(Cell.parse("746.03"));
        assertThat(d.canDerive(TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE)).isFalse();
        assertThat(d.whyNotDerivable(TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE)).hasValueSatisfying(
                w -> assertThat(w).contains("without economic code"));
    }
}
