package dev.yusuan.core.money;

import dev.yusuan.core.BudgetException;
import java.util.Objects;

/**
 * Thrown when an amount cannot be parsed, would overflow, or an operation would have to round
 * (金额错误). Nothing is ever rounded or wrapped silently: such an operation throws this.
 */
public final class AmountException extends BudgetException {
    private static final long serialVersionUID = 1L;

    /** Why an amount operation failed. */
    public enum Kind {
        /** The text is not a decimal amount of the accepted form. */
        PARSE,
        /** The result does not fit the exact representation (18 significant digits). */
        OVERFLOW,
        /** The operation would lose digits and no {@link java.math.RoundingMode} was given. */
        ROUNDING_NECESSARY,
        /** A scale (number of decimals) outside the supported range. */
        SCALE,
        /** A monetary amount in a currency other than CNY. */
        CURRENCY
    }

    private final Kind kind;
    private final String input;

    /**
     * @param kind why it failed
     * @param input the text or value concerned
     * @param message a sentence naming the value and the problem
     */
    public AmountException(Kind kind, String input, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.input = Objects.requireNonNull(input, "input");
    }

    /** @return why it failed */
    public Kind kind() {
        return kind;
    }

    /** @return the text or value concerned */
    public String input() {
        return input;
    }
}
