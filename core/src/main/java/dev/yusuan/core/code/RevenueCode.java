package dev.yusuan.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
public final class RevenueCode implements ClassificationCode<RevenueCode> {
    private final String digits;
    private final int value;
    private final CodeLevel level;

    private RevenueCode(String digits) {
        this.digits = digits;
        this.value = Integer.parseInt(digits);
        this.level = Scheme.REVENUE.levelOfLength(digits.length());
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
        RevenueCode code = parse(text);
        if (code.level != expected) {
            throw new CodeParseException(Scheme.REVENUE, code.digits, 0, CodeParseException.ErrorType.WRONG_LEVEL,
                    "it is a " + code.level.chineseName() + " code; expected a " + expected.chineseName() + " code of "
                            + CodeText.lengthOfLevel(Scheme.REVENUE, expected) + " digits");
        }
        return code;
    }

    @Override
    public Scheme scheme() {
        return Scheme.REVENUE;
    }

    @Override
    public CodeLevel level() {
        return level;
    }

    @Override
    public Optional<RevenueCode> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(new RevenueCode(digits.substring(0, digits.length() - 2)));
    }

    @Override
    public List<RevenueCode> ancestors() {
        List<RevenueCode> out = new ArrayList<>(3);
        for (int len = 3; len < digits.length(); len += 2) {
            out.add(new RevenueCode(digits.substring(0, len)));
        }
        return List.copyOf(out);
    }

    /**
     * The code itself or its ancestor at the given level: {@code 10101} at 类 is {@code 101}.
     *
     * @param target a level of this scheme at or above this code's level
     * @return the code at that level
     * @throws IllegalArgumentException if the level is below this code's level or not of this scheme
     */
    public RevenueCode atLevel(CodeLevel target) {
        int len = CodeText.lengthOfLevel(Scheme.REVENUE, target);
        if (len > digits.length()) {
            throw new IllegalArgumentException(digits + " is a " + level.chineseName() + " code; it has no "
                    + target.chineseName() + " ancestor");
        }
        return len == digits.length() ? this : new RevenueCode(digits.substring(0, len));
    }

    @Override
    public boolean isAncestorOf(RevenueCode other) {
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
    public int compareTo(RevenueCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RevenueCode && ((RevenueCode) obj).value == value && ((RevenueCode) obj).digits.length() == digits.length();
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
