package dev.yusuan.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.check.internal.DerivedTableRules;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.dimension.Stage;
import org.junit.jupiter.api.Test;

/**
 * Validating aggregates that disagree with one another: {@code Validator.validate(Rollup)} does not
 * trust derived tables to be consistent then, but runs every rule on them. Such a roll-up cannot
 * come from a {@link Ledger} or a {@link LedgerAggregator}; it is made here from its arrays.
 */
class RollupValidationTest {
    private static final int CELL = FundSource.GENERAL_PUBLIC_BUDGET.ordinal() * TupleCodec.TYPES
            + SpendingType.BASIC_PERSONNEL.ordinal();

    /** 2101501 / 30101: 100.00 by code; the units' totals say {@code unitAmount}. */
    private static Rollup rollup(long unitAmount) {
        long[] byItem = new long[TupleCodec.CELLS];
        byItem[CELL] = 10_000;
        long[] byEconomic = new long[TupleCodec.CELLS];
        byEconomic[CELL] = 10_000;
        long[] byUnit = new long[3 * TupleCodec.CELLS];
        byUnit[TupleCodec.CELLS + CELL] = unitAmount;
        LedgerHeader header = LedgerHeader.of(LedgerTest.ZHUZHOU, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 2);
        return Rollup.of(header, new int[] {2101501}, byItem, new int[] {30101}, byEconomic, byUnit, new long[0], new long[0], 0, 1,
                null);
    }

    @Test
    void consistentAggregatesNeedNoRuleOnTheDerivedTables() {
        Rollup r = rollup(10_000);
        assertThat(DerivedTableRules.consistent(r)).isTrue();
        assertThat(Validator.builder().build().validate(r).findings()).isEmpty();
    }

    @Test
    void aggregatesThatDisagreeAreCheckedByEveryRuleOnTheDerivedTables() {
        Rollup r = rollup(9_000);
        assertThat(DerivedTableRules.consistent(r)).isFalse();
        Report report = Validator.builder().build().validate(r);
        // the total (from the units) is 90.00 while 2101501 and 30101 hold 100.00
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.byRule("ROW-FN-01")).isNotEmpty();
        assertThat(report.byRule("ROW-EC-01")).isNotEmpty();
    }
}
