package dev.yusuan.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
public final class GovernmentEconomicCode implements ClassificationCode<GovernmentEconomicCode> {
    private final String digits;
    private final int value;
    private final CodeLevel level;

    private GovernmentEconomicCode(String digits) {
        this.digits = digits;
        this.value = Integer.parseInt(digits);
        this.level = Scheme.GOVERNMENT_ECONOMIC.levelOfLength(digits.length());
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
        GovernmentEconomicCode code = parse(text);
        if (code.level != expected) {
            throw new CodeParseException(Scheme.GOVERNMENT_ECONOMIC, code.digits, 0, CodeParseException.ErrorType.WRONG_LEVEL,
                    "it is a " + code.level.chineseName() + " code; expected a " + expected.chineseName() + " code of "
                            + CodeText.lengthOfLevel(Scheme.GOVERNMENT_ECONOMIC, expected) + " digits");
        }
        return code;
    }

    @Override
    public Scheme scheme() {
        return Scheme.GOVERNMENT_ECONOMIC;
    }

    @Override
    public CodeLevel level() {
        return level;
    }

    @Override
    public Optional<GovernmentEconomicCode> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(new GovernmentEconomicCode(digits.substring(0, digits.length() - 2)));
    }

    @Override
    public List<GovernmentEconomicCode> ancestors() {
        List<GovernmentEconomicCode> out = new ArrayList<>(3);
        for (int len = 3; len < digits.length(); len += 2) {
            out.add(new GovernmentEconomicCode(digits.substring(0, len)));
        }
        return List.copyOf(out);
    }

    /**
     * The code itself or its ancestor at the given level: {@code 50101} at 类 is {@code 501}.
     *
     * @param target a level of this scheme at or above this code's level
     * @return the code at that level
     * @throws IllegalArgumentException if the level is below this code's level or not of this scheme
     */
    public GovernmentEconomicCode atLevel(CodeLevel target) {
        int len = CodeText.lengthOfLevel(Scheme.GOVERNMENT_ECONOMIC, target);
        if (len > digits.length()) {
            throw new IllegalArgumentException(digits + " is a " + level.chineseName() + " code; it has no "
                    + target.chineseName() + " ancestor");
        }
        return len == digits.length() ? this : new GovernmentEconomicCode(digits.substring(0, len));
    }

    @Override
    public boolean isAncestorOf(GovernmentEconomicCode other) {
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
    public int compareTo(GovernmentEconomicCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GovernmentEconomicCode && ((GovernmentEconomicCode) obj).value == value && ((GovernmentEconomicCode) obj).digits.length() == digits.length();
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
