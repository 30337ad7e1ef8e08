package dev.yusuan.core.check;

import dev.yusuan.core.BudgetException;
import dev.yusuan.core.money.Amount;
import java.util.Objects;

/**
 * How much difference an arithmetic check forgives (容差).
 *
 * <ul>
 *   <li>{@link #rounding()} (the default): a printed value with d decimals stands for the interval
 *       ±0.5·10⁻ᵈ; a check is within rounding when the interval of the printed total and the
 *       interval of the sum of the printed parts overlap. A blank cell is an exact zero.</li>
 *   <li>{@link #absolute(Amount)}: a fixed limit, such as the classic ≤ 0.01 万元.</li>
 * </ul>
 */
public sealed interface Tolerance {

    /** @return the rounding-aware tolerance */
    static Tolerance rounding() {
        return RoundingIntervals.INSTANCE;
    }

    /**
     * @param limit the largest difference (inclusive) that is forgiven, in the table's unit; not negative
     * @return a fixed absolute tolerance
     */
    static Tolerance absolute(Amount limit) {
        return new Absolute(limit);
    }

    /** The rounding-aware tolerance: overlapping printed intervals. */
    enum RoundingIntervals implements Tolerance {
        /** The single instance. */
        INSTANCE;

        @Override
        public String toString() {
            return "rounding";
        }
    }

    /**
     * A fixed absolute tolerance.
     *
     * @param limit the largest difference forgiven, inclusive
     */
    record Absolute(Amount limit) implements Tolerance {
        /** Validates. */
        public Absolute {
            Objects.requireNonNull(limit, "limit");
            if (limit.signum() < 0) {
                throw new BudgetException("tolerance " + limit + " is negative");
            }
        }

        @Override
        public String toString() {
            return "absolute " + limit;
        }
    }
}
