package dev.yusuan.core.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A forgiving parser for importers of printed tables (印刷体科目编码): it accepts the variants that
 * real documents print and reports every normalisation it made, so that an importer can log or
 * reject them. The strict factories ({@link FunctionCode#parse}) accept none of these variants.
 *
 * <p>Accepted variants:
 * <ul>
 *   <li>full-width digits ({@code ２１０１５０１}) — {@link Normalisation#FULL_WIDTH_DIGITS};</li>
 *   <li>spaces, tabs, ideographic and no-break spaces around or inside the code —
 *       {@link Normalisation#WHITESPACE_REMOVED};</li>
 *   <li>segments joined by {@code | - . / 、} ({@code 210|15|01}) —
 *       {@link Normalisation#SEPARATORS_REMOVED};</li>
 *   <li>split columns where a 款 or 项 is printed with one digit ({@code 210 | 15 | 2} for
 *       {@code 2101502}) — {@link Normalisation#SEGMENT_ZERO_PADDED}.</li>
 * </ul>
 * After normalisation the strict rules apply and a failure is a {@link CodeParseException} naming
 * the original input. Stateless and thread-safe.
 */
public final class LenientCodeParser {

    /** A change the lenient parser made to the printed text. */
    public enum Normalisation {
        /** Full-width digits (U+FF10–U+FF19) were read as ASCII digits. */
        FULL_WIDTH_DIGITS,
        /** Whitespace was removed. */
        WHITESPACE_REMOVED,
        /** Separators between segments were removed. */
        SEPARATORS_REMOVED,
        /** A one-digit 款/项/目 segment was padded with a leading zero. */
        SEGMENT_ZERO_PADDED
    }

    /**
     * The result of a lenient parse: the code, the text it came from and what was normalised.
     *
     * @param <C> the code type
     * @param code the parsed code
     * @param input the text as given (for split columns, joined with {@code |})
     * @param normalisations what was changed; empty when the input was already canonical
     */
    public record Result<C extends ClassificationCode<C>>(C code, String input, Set<Normalisation> normalisations) {
        /** Validates and copies. */
        public Result {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(input, "input");
            normalisations = Set.copyOf(normalisations);
        }

        /** @return whether the input was already in canonical form */
        public boolean isCanonical() {
            return normalisations.isEmpty();
        }
    }

    private LenientCodeParser() {
    }

    /**
     * Leniently parses a function code written in one cell.
     *
     * @param text the printed code
     * @return the code and what was normalised
     * @throws CodeParseException if the text is not a function code even after normalisation
     */
    public static Result<FunctionCode> parseFunction(CharSequence text) {
        return parse(Scheme.FUNCTION, text, FunctionCode::parse);
    }

    /**
     * Leniently parses a function code printed over split columns (类 | 款 | 项); blank trailing
     * columns are allowed ({@code "210", "15", ""} is the 款 {@code 21015}).
     *
     * @param segments the printed columns, 类 first
     * @return the code and what was normalised
     * @throws CodeParseException if the columns do not form a function code
     */
    public static Result<FunctionCode> parseFunction(String... segments) {
        return parseSegments(Scheme.FUNCTION, segments, FunctionCode::parse);
    }

    /**
     * Leniently parses a 部门预算支出经济分类 code.
     *
     * @param text the printed code
     * @return the code and what was normalised
     * @throws CodeParseException if the text is not such a code even after normalisation
     */
    public static Result<DepartmentEconomicCode> parseDepartmentEconomic(CharSequence text) {
        return parse(Scheme.DEPARTMENT_ECONOMIC, text, DepartmentEconomicCode::parse);
    }

    /**
     * Leniently parses a 部门预算支出经济分类 code printed over split columns (类 | 款).
     *
     * @param segments the printed columns, 类 first
     * @return the code and what was normalised
     * @throws CodeParseException if the columns do not form such a code
     */
    public static Result<DepartmentEconomicCode> parseDepartmentEconomic(String... segments) {
        return parseSegments(Scheme.DEPARTMENT_ECONOMIC, segments, DepartmentEconomicCode::parse);
    }

    /**
     * Leniently parses a 政府预算支出经济分类 code.
     *
     * @param text the printed code
     * @return the code and what was normalised
     * @throws CodeParseException if the text is not such a code even after normalisation
     */
    public static Result<GovernmentEconomicCode> parseGovernmentEconomic(CharSequence text) {
        return parse(Scheme.GOVERNMENT_ECONOMIC, text, GovernmentEconomicCode::parse);
    }

    /**
     * Leniently parses a 收入分类 code.
     *
     * @param text the printed code
     * @return the code and what was normalised
     * @throws CodeParseException if the text is not such a code even after normalisation
     */
    public static Result<RevenueCode> parseRevenue(CharSequence text) {
        return parse(Scheme.REVENUE, text, RevenueCode::parse);
    }

    static boolean isPrintedVariant(char c) {
        return (c >= '\uFF10' && c <= '\uFF19') || isSpace(c) || isSeparator(c);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u3000';
    }

    private static boolean isSeparator(char c) {
        return c == '|' || c == '-' || c == '.' || c == '/' || c == '、' || c == '｜' || c == '－' || c == '．';
    }

    private static <C extends ClassificationCode<C>> Result<C> parse(Scheme scheme, CharSequence text, Function<String, C> strict) {
        Objects.requireNonNull(text, "text");
        String input = text.toString();
        EnumSet<Normalisation> done = EnumSet.noneOf(Normalisation.class);
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean separated = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                current.append((char) ('0' + (c - '\uFF10')));
                done.add(Normalisation.FULL_WIDTH_DIGITS);
            } else if (c >= '0' && c <= '9') {
                current.append(c);
            } else if (isSpace(c) || isSeparator(c)) {
                done.add(isSpace(c) ? Normalisation.WHITESPACE_REMOVED : Normalisation.SEPARATORS_REMOVED);
                if (isSeparator(c)) {
                    separated = true;
                }
                if (current.length() > 0) {
                    segments.add(current.toString());
                    current.setLength(0);
                }
            } else {
                throw new CodeParseException(scheme, input, i, CodeParseException.ErrorType.NOT_A_DIGIT,
                        CodeText.describe(c) + " is not a digit, a space or a separator");
            }
        }
        if (current.length() > 0) {
            segments.add(current.toString());
        }
        String digits;
        if (segments.size() > 1 && (separated || segments.stream().allMatch(s -> s.length() <= 3))) {
            digits = joinSegments(scheme, input, segments, done);
        } else {
            digits = String.join("", segments);
        }
        return finish(scheme, input, digits, done, strict);
    }

    private static <C extends ClassificationCode<C>> Result<C> parseSegments(Scheme scheme, String[] segments, Function<String, C> strict) {
        Objects.requireNonNull(segments, "segments");
        String input = String.join("|", segments);
        EnumSet<Normalisation> done = EnumSet.noneOf(Normalisation.class);
        List<String> cleaned = new ArrayList<>();
        boolean blankSeen = false;
        int offset = 0;
        for (String segment : segments) {
            Objects.requireNonNull(segment, "segment");
            String s = normaliseDigits(scheme, input, offset, segment, done);
            if (s.isEmpty()) {
                blankSeen = true;
            } else if (blankSeen) {
                throw new CodeParseException(scheme, input, offset, CodeParseException.ErrorType.WRONG_SEGMENT,
                        "a segment follows a blank segment");
            } else {
                cleaned.add(s);
            }
            offset += segment.length() + 1;
        }
        if (cleaned.isEmpty()) {
            throw new CodeParseException(scheme, input, 0, CodeParseException.ErrorType.EMPTY, "every segment is blank");
        }
        return finish(scheme, input, joinSegments(scheme, input, cleaned, done), done, strict);
    }

    private static String normaliseDigits(Scheme scheme, String input, int offset, String segment, EnumSet<Normalisation> done) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                sb.append((char) ('0' + (c - '\uFF10')));
                done.add(Normalisation.FULL_WIDTH_DIGITS);
            } else if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (isSpace(c)) {
                done.add(Normalisation.WHITESPACE_REMOVED);
            } else {
                throw new CodeParseException(scheme, input, offset + i, CodeParseException.ErrorType.NOT_A_DIGIT,
                        CodeText.describe(c) + " is not a digit");
            }
        }
        return sb.toString();
    }

    private static String joinSegments(Scheme scheme, String input, List<String> segments, EnumSet<Normalisation> done) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            int expected = i == 0 ? 3 : 2;
            if (i > 0 && s.length() == 1) {
                s = "0" + s;
                done.add(Normalisation.SEGMENT_ZERO_PADDED);
            }
            if (s.length() != expected) {
                throw new CodeParseException(scheme, input, Math.max(0, input.indexOf(segments.get(i))),
                        CodeParseException.ErrorType.WRONG_SEGMENT,
                        "segment " + (i + 1) + " is '" + segments.get(i) + "'; it must have " + expected + " digits");
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static <C extends ClassificationCode<C>> Result<C> finish(Scheme scheme, String input, String digits,
            EnumSet<Normalisation> done, Function<String, C> strict) {
        try {
            return new Result<>(strict.apply(digits), input, done);
        } catch (CodeParseException e) {
            throw new CodeParseException(scheme, input, Math.min(e.errorIndex(), input.length()), e.errorType(),
                    "after normalising to '" + digits + "': " + e.getMessage());
        }
    }
}
