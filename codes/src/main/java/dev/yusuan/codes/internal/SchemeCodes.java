package dev.yusuan.codes.internal;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import java.util.Optional;

/**
 * Codes of any scheme, told apart by their leading digit, and the names the data files use for
 * schemes and levels. Not exported.
 */
public final class SchemeCodes {
    private SchemeCodes() {
    }

    /**
     * @param text code digits
     * @return the scheme whose leading digit the text has, if any
     */
    public static Optional<Scheme> schemeOf(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Scheme s : Scheme.values()) {
            if (s.leadingDigit() == text.charAt(0)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses strictly as a code of the given scheme.
     *
     * @param scheme the scheme
     * @param text the digits
     * @return the code
     * @throws dev.yusuan.core.code.CodeParseException if the text is not a code of that scheme
     */
    public static ClassificationCode<?> parse(Scheme scheme, String text) {
        switch (scheme) {
            case FUNCTION:
                return FunctionCode.parse(text);
            case DEPARTMENT_ECONOMIC:
                return DepartmentEconomicCode.parse(text);
            case GOVERNMENT_ECONOMIC:
                return GovernmentEconomicCode.parse(text);
            case REVENUE:
                return RevenueCode.parse(text);
            default:
                throw new AssertionError(scheme);
        }
    }

    /**
     * @param scheme a scheme
     * @return the name used for it in data files and edition descriptors
     */
    public static String fileKey(Scheme scheme) {
        switch (scheme) {
            case FUNCTION:
                return "function";
            case DEPARTMENT_ECONOMIC:
                return "economic-dept";
            case GOVERNMENT_ECONOMIC:
                return "economic-gov";
            case REVENUE:
                return "revenue";
            default:
                throw new AssertionError(scheme);
        }
    }

    /**
     * @param key a data-file name of a scheme
     * @return the scheme, if the key names one
     */
    public static Optional<Scheme> fromFileKey(String key) {
        for (Scheme s : Scheme.values()) {
            if (fileKey(s).equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a level as written in a data file: {@code 1}–{@code 4} or 类/款/项/目.
     *
     * @param scheme the scheme of the code
     * @param text the level field
     * @return the level, if the text names one of the scheme's levels
     */
    public static Optional<CodeLevel> level(Scheme scheme, String text) {
        int n;
        switch (text) {
            case "1":
            case "类":
                n = 1;
                break;
            case "2":
            case "款":
                n = 2;
                break;
            case "3":
            case "项":
            case "地方细化":
                n = 3;
                break;
            case "4":
            case "目":
                n = 4;
                break;
            default:
                return Optional.empty();
        }
        return n <= scheme.levels().size() ? Optional.of(scheme.levels().get(n - 1)) : Optional.empty();
    }

    /**
     * @param level a level
     * @return the number written for it in data files: 1 for 类, 2 for 款, 3 for 项 and local sub-items, 4 for 目
     */
    public static int levelNumber(CodeLevel level) {
        return (level.length() - 1) / 2;
    }
}
