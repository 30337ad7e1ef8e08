package dev.yusuan.core.code;

import java.util.Objects;

/**
 * A 政府预算支出经济分类 (government-budget economic classification) code: 类 {@code 501} 机关工资福利支出, 款 {@code 50101} 工资奖金津补贴, and local 7-digit sub-items below a 款. A distinct type from {@link DepartmentEconomicCode}, so that the two schemes cannot be mixed up.
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
public final class GovernmentEconomicCode extends CodeBase<GovernmentEconomicCode> implements ClassificationCode<GovernmentEconomicCode> {

    private GovernmentEconomicCode(String digits) {
        super(Scheme.GOVERNMENT_ECONOMIC, digits);
    }

    @Override
    GovernmentEconomicCode make(String digits) {
        return new GovernmentEconomicCode(digits);
    }

    /**
     * Parses a code written as one run of ASCII digits.
     *
     * @param text the digits, e.g. {@code "50101"}
     * @return the code
     * @throws CodeParseException if the text is empty, has a character that is not an ASCII digit,
     *     has a length that is not 3, 5 or 7, or does not start with 5
     * @throws NullPointerException if {@code text} is null
     */
    public static GovernmentEconomicCode parse(CharSequence text) {
        return new GovernmentEconomicCode(CodeText.validate(Scheme.GOVERNMENT_ECONOMIC, text));
    }

    /**
     * Builds a code from its printed columns, 类 first (e.g. {@code "501", "01"}): the first
     * segment has 3 digits, the others 2. For printed variants such as {@code "2"} for {@code "02"} use
     * {@link LenientCodeParser}.
     *
     * @param segments the segments, outermost first
     * @return the code
     * @throws CodeParseException if a segment has the wrong length or the result is not a valid code
     */
    public static GovernmentEconomicCode ofSegments(String... segments) {
        return new GovernmentEconomicCode(CodeText.fromSegments(Scheme.GOVERNMENT_ECONOMIC, segments));
    }

    /**
     * Parses a code and checks that it is at the given level.
     *
     * @param text the digits
     * @param expected the level the code must have
     * @return the code
     * @throws CodeParseException if the text is not a code of this scheme at that level
     */
    public static GovernmentEconomicCode parse(CharSequence text, CodeLevel expected) {
        Objects.requireNonNull(expected, "expected");
        return CodeText.checkLevel(parse(text), expected);
    }

    @Override
    public Scheme scheme() {
        return Scheme.GOVERNMENT_ECONOMIC;
    }
}
