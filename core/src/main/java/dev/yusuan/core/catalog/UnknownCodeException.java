package dev.yusuan.core.catalog;

import dev.yusuan.core.BudgetException;
import dev.yusuan.core.code.ClassificationCode;
import java.util.Objects;

/** Thrown by {@link Catalog#require} when a code is not in an edition (科目不存在). */
public final class UnknownCodeException extends BudgetException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String scheme;
    private final String edition;

    /**
     * @param code the code that was looked up
     * @param edition the edition it is not in
     */
    public UnknownCodeException(ClassificationCode<?> code, Edition edition) {
        super(code.scheme().chineseName() + " code " + code + " is not in edition " + edition.id()
                + " (" + edition.title() + ")");
        this.code = code.toString();
        this.scheme = code.scheme().name();
        this.edition = Objects.requireNonNull(edition, "edition").id();
    }

    /** @return the code that was looked up */
    public String code() {
        return code;
    }

    /** @return the scheme of the code, as the {@link dev.yusuan.core.code.Scheme} constant name */
    public String scheme() {
        return scheme;
    }

    /** @return the id of the edition */
    public String edition() {
        return edition;
    }
}
