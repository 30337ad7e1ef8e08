package dev.yusuan.core.check;

import dev.yusuan.core.money.Amount;
import java.util.List;
import java.util.Objects;

/**
 * The result of comparing a printed value with what it should be: the sum of its parts, or
 * another printed value (核对).
 *
 * @param expected what the value should be (the exact sum of the printed parts)
 * @param actual the printed value (zero for a blank)
 * @param difference {@code actual - expected}, exact
 * @param tolerance the largest difference forgiven in this comparison (for the rounding-aware
 *     tolerance: the sum of the rounding radii of every value involved)
 * @param outcome exact, within rounding, or broken
 */
public record Comparison(Amount expected, Amount actual, Amount difference, Amount tolerance, Outcome outcome) {

    /** Validates. */
    public Comparison {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Compares a printed total with the sum of printed parts.
     *
     * @param total the printed total
     * @param parts the printed parts
     * @param tolerance how much difference to forgive
     * @return the comparison
     * @throws dev.yusuan.core.money.AmountException if a sum overflows
     */
    public static Comparison ofSum(Value total, List<Value> parts, Tolerance tolerance) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(tolerance, "tolerance");
        Amount expected = Amount.ZERO;
        Amount radius = total.radius();
        for (Value part : parts) {
            expected = expected.plus(part.amount());
            radius = radius.plus(part.radius());
        }
        Amount actual = total.amount();
        Amount difference = actual.minus(expected);
        Amount allowed = tolerance instanceof Tolerance.Absolute ? ((Tolerance.Absolute) tolerance).limit() : radius;
        Outcome outcome;
        if (difference.isZero()) {
            outcome = Outcome.EXACT;
        } else if (difference.abs().compareTo(allowed) <= 0) {
            outcome = Outcome.WITHIN_ROUNDING;
        } else {
            outcome = Outcome.BROKEN;
        }
        return new Comparison(expected, actual, difference, allowed, outcome);
    }

    /**
     * Compares two printed values that should be equal (e.g. the same total in two tables).
     *
     * @param actual the value checked
     * @param expected the value it should equal
     * @param tolerance how much difference to forgive
     * @return the comparison
     */
    public static Comparison ofEquality(Value actual, Value expected, Tolerance tolerance) {
        return ofSum(actual, List.of(expected), tolerance);
    }
}
