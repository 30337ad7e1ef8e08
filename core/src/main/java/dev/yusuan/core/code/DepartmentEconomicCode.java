package dev.yusuan.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 部门预算支出经济分类 (department-budget economic classification) code: 类 {@code 301} 工资福利支出, 款 {@code 30101} 基本工资, and local 7-digit sub-items below a 款 ({@code 3011201} 生育保险 under {@code 30112}), which roll up to their 款. A distinct type from {@link GovernmentEconomicCode}, so that the two schemes cannot be mixed up.
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
public final class DepartmentEconomicCode implements ClassificationCode<DepartmentEconomicCode> {
    private final String digits;
    private final int value;
    private final CodeLevel level;

    private DepartmentEconomicCode(String digits) {
        this.digits = digits;
        this.value = Integer.parseInt(digits);
        this.level = Scheme.DEPARTMENT_ECONOMIC.levelOfLength(digits.length());
    }

    /**
     * Parses a code written as one run of ASCII digits.
     *
     * @param text the digits, e.g. {@code "30101"}
     * @return the code
     * @throws CodeParseException if the text is empty, has a character that is not an ASCII digit,
     *     has a length that is not 3, 5 or 7, or does not start with 3
     * @throws NullPointerException if {@code text} is null
     */
    public static DepartmentEconomicCode parse(CharSequence text) {
        return new DepartmentEconomicCode(CodeText.validate(Scheme.DEPARTMENT_ECONOMIC, text));
    }

    /**
     * Builds a code from its printed columns, 类 first (e.g. {@code "301", "01"}): the first
     * segment has 3 digits, the others 2. For printed variants such as {@code "2"} for {@code "02"} use
     * {@link LenientCodeParser}.
     *
     * @param segments the segments, outermost first
     * @return the code
     * @throws CodeParseException if a segment has the wrong length or the result is not a valid code
     */
    public static DepartmentEconomicCode ofSegments(String... segments) {
        return new DepartmentEconomicCode(CodeText.fromSegments(Scheme.DEPARTMENT_ECONOMIC, segments));
    }

    /**
     * Parses a code and checks that it is at the given level.
     *
     * @param text the digits
     * @param expected the level the code must have
     * @return the code
     * @throws CodeParseException if the text is not a code of this scheme at that level
     */
    public static DepartmentEconomicCode parse(CharSequence text, CodeLevel expected) {
        Objects.requireNonNull(expected, "expected");
        DepartmentEconomicCode code = parse(text);
        if (code.level != expected) {
            throw new CodeParseException(Scheme.DEPARTMENT_ECONOMIC, code.digits, 0, CodeParseException.ErrorType.WRONG_LEVEL,
                    "it is a " + code.level.chineseName() + " code; expected a " + expected.chineseName() + " code of "
                            + CodeText.lengthOfLevel(Scheme.DEPARTMENT_ECONOMIC, expected) + " digits");
        }
        return code;
    }

    @Override
    public Scheme scheme() {
        return Scheme.DEPARTMENT_ECONOMIC;
    }

    @Override
    public CodeLevel level() {
        return level;
    }

    @Override
    public Optional<DepartmentEconomicCode> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(new DepartmentEconomicCode(digits.substring(0, digits.length() - 2)));
    }

    @Override
    public List<DepartmentEconomicCode> ancestors() {
        List<DepartmentEconomicCode> out = new ArrayList<>(3);
        for (int len = 3; len < digits.length(); len += 2) {
            out.add(new DepartmentEconomicCode(digits.substring(0, len)));
        }
        return List.copyOf(out);
    }

    /**
     * The code itself or its ancestor at the given level: {@code 30101} at 类 is {@code 301}.
     *
     * @param target a level of this scheme at or above this code's level
     * @return the code at that level
     * @throws IllegalArgumentException if the level is below this code's level or not of this scheme
     */
    public DepartmentEconomicCode atLevel(CodeLevel target) {
        int len = CodeText.lengthOfLevel(Scheme.DEPARTMENT_ECONOMIC, target);
        if (len > digits.length()) {
            throw new IllegalArgumentException(digits + " is a " + level.chineseName() + " code; it has no "
                    + target.chineseName() + " ancestor");
        }
        return len == digits.length() ? this : new DepartmentEconomicCode(digits.substring(0, len));
    }

    @Override
    public boolean isAncestorOf(DepartmentEconomicCode other) {
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
    public int compareTo(DepartmentEconomicCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DepartmentEconomicCode && ((DepartmentEconomicCode) obj).value == value && ((DepartmentEconomicCode) obj).digits.length() == digits.length();
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
