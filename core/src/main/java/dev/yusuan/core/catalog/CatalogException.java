package dev.yusuan.core.catalog;

import dev.yusuan.core.BudgetException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when catalog data cannot be loaded (目录数据错误): a malformed file, a duplicate code, a
 * missing parent, a level that does not match the code's length, bad encoding. The message and
 * the accessors name the resource (file), the line and the reason.
 */
public final class CatalogException extends BudgetException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int line;

    /**
     * @param resource the file or resource name
     * @param line the 1-based line number, or 0 when the problem is not on one line
     * @param reason what is wrong
     */
    public CatalogException(String resource, int line, String reason) {
        super(Objects.requireNonNull(resource, "resource") + (line > 0 ? ":" + line : "") + ": " + reason);
        this.resource = resource;
        this.line = line;
    }

    /**
     * @param resource the file or resource name
     * @param line the 1-based line number, or 0
     * @param reason what is wrong
     * @param cause the underlying failure
     */
    public CatalogException(String resource, int line, String reason, Throwable cause) {
        super(Objects.requireNonNull(resource, "resource") + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.resource = resource;
        this.line = line;
    }

    /** @return the file or resource name */
    public String resource() {
        return resource;
    }

    /** @return the 1-based line number, if the problem is on one line */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
