package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.check.Comparison;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Tolerance;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exact amounts (core's money package) and rounding-aware comparison (its check package): sums,
 * parsing, rounding and unit conversion agree with {@link BigDecimal}; sums of rounded values are
 * never reported broken, and a value beyond the tolerance always is.
 */
class AmountProperties {

    /** Amounts of up to 12 digits with 0 to 4 decimals, of either sign. */
    static Gen<Amount> amounts() {
        return Gens.integers(0, 4).flatMap(scale -> BudgetGens.amounts(scale, Amount.of(-999_999_999_999L, scale),
                Amount.of(999_999_999_999L, scale)));
    }

    @Property(tries = 1000)
    void arithmeticMatchesBigDecimal(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
        assertThat(a.plus(b).toBigDecimal()).isEqualByComparingTo(a.toBigDecimal().add(b.toBigDecimal()));
        assertThat(a.plus(b).scale()).isEqualTo(Math.max(a.scale(), b.scale()));
        assertThat(a.minus(b).toBigDecimal()).isEqualByComparingTo(a.toBigDecimal().subtract(b.toBigDecimal()));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()));
        assertThat(a.isEqualTo(b)).isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()) == 0);
        assertThat(a.plus(b).minus(b)).isEqualByComparingTo(a);
    }

    @Property(tries = 1000)
    void printingAndParsingRoundTrip(@ForAll("amounts") Amount a) {
        assertThat(Amount.parse(a.toString())).isEqualTo(a);
        DecimalFormat grouped = new DecimalFormat("#,##0" + (a.scale() > 0 ? "." + "0".repeat(a.scale()) : ""),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        assertThat(Amount.parsePrinted(grouped.format(a.toBigDecimal()))).isEqualTo(a);
        assertThat(Amount.of(a.toBigDecimal())).isEqualTo(a);
    }

    static Gen<Integer> scales() {
        return Gens.integers(0, 4);
    }

    static Gen<RoundingMode> roundings() {
        return Gens.elements(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR,
                RoundingMode.CEILING);
    }

    @Property(tries = 1000)
    void roundingMatchesBigDecimal(@ForAll("amounts") Amount a, @ForAll("scales") int scale, @ForAll("roundings") RoundingMode mode) {
        Amount rounded = a.withScale(scale, mode);
        assertThat(rounded.scale()).isEqualTo(scale);
        assertThat(rounded.toBigDecimal()).isEqualByComparingTo(a.toBigDecimal().setScale(scale, mode));
        if (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_EVEN) {
            // a rounded value lies within the rounding radius of its printed place
            assertThat(rounded.minus(a).abs()).isLessThanOrEqualTo(rounded.roundingRadius());
        }
    }

    static Gen<AmountUnit> units() {
        return Gens.elements(AmountUnit.values());
    }

    @Property(tries = 1000)
    void unitConversionIsExactAndReversible(@ForAll("amounts") Amount a, @ForAll("units") AmountUnit from, @ForAll("units") AmountUnit to) {
        Amount converted = a.convert(from, to);
        assertThat(converted.toBigDecimal()).isEqualByComparingTo(a.toBigDecimal().scaleByPowerOfTen(from.exponent() - to.exponent()));
        assertThat(converted.convert(to, from)).isEqualTo(a);
    }

    /** Exact values (4 decimals) of a sum's parts, and the decimals they are printed with. */
    record RoundedSum(List<Amount> exact, int printedScale) {
    }

    static Gen<RoundedSum> roundedSums() {
        Gen<List<Amount>> parts = Gens.lists(BudgetGens.amounts(4, Amount.ZERO, Amount.parse("10000.0000")), 1, 30);
        return Gens.combine(parts, Gens.integers(0, 2), RoundedSum::new);
    }

    @Property(tries = 1000)
    void roundedPartsAreNeverBrokenAndBeyondTheToleranceAlwaysIs(@ForAll("roundedSums") RoundedSum sum) {
        int d = sum.printedScale();
        List<Value> parts = new ArrayList<>();
        for (Amount a : sum.exact()) {
            parts.add(Value.printed(a.withScale(d, RoundingMode.HALF_UP)));
        }
        Value total = Value.printed(Amount.sum(sum.exact()).withScale(d, RoundingMode.HALF_UP));
        Comparison c = Comparison.ofSum(total, parts, Tolerance.rounding());
        assertThat(c.outcome()).isNotEqualTo(Outcome.BROKEN);
        Amount beyond = c.tolerance().plus(Amount.of(1, d));
        Value shifted = Value.printed(c.expected().plus(beyond).withScale(d, RoundingMode.UP));
        assertThat(Comparison.ofSum(shifted, parts, Tolerance.rounding()).outcome()).isEqualTo(Outcome.BROKEN);
    }
}
