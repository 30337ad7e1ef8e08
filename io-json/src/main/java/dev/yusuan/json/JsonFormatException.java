package dev.yusuan.json;

import dev.yusuan.core.BudgetException;
import java.util.Objects;

/**
 * Thrown when a JSON document is not a valid yusuan document (JSON 格式错误), or when a value
 * cannot be written in the format. It is the one exception type that reading bad input gives:
 * malformed JSON, a limit exceeded, an unknown or missing member, a duplicate key, a duplicate row
 * or line, a wrong type, an invalid code or amount, an unsupported format id. It carries:
 *
 * <ul>
 *   <li>{@link #pointer()}: the JSON Pointer (RFC 6901) of the offending value, e.g.
 *       {@code /tables/2/blocks/0/rows/5/cells/total} ({@code ""} for the whole document);</li>
 *   <li>{@link #line()} and {@link #column()}: where in the text, both 1-based ({@code 0} when
 *       unknown, for example when writing);</li>
 *   <li>{@link #kind()}: why, to branch on;</li>
 *   <li>{@link #problem()}: what is wrong, as a sentence without the position.</li>
 * </ul>
 *
 * <p>The message is {@code "<pointer> (line L, column C): <problem>"}. When the problem was found
 * by core while building a value (a {@link dev.yusuan.core.code.CodeParseException}, an
 * {@link dev.yusuan.core.money.AmountException}, a table or ledger exception), that exception is
 * the {@linkplain #getCause() cause}.
 */
public final class JsonFormatException extends BudgetException {
    private static final long serialVersionUID = 1L;

    /** Why a document was rejected. */
    public enum Kind {
        /** Not well-formed JSON: a bad token, bad bytes, a truncated document, content after the end. */
        SYNTAX,
        /** A limit exceeded: number or string length, nesting depth, document size. */
        LIMIT,
        /** The {@code format} member is missing or names a format this reader does not know, or the {@code type} is not the one expected. */
        UNSUPPORTED_FORMAT,
        /** A member that the format does not define at this place. */
        UNKNOWN_MEMBER,
        /** A member out of the order the format requires: a ledger's header members before its balances and lines, {@code lines} last. */
        MEMBER_ORDER,
        /** The same member name twice in one object. */
        DUPLICATE_MEMBER,
        /** A required member is absent. */
        MISSING_MEMBER,
        /** A value of the wrong JSON type (a number for a string, a null, an array for an object). */
        WRONG_TYPE,
        /** A value of the right JSON type that is not valid: a code, an amount, an enum name, a year, an id. */
        INVALID_VALUE,
        /** The same entry twice: a row, a line, a column, a unit, a cell with the same key. */
        DUPLICATE_ENTRY,
        /** Writing: the value cannot be written in the format (e.g. an amount with a negative scale). */
        NOT_WRITABLE
    }

    private final Kind kind;
    private final String pointer;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param kind why
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the document
     * @param line the 1-based line, 0 if unknown
     * @param column the 1-based column, 0 if unknown
     * @param problem what is wrong, without the position
     * @param cause the underlying failure, or null
     */
    public JsonFormatException(Kind kind, String pointer, int line, int column, String problem, Throwable cause) {
        super(format(pointer, line, column, problem), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String pointer, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(Objects.requireNonNull(pointer, "pointer").isEmpty() ? "/" : pointer);
        if (line > 0) {
            sb.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** @return why the document was rejected */
    public Kind kind() {
        return kind;
    }

    /** @return the JSON Pointer of the offending value; {@code ""} for the whole document */
    public String pointer() {
        return pointer;
    }

    /** @return the 1-based line of the offending token, 0 if unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the offending token, 0 if unknown */
    public int column() {
        return column;
    }

    /** @return what is wrong, without the position */
    public String problem() {
        return problem;
    }
}
