package dev.yusuan.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Strict syntax shared by the code types. Package-private. */
final class CodeText {
    private CodeText() {
    }

    static String validate(Scheme scheme, CharSequence input) {
        Objects.requireNonNull(input, "text");
        String s = input.toString();
        if (s.isEmpty()) {
            throw new CodeParseException(scheme, s, 0, CodeParseException.ErrorType.EMPTY, "the text is empty");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new CodeParseException(scheme, s, i, CodeParseException.ErrorType.NOT_A_DIGIT,
                        describe(c) + " is not an ASCII digit"
                                + (LenientCodeParser.isPrintedVariant(c) ? " (LenientCodeParser accepts printed variants)" : ""));
            }
        }
        if (!scheme.hasLength(s.length())) {
            int max = scheme.levels().get(scheme.levels().size() - 1).length();
            throw new CodeParseException(scheme, s, Math.min(s.length(), max), CodeParseException.ErrorType.WRONG_LENGTH,
                    "it has " + s.length() + " digits; a " + scheme.chineseName() + " code has " + scheme.lengthsText());
        }
        if (s.charAt(0) != scheme.leadingDigit()) {
            throw new CodeParseException(scheme, s, 0, CodeParseException.ErrorType.WRONG_SCHEME,
                    "a " + scheme.chineseName() + " code starts with " + scheme.leadingDigit());
        }
        return s;
    }

    static String describe(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                ? String.format("whitespace (U+%04X)", (int) c)
                : String.format("'%c' (U+%04X)", c, (int) c);
    }

    static String fromSegments(Scheme scheme, String... segments) {
        Objects.requireNonNull(segments, "segments");
        if (segments.length == 0 || segments.length > scheme.levels().size()) {
            throw new IllegalArgumentException(scheme.chineseName() + " takes 1 to " + scheme.levels().size()
                    + " segments, got " + segments.length);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String seg = Objects.requireNonNull(segments[i], "segment");
            int expected = i == 0 ? 3 : 2;
            if (seg.length() != expected) {
                String joined = String.join("|", segments);
                int index = sb.length() + i; // position in the joined text
                throw new CodeParseException(scheme, joined, index, CodeParseException.ErrorType.WRONG_SEGMENT,
                        "segment " + (i + 1) + " (" + scheme.levels().get(i).chineseName() + ") is '" + seg + "'; it must have "
                                + expected + " digits");
            }
            sb.append(seg);
        }
        return validate(scheme, sb);
    }

    static List<String> segments(String code) {
        List<String> out = new ArrayList<>(4);
        out.add(code.substring(0, 3));
        for (int i = 3; i < code.length(); i += 2) {
            out.add(code.substring(i, i + 2));
        }
        return List.copyOf(out);
    }

    static <C extends ClassificationCode<C>> C checkLevel(C code, CodeLevel expected) {
        if (code.level() != expected) {
            throw new CodeParseException(code.scheme(), code.toString(), 0, CodeParseException.ErrorType.WRONG_LEVEL,
                    "it is a " + code.level().chineseName() + " code; expected a " + expected.chineseName() + " code of "
                            + lengthOfLevel(code.scheme(), expected) + " digits");
        }
        return code;
    }

    static int lengthOfLevel(Scheme scheme, CodeLevel level) {
        if (!scheme.levels().contains(level)) {
            throw new IllegalArgumentException(scheme.chineseName() + " has no level " + level);
        }
        return level.length();
    }
}
