package dev.yusuan.core;

/**
 * The root of every exception the yusuan library throws on bad input or bad data
 * (预算数据错误). It is unchecked, like {@code java.time.DateTimeException}: a caller that wants to
 * handle every failure of the library catches this one type.
 *
 * <p>Subtypes carry structured details (the input, the position, the code, the edition, the
 * file and line) so that a caller can branch on them without parsing the message; every message
 * names <em>where</em> the problem is.
 */
public class BudgetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong and where, never null
     */
    public BudgetException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong and where, never null
     * @param cause the underlying failure
     */
    public BudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}
