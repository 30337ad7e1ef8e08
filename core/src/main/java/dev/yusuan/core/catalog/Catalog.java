package dev.yusuan.core.catalog;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.Scheme;
import java.util.List;
import java.util.Optional;

/**
 * One edition of the classification catalog (政府收支分类科目): which codes exist, their names,
 * parents and former names. Core defines the interface; the {@code yusuan-codes} module implements
 * it with the bundled editions, and users may supply their own.
 *
 * <p>An edition declares per scheme and level whether it is {@link Completeness complete}: the
 * audit rules report an unknown code at a complete level as an error and at a partial level as a
 * warning.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Catalog {

    /** @return the identity of this edition */
    Edition edition();

    /**
     * Looks a code up.
     *
     * @param <C> the code type
     * @param code the code
     * @return its entry, or empty if the edition does not hold it
     */
    <C extends ClassificationCode<C>> Optional<CatalogEntry<C>> find(C code);

    /**
     * Looks a code up and insists that it exists.
     *
     * @param <C> the code type
     * @param code the code
     * @return its entry
     * @throws UnknownCodeException naming the code and the edition if the edition does not hold it
     */
    default <C extends ClassificationCode<C>> CatalogEntry<C> require(C code) {
        return find(code).orElseThrow(() -> new UnknownCodeException(code, edition()));
    }

    /**
     * The codes directly below a code, in code order.
     *
     * @param <C> the code type
     * @param code the parent code
     * @return its children in this edition (empty if none or if the code is unknown)
     */
    <C extends ClassificationCode<C>> List<CatalogEntry<C>> children(C code);

    /**
     * The 类 of a scheme, in code order.
     *
     * @param scheme the scheme
     * @return the top-level entries of that scheme in this edition
     */
    List<CatalogEntry<?>> roots(Scheme scheme);

    /**
     * How complete this edition is for one level of one scheme.
     *
     * @param scheme the scheme
     * @param level a level of that scheme
     * @return whether the edition holds every code of that level
     */
    Completeness completeness(Scheme scheme, CodeLevel level);
}
