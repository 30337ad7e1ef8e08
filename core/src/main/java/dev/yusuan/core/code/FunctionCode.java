package dev.yusuan.core.code;

import java.util.Objects;

/**
 * A 支出功能分类 (expenditure by function) code: 类 {@code 210} 卫生健康支出, 款 {@code 21015} 医疗保障管理事务, 项 {@code 2101501} 行政运行.
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
public final class FunctionCode extends CodeBase<FunctionCode> implements ClassificationCode<FunctionCode> {

    private FunctionCode(String digits) {
        super(Scheme.FUNCTION, digits);
    }

    @Override
    FunctionCode make(String digits) {
        return new FunctionCode(digits);
    }

    /**
     * Parses a code written as one run of ASCII digits.
     *
     * @param text the digits, e.g. {@code "2101501"}
     * @return the code
     * @throws CodeParseException if the text is empty, has a character that is not an ASCII digit,
     *     has a length that is not 3, 5 or 7, or does not start with 2
     * @throws NullPointerException if {@code text} is null
     */
    public static FunctionCode parse(CharSequence text) {
        return new FunctionCode(CodeText.validate(Scheme.FUNCTION, text));
    }

    /**
     * Builds a code from its printed columns, 类 first (e.g. {@code "210", "15"}): the first
     * segment has 3 digits, the others 2. For printed variants such as {@code "2"} for {@code "02"} use
     * {@link LenientCodeParser}.
     *
     * @param segments the segments, outermost first
     * @return the code
     * @throws CodeParseException if a segment has the wrong length or the result is not a valid code
     */
    public static FunctionCode ofSegments(String... segments) {
        return new FunctionCode(CodeText.fromSegments(Scheme.FUNCTION, segments));
    }

    /**
     * Parses a code and checks that it is at the given level.
     *
     * @param text the digits
     * @param expected the level the code must have
     * @return the code
     * @throws CodeParseException if the text is not a code of this scheme at that level
     */
    public static FunctionCode parse(CharSequence text, CodeLevel expected) {
        Objects.requireNonNull(expected, "expected");
        return CodeText.checkLevel(parse(text), expected);
    }

    @Override
    public Scheme scheme() {
        return Scheme.FUNCTION;
    }
}
