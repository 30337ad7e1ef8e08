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
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
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
