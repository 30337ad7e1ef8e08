package dev.yusuan.json.internal;

import dev.yusuan.core.money.Amount;

/**
 * The amount syntax of the format, read from and written to characters without intermediate
 * objects: an optional {@code -}, an integer part without leading zeros ({@code 0} or a non-zero
 * digit followed by digits), and an optional {@code .} followed by 1 to {@value #MAX_DECIMALS}
 * digits; at most {@value #MAX_DIGITS} significant digits; no {@code -} on a zero.
 */
public final class Amounts {
    /** The largest number of decimals an amount may have in the format. */
    public static final int MAX_DECIMALS = 6;
    /** The largest number of significant digits. */
    public static final int MAX_DIGITS = 18;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Amounts() {
    }

    /**
     * The result of {@link #parse}: the unscaled value and scale, or why the text is not an amount.
     * Reused across calls to avoid allocation. Not thread-safe.
     */
    public static final class Parsed {
        /** The unscaled value. */
        public long unscaled;
        /** The number of decimals. */
        public int scale;
        /** Why the text is not an amount, or null. */
        public String error;
    }

    /**
     * Parses an amount.
     *
     * @param c the characters
     * @param off the first character
     * @param len the number of characters
     * @param out where the result goes
     * @return whether the text is an amount; otherwise {@code out.error} says why
     */
    public static boolean parse(char[] c, int off, int len, Parsed out) {
        return parse(c, off, len, MAX_DECIMALS, out);
    }

    /**
     * Parses an amount with a given limit on decimals.
     *
     * @param c the characters
     * @param off the first character
     * @param len the number of characters
     * @param maxDecimals the largest number of decimals allowed
     * @param out where the result goes
     * @return whether the text is an amount; otherwise {@code out.error} says why
     */
    public static boolean parse(char[] c, int off, int len, int maxDecimals, Parsed out) {
        out.error = null;
        int end = off + len;
        int i = off;
        if (len == 0) {
            return fail(out, "it is empty");
        }
        boolean negative = false;
        if (c[i] == '-') {
            negative = true;
            i++;
            if (i == end) {
                return fail(out, "there is no digit after '-'");
            }
        }
        if (c[i] < '0' || c[i] > '9') {
            return fail(out, describe(c[i]) + " at index " + (i - off) + " is not a digit");
        }
        long value = 0;
        int significant = 0;
        if (c[i] == '0') {
            i++;
            if (i < end && c[i] >= '0' && c[i] <= '9') {
                return fail(out, "the integer part has a leading zero");
            }
        } else {
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                if (++significant > MAX_DIGITS) {
                    return fail(out, "it has more than " + MAX_DIGITS + " significant digits");
                }
                value = value * 10 + (c[i] - '0');
                i++;
            }
        }
        int scale = 0;
        if (i < end && c[i] == '.') {
            i++;
            int start = i;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                if (i - start >= maxDecimals) {
                    return fail(out, "it has more than " + maxDecimals + " decimals");
                }
                if (significant > 0 || c[i] != '0') {
                    if (++significant > MAX_DIGITS) {
                        return fail(out, "it has more than " + MAX_DIGITS + " significant digits");
                    }
                }
                value = value * 10 + (c[i] - '0');
                i++;
            }
            scale = i - start;
            if (scale == 0) {
                return fail(out, "there is no digit after the decimal point");
            }
        }
        if (i < end) {
            return fail(out, describe(c[i]) + " at index " + (i - off) + " is not allowed (write a plain decimal such as 1683.48)");
        }
        if (negative && value == 0) {
            return fail(out, "a zero is written without '-'");
        }
        out.unscaled = negative ? -value : value;
        out.scale = scale;
        return true;
    }

    private static boolean fail(Parsed out, String why) {
        out.error = why;
        return false;
    }

    private static String describe(char ch) {
        if (ch >= 0x20 && ch < 0x7F) {
            return "'" + ch + "'";
        }
        return String.format("U+%04X", (int) ch);
    }

    /**
     * Why an amount cannot be written in the format, or null if it can.
     *
     * @param a the amount
     * @return the reason, or null
     */
    public static String unwritable(Amount a) {
        return unwritable(a, MAX_DECIMALS);
    }

    /**
     * Why an amount cannot be written with at most the given decimals, or null if it can.
     *
     * @param a the amount
     * @param maxDecimals the largest number of decimals allowed
     * @return the reason, or null
     */
    public static String unwritable(Amount a, int maxDecimals) {
        if (a.scale() < 0) {
            return "amount " + a.unscaledValue() + "E" + (-a.scale()) + " has a negative scale; the format writes amounts with 0 to "
                    + MAX_DECIMALS + " decimals (set its scale with Amount.withScale first)";
        }
        if (a.scale() > maxDecimals) {
            return "amount " + a + " has " + a.scale() + " decimals; the format allows at most " + maxDecimals;
        }
        long u = a.unscaledValue();
        if (u >= POW10[18] || u <= -POW10[18]) {
            return "amount " + a + " has more than " + MAX_DIGITS + " significant digits";
        }
        return null;
    }

    /**
     * Formats an unscaled value and a scale (0..12) into a buffer of at least 32 characters.
     *
     * @param unscaled the unscaled value, |unscaled| &lt; 10^18
     * @param scale the number of decimals
     * @param buf the buffer
     * @return the number of characters written from index 0
     */
    public static int format(long unscaled, int scale, char[] buf) {
        boolean negative = unscaled < 0;
        long v = negative ? -unscaled : unscaled;
        // write digits right to left into the end of buf, then move
        int pos = buf.length;
        int digits = 0;
        do {
            buf[--pos] = (char) ('0' + (v % 10));
            v /= 10;
            digits++;
            if (digits == scale) {
                if (v == 0) {
                    buf[--pos] = '.';
                    buf[--pos] = '0';
                    break;
                }
                buf[--pos] = '.';
            }
        } while (v != 0 || digits < scale);
        if (negative) {
            buf[--pos] = '-';
        }
        int n = buf.length - pos;
        System.arraycopy(buf, pos, buf, 0, n);
        return n;
    }

    /**
     * @param unscaled the unscaled value
     * @param scale the scale, 0..{@value #MAX_DECIMALS}
     * @return the amount as the format writes it
     */
    public static String formatted(long unscaled, int scale) {
        char[] buf = new char[32];
        return new String(buf, 0, format(unscaled, scale, buf));
    }
}
