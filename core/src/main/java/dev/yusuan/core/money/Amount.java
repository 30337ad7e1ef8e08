package dev.yusuan.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContextBuilder;

/**
 * An exact decimal amount as published (金额), keeping the precision it was printed with:
 * {@code 30.0} and {@code 30.00} have the same value but not the same precision, so they are
 * {@link #isEqualTo equal in value} but not {@link #equals equal}. The unit (元, 万元) belongs to
 * the statement or table that holds the amount, not to the number; see {@link AmountUnit}.
 *
 * <p>Held as an unscaled {@code long} and a scale (the number of printed decimals), at most 18
 * significant digits. Arithmetic is exact: a result that does not fit throws
 * {@link AmountException} ({@link AmountException.Kind#OVERFLOW}), never wraps; a change of
 * precision that loses digits needs an explicit {@link RoundingMode}. No floating point is used.
 *
 * <p>A printed value stands for an interval: {@link #roundingRadius()} is half a unit of its last
 * printed place (±0.005 for {@code 12.34}).
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Amount implements Comparable<Amount> {
    /** The largest scale (number of decimals) an amount may have. */
    public static final int MAX_SCALE = 12;
    /** The smallest scale; negative scales arise from exact unit conversion (1.23 万元 = 12300 元 at scale -2). */
    public static final int MIN_SCALE = -12;
    /** The largest number of significant digits of a parsed amount. */
    public static final int MAX_DIGITS = 18;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Zero printed without decimals ({@code "0"}). */
    public static final Amount ZERO = new Amount(0, 0);

    private final long unscaled;
    private final int scale;

    private Amount(long unscaled, int scale) {
        this.unscaled = unscaled;
        this.scale = scale;
    }

    /**
     * An amount from its unscaled value and scale: {@code of(168348, 2)} is {@code 1683.48}.
     *
     * @param unscaledValue the digits as a whole number
     * @param scale the number of decimals, {@value #MIN_SCALE} to {@value #MAX_SCALE}
     * @return the amount
     * @throws AmountException if the scale is out of range
     */
    public static Amount of(long unscaledValue, int scale) {
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            checkScale(scale, unscaledValue + "E" + (-scale));
        }
        if (unscaledValue == Long.MIN_VALUE) {
            throw new AmountException(AmountException.Kind.OVERFLOW, Long.toString(unscaledValue), "amount out of range");
        }
        return new Amount(unscaledValue, scale);
    }

    /**
     * A whole amount with no decimals: {@code of(399)} is {@code 399}.
     *
     * @param whole the value
     * @return the amount
     */
    public static Amount of(long whole) {
        return of(whole, 0);
    }

    /**
     * An amount from a {@link BigDecimal}, keeping its scale exactly ({@code 30.0} stays at one decimal).
     *
     * @param value the value
     * @return the amount
     * @throws AmountException if the value needs more than {@value #MAX_DIGITS} digits or its scale is out of range
     */
    public static Amount of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        checkScale(value.scale(), value.toPlainString());
        BigInteger u = value.unscaledValue();
        if (u.bitLength() > 63 || u.abs().compareTo(BigInteger.valueOf(POW10[18])) >= 0) {
            throw new AmountException(AmountException.Kind.OVERFLOW, value.toPlainString(),
                    "amount " + value.toPlainString() + " has more than " + MAX_DIGITS + " significant digits");
        }
        return new Amount(u.longValue(), value.scale());
    }

    /**
     * Parses a plain decimal as written in data files: an optional {@code -}, digits, and an
     * optional fraction ({@code "1683.48"}, {@code "30.0"}, {@code "-5"}, {@code "0.00"}). No
     * {@code +}, exponent, thousands separator, space or full-width digit; see
     * {@link #parsePrinted} for printed variants.
     *
     * @param text the decimal
     * @return the amount, with as many decimals as written
     * @throws AmountException if the text is not such a decimal, or has more than
     *     {@value #MAX_DIGITS} digits or more than {@value #MAX_SCALE} decimals
     */
    public static Amount parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int n = s.length();
        if (n == 0) {
            throw parseError(s, 0, "the text is empty");
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long value = 0;
        int digits = 0;
        int significant = 0;
        int scale = 0;
        boolean point = false;
        int start = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (point) {
                    throw parseError(s, i, "a second decimal point");
                }
                if (i == start) {
                    throw parseError(s, i, "no digit before the decimal point");
                }
                point = true;
                continue;
            }
            if (c < '0' || c > '9') {
                throw parseError(s, i, describe(c) + " is not a digit");
            }
            digits++;
            if (significant > 0 || c != '0') {
                significant++;
            }
            if (significant > MAX_DIGITS) {
                throw new AmountException(AmountException.Kind.OVERFLOW, s,
                        "amount '" + s + "' has more than " + MAX_DIGITS + " significant digits");
            }
            value = value * 10 + (c - '0');
            if (point) {
                scale++;
                if (scale > MAX_SCALE) {
                    throw new AmountException(AmountException.Kind.SCALE, s,
                            "amount '" + s + "' has more than " + MAX_SCALE + " decimals");
                }
            }
        }
        if (digits == 0) {
            throw parseError(s, i, "no digits");
        }
        if (point && scale == 0) {
            throw parseError(s, n, "no digit after the decimal point");
        }
        if (negative && digits == 1 && value == 0 && scale == 0) {
            // "-0" is accepted as zero: the sign of zero carries no meaning
            return new Amount(0, 0);
        }
        return new Amount(negative ? -value : value, scale);
    }

    /**
     * Parses an amount as printed in a published table: like {@link #parse} but also accepting
     * thousands separators ({@code "1,683.48"}), surrounding whitespace, full-width digits and a
     * full-width or Unicode minus. The printed precision is kept.
     *
     * @param text the printed amount
     * @return the amount
     * @throws AmountException if the text is not an amount even after normalisation
     */
    public static Amount parsePrinted(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        StringBuilder sb = new StringBuilder(s.length());
        int lastComma = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                sb.append((char) ('0' + (c - '\uFF10')));
            } else if (c == ',' || c == '，') {
                if (sb.length() == 0 || lastComma >= 0 && sb.length() - lastComma != 3) {
                    throw parseError(text.toString(), i, "a misplaced thousands separator");
                }
                lastComma = sb.length();
            } else if (c == '\u2212' || c == '－') {
                sb.append('-');
            } else if (c == '．') {
                sb.append('.');
            } else {
                if (c == '.' && lastComma >= 0 && sb.length() - lastComma != 3) {
                    throw parseError(text.toString(), i, "a misplaced thousands separator");
                }
                sb.append(c);
            }
        }
        try {
            return parse(sb);
        } catch (AmountException e) {
            throw new AmountException(e.kind(), text.toString(), "amount '" + text + "': " + e.getMessage());
        }
    }

    private static AmountException parseError(String s, int index, String why) {
        return new AmountException(AmountException.Kind.PARSE, s, "amount '" + s + "' at index " + index + ": " + why);
    }

    private static String describe(char c) {
        return String.format("'%c' (U+%04X)", c, (int) c);
    }

    private static void checkScale(int scale, String input) {
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new AmountException(AmountException.Kind.SCALE, input,
                    "scale " + scale + " of " + input + " is outside " + MIN_SCALE + ".." + MAX_SCALE);
        }
    }

    /** @return the digits as a whole number ({@code 168348} for {@code 1683.48}) */
    public long unscaledValue() {
        return unscaled;
    }

    /** @return the number of printed decimals ({@code 2} for {@code 1683.48}, {@code 0} for {@code 399}) */
    public int scale() {
        return scale;
    }

    /** @return -1, 0 or 1 */
    public int signum() {
        return Long.signum(unscaled);
    }

    /** @return whether the value is zero, at any precision */
    public boolean isZero() {
        return unscaled == 0;
    }

    /** @return the exact value as a {@link BigDecimal} with this amount's scale */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * Adds exactly. The result has the larger of the two scales.
     *
     * @param other the amount to add
     * @return the sum
     * @throws AmountException if the sum does not fit
     */
    public Amount plus(Amount other) {
        Objects.requireNonNull(other, "other");
        if (scale == other.scale) {
            return new Amount(addExact(unscaled, other.unscaled), scale);
        }
        int s = Math.max(scale, other.scale);
        return new Amount(addExact(rescale(unscaled, s - scale), rescale(other.unscaled, s - other.scale)), s);
    }

    /**
     * Subtracts exactly. The result has the larger of the two scales.
     *
     * @param other the amount to subtract
     * @return the difference
     * @throws AmountException if the difference does not fit
     */
    public Amount minus(Amount other) {
        return plus(other.negate());
    }

    /** @return this amount with the opposite sign, same precision */
    public Amount negate() {
        return new Amount(-unscaled, scale);
    }

    /** @return the absolute value, same precision */
    public Amount abs() {
        return unscaled < 0 ? negate() : this;
    }

    /**
     * Sums amounts exactly; the result has the largest scale among them (0 for none).
     *
     * @param amounts the amounts
     * @return their sum
     * @throws AmountException if the sum does not fit
     */
    public static Amount sum(Iterable<Amount> amounts) {
        Amount total = ZERO;
        for (Amount a : amounts) {
            total = total.plus(a);
        }
        return total;
    }

    /**
     * The same value at another precision, exactly: {@code 30.0} at scale 2 is {@code 30.00}.
     *
     * @param newScale the number of decimals
     * @return the amount at that scale
     * @throws AmountException if digits would be lost ({@link AmountException.Kind#ROUNDING_NECESSARY})
     *     or the result does not fit
     */
    public Amount withScale(int newScale) {
        return withScale(newScale, RoundingMode.UNNECESSARY);
    }

    /**
     * The value at another precision, rounding with the given mode when digits are dropped.
     *
     * @param newScale the number of decimals
     * @param rounding how to round; {@link RoundingMode#UNNECESSARY} throws when digits would be lost
     * @return the amount at that scale
     * @throws AmountException if rounding is necessary under {@code UNNECESSARY}, or the result does not fit
     */
    public Amount withScale(int newScale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        checkScale(newScale, toString());
        if (newScale == scale) {
            return this;
        }
        if (newScale > scale) {
            return new Amount(rescale(unscaled, newScale - scale), newScale);
        }
        try {
            return of(toBigDecimal().setScale(newScale, rounding));
        } catch (ArithmeticException e) {
            throw new AmountException(AmountException.Kind.ROUNDING_NECESSARY, toString(),
                    "amount " + this + " cannot be written with " + newScale + " decimals without rounding");
        }
    }

    /**
     * Converts between units exactly, moving the decimal point: {@code 1683.48} 万元 is
     * {@code 16834800} 元 (held at scale -2, so its precision is still ±50 元).
     *
     * @param from the unit this amount is in
     * @param to the unit wanted
     * @return the same value in the other unit
     * @throws AmountException if the scale goes out of range
     */
    public Amount convert(AmountUnit from, AmountUnit to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int newScale = scale - (from.exponent() - to.exponent());
        checkScale(newScale, toString());
        return new Amount(unscaled, newScale);
    }

    /**
     * Half a unit of the last printed place: the radius of the interval this printed value stands
     * for ({@code 0.005} for {@code 12.34}, {@code 0.5} for {@code 399}).
     *
     * @return the rounding radius, at scale {@code scale() + 1}
     */
    public Amount roundingRadius() {
        return new Amount(5, scale + 1);
    }

    /**
     * Compares values, ignoring precision: {@code 30.0} compares equal to {@code 30.00}.
     *
     * @param other the amount to compare with
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Amount other) {
        if (scale == other.scale) {
            return Long.compare(unscaled, other.unscaled);
        }
        return toBigDecimal().compareTo(other.toBigDecimal());
    }

    /**
     * @param other another amount
     * @return whether the two have the same value, whatever their precision
     */
    public boolean isEqualTo(Amount other) {
        return compareTo(other) == 0;
    }

    /**
     * Converts to a JSR-354 {@link MonetaryAmount} in CNY, in 元, exactly (the API edge).
     *
     * @param unit the unit this amount is in
     * @return the amount in 元, currency CNY
     */
    public MonetaryAmount toMonetaryAmount(AmountUnit unit) {
        BigDecimal yuan = convert(unit, AmountUnit.YUAN).toBigDecimal();
        return Monetary.getDefaultAmountFactory()
                .setCurrency(MoneyContext.CNY)
                .setNumber(yuan)
                .setContext(MonetaryContextBuilder.of().setPrecision(0).set(RoundingMode.UNNECESSARY).build())
                .create();
    }

    /**
     * Converts a JSR-354 amount in CNY to an amount in the given unit, exactly, keeping the
     * amount's own scale shifted by the unit ({@code 16834800} 元 in 万元 is {@code 1683.4800}).
     *
     * @param money a monetary amount in CNY
     * @param unit the unit wanted
     * @return the amount in that unit
     * @throws AmountException if the currency is not CNY or the value does not fit
     */
    public static Amount from(MonetaryAmount money, AmountUnit unit) {
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(unit, "unit");
        if (!MoneyContext.CNY.equals(money.getCurrency().getCurrencyCode())) {
            throw new AmountException(AmountException.Kind.CURRENCY, money.toString(),
                    "amount " + money + " is not in CNY");
        }
        BigDecimal yuan = money.getNumber().numberValueExact(BigDecimal.class);
        return of(yuan.scale() < 0 ? yuan.setScale(0) : yuan).convert(AmountUnit.YUAN, unit);
    }

    /**
     * Equal when value <em>and</em> precision are equal ({@code 30.0} is not {@code 30.00}); use
     * {@link #isEqualTo} to compare values.
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Amount && ((Amount) obj).unscaled == unscaled && ((Amount) obj).scale == scale;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(unscaled) * 31 + scale;
    }

    /** @return the plain decimal with its printed decimals ({@code "1683.48"}, {@code "30.0"}) */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }

    static long rescale(long value, int by) {
        if (by == 0) {
            return value;
        }
        if (by >= POW10.length) {
            if (value == 0) {
                return 0;
            }
            throw new AmountException(AmountException.Kind.OVERFLOW, Long.toString(value), "amount out of range");
        }
        try {
            return Math.multiplyExact(value, POW10[by]);
        } catch (ArithmeticException e) {
            throw new AmountException(AmountException.Kind.OVERFLOW, Long.toString(value),
                    "amount " + value + "E-" + by + " out of range after rescaling");
        }
    }

    private static long addExact(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new AmountException(AmountException.Kind.OVERFLOW, a + " + " + b, "sum overflows the exact amount range");
        }
        return r;
    }
}
