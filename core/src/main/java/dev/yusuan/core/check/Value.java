package dev.yusuan.core.check;

import dev.yusuan.core.BudgetException;
import dev.yusuan.core.money.Amount;
import java.util.Objects;

/**
 * A value taking part in a check: a printed amount (which stands for an interval), or a blank
 * cell (an exact zero).
 *
 * @param amount the amount; zero for a blank
 * @param printed whether the value was printed (and so was rounded to its printed precision)
 */
public record Value(Amount amount, boolean printed) {
    /** A blank cell. */
    public static final Value BLANK = new Value(Amount.ZERO, false);

    /** Validates. */
    public Value {
        Objects.requireNonNull(amount, "amount");
        if (!printed && !amount.isZero()) {
            throw new BudgetException("an unprinted value must be zero, got " + amount);
        }
    }

    /**
     * @param amount a printed amount
     * @return the value
     */
    public static Value printed(Amount amount) {
        return new Value(amount, true);
    }

    /** @return the radius of the interval this value stands for: half its last printed place, zero for a blank */
    public Amount radius() {
        return printed ? amount.roundingRadius() : Amount.ZERO;
    }

    @Override
    public String toString() {
        return printed ? amount.toString() : "(blank)";
    }
}
