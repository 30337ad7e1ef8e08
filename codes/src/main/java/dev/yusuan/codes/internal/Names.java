package dev.yusuan.codes.internal;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Name normalisation for comparing printed names with catalog names: Unicode NFKC (full-width
 * parentheses and digits become ASCII, so {@code 维修（护）费} equals {@code 维修(护)费}) and all
 * whitespace removed (PDF extraction often splits a name, {@code 机关事业单位基本养老保险缴 费支出}).
 * Nothing else is changed: a different character is a different name. Not exported.
 */
public final class Names {
    private Names() {
    }

    /**
     * @param name a name as printed
     * @return the comparison key
     */
    public static String normalise(String name) {
        Objects.requireNonNull(name, "name");
        String fast = simple(name);
        if (fast != null) {
            return fast;
        }
        return stripSpaces(Normalizer.normalize(name, Normalizer.Form.NFKC));
    }

    /**
     * The key of a name made only of ASCII, CJK unified ideographs (U+4E00–U+9FFF), the
     * ideographic space and the full-width ASCII variants (U+FF01–U+FF5E): what NFKC gives for
     * them (a full-width form becomes its ASCII character, the ideographic space a space, the
     * others are unchanged), without the cost of the normaliser. Null for any other name.
     */
    static String simple(String name) {
        int n = name.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            char k;
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF)) {
                k = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                k = (char) (c - 0xFEE0);
            } else if (c == 0x3000) {
                k = ' ';
            } else {
                return null;
            }
            if (k != c || isSpace(k)) {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(name, 0, i);
                }
                if (!isSpace(k)) {
                    sb.append(k);
                }
            } else if (sb != null) {
                sb.append(k);
            }
        }
        return sb == null ? name : sb.toString();
    }

    private static String stripSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * @param a a name
     * @param b another name
     * @return whether they are equal after {@link #normalise}
     */
    public static boolean equivalent(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
