package dev.yusuan.testing.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/** Readable text for values in failure reports: strings quoted, containers expanded, arrays shown. */
final class Describe {

    private static final int MAX_LENGTH = 2_000;

    private Describe() {
    }

    static String value(Object value) {
        String text;
        try {
            text = describe(value, 0);
        } catch (RuntimeException e) {
            text = "<toString() failed: " + e + ">";
        }
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH) + "... (" + text.length() + " characters)";
        }
        return text;
    }

    private static String describe(Object value, int depth) {
        if (depth > 20) {
            return "...";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            return quote(value.toString(), '"');
        }
        if (value instanceof Character) {
            return quote(value.toString(), '\'');
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value.getClass().isArray()) {
            return array(value, depth);
        }
        if (value instanceof Collection) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            for (Object element : (Collection<?>) value) {
                out.add(describe(element, depth + 1));
            }
            return out.toString();
        }
        if (value instanceof Map) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            for (Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) value).entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> entry = it.next();
                out.add(describe(entry.getKey(), depth + 1) + "=" + describe(entry.getValue(), depth + 1));
            }
            return out.toString();
        }
        return String.valueOf(value);
    }

    private static String array(Object array, int depth) {
        int length = java.lang.reflect.Array.getLength(array);
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < length; i++) {
            out.add(describe(java.lang.reflect.Array.get(array, i), depth + 1));
        }
        return out.toString();
    }

    private static String quote(String text, char quote) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                default:
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append(quote).toString();
    }
}
