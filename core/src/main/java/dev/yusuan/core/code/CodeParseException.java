package dev.yusuan.core.code;

import dev.yusuan.core.BudgetException;
import java.util.Objects;

/**
 * Thrown when text is not a valid classification code of the expected scheme (科目编码格式错误).
 * Carries the input, the index of the first offending character (or the input length when the
 * input is too short) and an {@link ErrorType} to branch on.
 */
public final class CodeParseException extends BudgetException {
    private static final long serialVersionUID = 1L;

    /** Why a code was rejected. */
    public enum ErrorType {
        /** The input is empty. */
        EMPTY,
        /** A character is not an ASCII digit (full-width digits and spaces included). */
        NOT_A_DIGIT,
        /** The number of digits is not a length of the scheme. */
        WRONG_LENGTH,
        /** The leading digit does not belong to the scheme (e.g. a 301 given as a function code). */
        WRONG_SCHEME,
        /** A split segment (类/款/项 column) has the wrong number of digits. */
        WRONG_SEGMENT,
        /** The code is valid but not at the level asked for. */
        WRONG_LEVEL
    }

    private final String input;
    private final int errorIndex;
    private final ErrorType errorType;
    private final Scheme scheme;

    /**
     * @param scheme the scheme the input was parsed as
     * @param input the rejected text
     * @param errorIndex index of the first offending character
     * @param errorType why it was rejected
     * @param detail a sentence saying what is wrong
     */
    public CodeParseException(Scheme scheme, String input, int errorIndex, ErrorType errorType, String detail) {
        super("invalid " + scheme.chineseName() + " code '" + input + "' at index " + errorIndex + ": " + detail);
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.input = Objects.requireNonNull(input, "input");
        this.errorIndex = errorIndex;
        this.errorType = Objects.requireNonNull(errorType, "errorType");
    }

    /** @return the rejected text, as given */
    public String input() {
        return input;
    }

    /** @return the index of the first offending character */
    public int errorIndex() {
        return errorIndex;
    }

    /** @return why the input was rejected */
    public ErrorType errorType() {
        return errorType;
    }

    /** @return the scheme the input was parsed as */
    public Scheme scheme() {
        return scheme;
    }
}
