package dev.yusuan.core.code;

import java.util.Objects;

/**
 * A 收入分类 (revenue classification) code: 类/款/项/目 of 3/5/7/9 digits, e.g. 类 {@code 101} 税收收入, 款 {@code 10101} 增值税.
 *
 * <p>Syntax only: {@link #parse} checks the digits, the length and the scheme's leading digit, and
 * nothing else. Whether a code exists in a year is answered by a
 * {@link dev.yusuan.core.catalog.Catalog}. Printed variants (full-width digits, spaces, a
 * one-digit segment) are accepted by {@link LenientCodeParser}, which says what it normalised.
 *
 * <p>Natural order is the order of a classification table: a code comes right before its
 * children ({@code 210 < 21001 < 2100101 < 21002}).
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class RevenueCode extends CodeBase<RevenueCode> implements ClassificationCode<RevenueCode> {

    private RevenueCode(String digits) {
        super(Scheme.REVENUE, digits);
    }

    @Override
    RevenueCode make(String digits) {
        return new RevenueCode(digits);
    }

    /**
     * Parses a code written as one run of ASCII digits.
     *
     * @param text the digits, e.g. {@code "10101"}
     * @return the code
     * @throws CodeParseException if the text is empty, has a character that is not an ASCII digit,
     *     has a length that is not 3, 5, 7 or 9, or does not start with 1
     * @throws NullPointerException if {@code text} is null
     */
    public static RevenueCode parse(CharSequence text) {
        return new RevenueCode(CodeText.validate(Scheme.REVENUE, text));
    }

    /**
     * Builds a code from its printed columns, 类 first (e.g. {@code "101", "01"}): the first
     * segment has 3 digits, the others 2. For printed variants such as {@code "2"} for {@code "02"} use
     * {@link LenientCodeParser}.
     *
     * @param segments the segments, outermost first
     * @return the code
     * @throws CodeParseException if a segment has the wrong length or the result is not a valid code
     */
    public static RevenueCode ofSegments(String... segments) {
        return new RevenueCode(CodeText.fromSegments(Scheme.REVENUE, segments));
    }

    /**
     * Parses a code and checks that it is at the given level.
     *
     * @param text the digits
     * @param expected the level the code must have
     * @return the code
     * @throws CodeParseException if the text is not a code of this scheme at that level
     */
    public static RevenueCode parse(CharSequence text, CodeLevel expected) {
        Objects.requireNonNull(expected, "expected");
        return CodeText.checkLevel(parse(text), expected);
    }

    @Override
    public Scheme scheme() {
        return Scheme.REVENUE;
    }
}
