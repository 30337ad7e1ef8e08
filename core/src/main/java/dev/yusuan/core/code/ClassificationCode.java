package dev.yusuan.core.code;

import java.util.List;
import java.util.Optional;

/**
 * A code of one of the classifications of the 政府收支分类科目. Codes are syntax only: whether a
 * code exists in a given year is answered by a {@link dev.yusuan.core.catalog.Catalog}.
 *
 * <p>Implementations are immutable, thread-safe and value-based; compare them with
 * {@code equals}, never with {@code ==}. {@link #toString()} gives the canonical digits.
 *
 * @param <C> the code type itself, so that {@link #parent()} and {@link #ancestors()} keep the type
 */
public sealed interface ClassificationCode<C extends ClassificationCode<C>> extends Comparable<C>
        permits FunctionCode, DepartmentEconomicCode, GovernmentEconomicCode, RevenueCode {

    /** @return the scheme this code belongs to */
    Scheme scheme();

    /** @return the level of this code (类, 款, 项, 目 or a local sub-item) */
    CodeLevel level();

    /** @return the code one level up, empty for a 类 */
    Optional<C> parent();

    /** @return the codes above this one, outermost (the 类) first; empty for a 类 */
    List<C> ancestors();

    /**
     * @param other another code of the same scheme
     * @return whether this code is a strict ancestor of {@code other}
     */
    boolean isAncestorOf(C other);

    /**
     * The code split into the printed columns: {@code 2101501} gives {@code ["210","15","01"]}.
     *
     * @return the segments, 类 first
     */
    List<String> segments();

    /** @return the canonical digits, e.g. {@code "2101501"} */
    @Override
    String toString();

    /** @return the code as a number, e.g. {@code 2101501} (codes never start with 0) */
    int toInt();
}
