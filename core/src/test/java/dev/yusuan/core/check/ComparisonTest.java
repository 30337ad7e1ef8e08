package dev.yusuan.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.money.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Value v(String printed) {
        return Value.printed(Amount.parse(printed));
    }

    @Test
    void lilingSummaryTotalIsWithinRounding() {
        // Liling 2021 公开01表: 本年收入合计 52,888.95 + 年初结转和结余 0.18, printed 总计 52,889.12
        Comparison c = Comparison.ofSum(v("52889.12"), List.of(v("52888.95"), v("0.18")), Tolerance.rounding());
        assertThat(c.outcome()).isEqualTo(Outcome.WITHIN_ROUNDING);
        assertThat(c.expected()).hasToString("52889.13");
        assertThat(c.difference()).hasToString("-0.01");
        assertThat(c.tolerance()).hasToString("0.015");
    }

    @Test
    void exactAndBroken() {
        assertThat(Comparison.ofSum(v("161.49"), List.of(v("93.72"), v("59.96"), v("7.81")), Tolerance.rounding()).outcome())
                .isEqualTo(Outcome.EXACT);
        Comparison broken = Comparison.ofSum(v("161.49"), List.of(v("93.72"), v("59.96")), Tolerance.rounding());
        assertThat(broken.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(broken.difference()).hasToString("7.81");
    }

    @Test
    void blankCellsAreExactZeros() {
        assertThat(Comparison.ofSum(Value.BLANK, List.of(Value.BLANK, Value.BLANK), Tolerance.rounding()).outcome())
                .isEqualTo(Outcome.EXACT);
        // a blank total against a printed 0.01: only the printed part's radius (0.005) forgives
        assertThat(Comparison.ofSum(Value.BLANK, List.of(v("0.01")), Tolerance.rounding()).outcome()).isEqualTo(Outcome.BROKEN);
    }

    @Test
    void coarserPrintedPrecisionForgivesMore() {
        // 399 printed without decimals stands for 398.5..399.5
        assertThat(Comparison.ofSum(v("399"), List.of(v("399.40")), Tolerance.rounding()).outcome())
                .isEqualTo(Outcome.WITHIN_ROUNDING);
        assertThat(Comparison.ofSum(v("399"), List.of(v("399.60")), Tolerance.rounding()).outcome())
                .isEqualTo(Outcome.BROKEN);
    }

    @Test
    void absoluteToleranceIsAFixedLimit() {
        Tolerance cent = Tolerance.absolute(Amount.parse("0.01"));
        assertThat(Comparison.ofSum(v("10.00"), List.of(v("9.99")), cent).outcome()).isEqualTo(Outcome.WITHIN_ROUNDING);
        assertThat(Comparison.ofSum(v("10.00"), List.of(v("9.98")), cent).outcome()).isEqualTo(Outcome.BROKEN);
    }

    /** Rounding every exact part and the exact total never gives BROKEN; a shift beyond the interval always does. */
    @Test
    void roundedConsistentSumsAreNeverBrokenAndShiftedOnesAlwaysAre() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = random.nextInt(1, 30);
            int printedScale = random.nextInt(0, 3);
            List<Amount> exact = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                exact.add(Amount.of(random.nextLong(0, 100_000_000L), 4));
            }
            Amount total = Amount.sum(exact);
            List<Value> parts = new ArrayList<>();
            for (Amount a : exact) {
                parts.add(Value.printed(a.withScale(printedScale, java.math.RoundingMode.HALF_UP)));
            }
            Value printedTotal = Value.printed(total.withScale(printedScale, java.math.RoundingMode.HALF_UP));
            Comparison c = Comparison.ofSum(printedTotal, parts, Tolerance.rounding());
            assertThat(c.outcome()).as("seed %d trial %d", seed, trial).isNotEqualTo(Outcome.BROKEN);
            Amount beyond = c.tolerance().plus(Amount.of(1, printedScale));
            Value shifted = Value.printed(c.expected().plus(beyond).withScale(printedScale, java.math.RoundingMode.UP));
            assertThat(Comparison.ofSum(shifted, parts, Tolerance.rounding()).outcome())
                    .as("seed %d trial %d", seed, trial).isEqualTo(Outcome.BROKEN);
        }
    }
}
