package dev.yusuan.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
public final class FunctionCode implements ClassificationCode<FunctionCode> {
    private final String digits;
    private final int value;
    private final CodeLevel level;

    private FunctionCode(String digits) {
        this.digits = digits;
        this.value = Integer.parseInt(digits);
        this.level = Scheme.FUNCTION.levelOfLength(digits.length());
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
        FunctionCode code = parse(text);
        if (code.level != expected) {
            throw new CodeParseException(Scheme.FUNCTION, code.digits, 0, CodeParseException.ErrorType.WRONG_LEVEL,
                    "it is a " + code.level.chineseName() + " code; expected a " + expected.chineseName() + " code of "
                            + CodeText.lengthOfLevel(Scheme.FUNCTION, expected) + " digits");
        }
        return code;
    }

    @Override
    public Scheme scheme() {
        return Scheme.FUNCTION;
    }

    @Override
    public CodeLevel level() {
        return level;
    }

    @Override
    public Optional<FunctionCode> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(new FunctionCode(digits.substring(0, digits.length() - 2)));
    }

    @Override
    public List<FunctionCode> ancestors() {
        List<FunctionCode> out = new ArrayList<>(3);
        for (int len = 3; len < digits.length(); len += 2) {
            out.add(new FunctionCode(digits.substring(0, len)));
        }
        return List.copyOf(out);
    }

    /**
     * The code itself or its ancestor at the given level: {@code 2101501} at 类 is {@code 210}.
     *
     * @param target a level of this scheme at or above this code's level
     * @return the code at that level
     * @throws IllegalArgumentException if the level is below this code's level or not of this scheme
     */
    public FunctionCode atLevel(CodeLevel target) {
        int len = CodeText.lengthOfLevel(Scheme.FUNCTION, target);
        if (len > digits.length()) {
            throw new IllegalArgumentException(digits + " is a " + level.chineseName() + " code; it has no "
                    + target.chineseName() + " ancestor");
        }
        return len == digits.length() ? this : new FunctionCode(digits.substring(0, len));
    }

    @Override
    public boolean isAncestorOf(FunctionCode other) {
        Objects.requireNonNull(other, "other");
        return other.digits.length() > digits.length() && other.digits.startsWith(digits);
    }

    @Override
    public List<String> segments() {
        return CodeText.segments(digits);
    }

    @Override
    public int toInt() {
        return value;
    }

    @Override
    public int compareTo(FunctionCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FunctionCode && ((FunctionCode) obj).value == value && ((FunctionCode) obj).digits.length() == digits.length();
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value) * 31 + digits.length();
    }

    @Override
    public String toString() {
        return digits;
    }
}
