package dev.yusuan.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The implementation the four code types share (科目编码的共同实现): the digits, the level,
 * navigation of the hierarchy, order and equality. It is public only so that an expression mixing
 * code types (a conditional choosing a function or an economic code) has an accessible type; write
 * {@link ClassificationCode} in signatures. Sealed: the four code types are its only subclasses, and
 * it cannot be extended outside this package.
 *
 * @param <C> the code type
 */
public abstract sealed class CodeBase<C extends CodeBase<C>>
        permits FunctionCode, DepartmentEconomicCode, GovernmentEconomicCode, RevenueCode {
    private final String digits;
    private final int value;
    private final CodeLevel level;

    CodeBase(Scheme scheme, String digits) {
        this.digits = digits;
        this.value = Integer.parseInt(digits);
        this.level = scheme.levelOfLength(digits.length());
    }

    /**
     * @param digits valid digits of this scheme
     * @return a code of the same type with those digits
     */
    abstract C make(String digits);

    /** @return the scheme of this code */
    public abstract Scheme scheme();

    /** @return the level of this code (类, 款, 项, 目 or a local sub-item) */
    public CodeLevel level() {
        return level;
    }

    /** @return the code one level up, empty for a 类 */
    public Optional<C> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(make(digits.substring(0, digits.length() - 2)));
    }

    /** @return the codes above this one, outermost (the 类) first; empty for a 类 */
    public List<C> ancestors() {
        List<C> out = new ArrayList<>(3);
        for (int len = 3; len < digits.length(); len += 2) {
            out.add(make(digits.substring(0, len)));
        }
        return List.copyOf(out);
    }

    /**
     * The code itself or its ancestor at the given level: a 项 at 类 is its 类.
     *
     * @param target a level of this scheme at or above this code's level
     * @return the code at that level
     * @throws IllegalArgumentException if the level is below this code's level or not of this scheme
     */
    @SuppressWarnings("unchecked")
    public C atLevel(CodeLevel target) {
        int len = CodeText.lengthOfLevel(scheme(), target);
        if (len > digits.length()) {
            throw new IllegalArgumentException(digits + " is a " + level.chineseName() + " code; it has no "
                    + target.chineseName() + " ancestor");
        }
        return len == digits.length() ? (C) this : make(digits.substring(0, len));
    }

    /**
     * @param other another code of the same scheme
     * @return whether this code is a strict ancestor of {@code other}
     */
    public boolean isAncestorOf(C other) {
        Objects.requireNonNull(other, "other");
        String o = ((CodeBase<?>) other).digits;
        return o.length() > digits.length() && o.startsWith(digits);
    }

    /** @return the code split into the printed columns, 类 first */
    public List<String> segments() {
        return CodeText.segments(digits);
    }

    /** @return the code as a number (codes never start with 0) */
    public int toInt() {
        return value;
    }

    /**
     * Natural order is the order of a classification table: a code comes right before its
     * children ({@code 210 < 21001 < 2100101 < 21002}).
     *
     * @param other another code of the same type
     * @return negative, zero or positive
     */
    public int compareTo(C other) {
        return digits.compareTo(((CodeBase<?>) other).digits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass() && ((CodeBase<?>) obj).value == value
                && ((CodeBase<?>) obj).digits.length() == digits.length();
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value) * 31 + digits.length();
    }

    /** @return the canonical digits */
    @Override
    public String toString() {
        return digits;
    }
}
