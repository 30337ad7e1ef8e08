package dev.yusuan.codes;

import dev.yusuan.core.BudgetException;
import dev.yusuan.codes.internal.Csv;
import dev.yusuan.codes.internal.SchemeCodes;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.Scheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An {@code edition.properties} file: {@code key=value} lines in UTF-8, {@code #} comments. Read
 * by hand (not with {@code java.util.Properties}) so that errors name the line. Package-private.
 *
 * @param edition the edition identity
 * @param files scheme file key (function, economic-dept, economic-gov, revenue, economic-mapping) → relative path
 * @param completeness declared completeness per scheme and level
 * @param extendsYear the year of the bundled edition this one extends, if any
 */
record EditionDescriptor(Edition edition, Map<String, String> files, Map<Scheme, Map<CodeLevel, Completeness>> completeness,
        Optional<Integer> extendsYear) {

    static final String MAPPING_KEY = "economic-mapping";

    static EditionDescriptor parse(String resource, byte[] bytes) {
        String text = Csv.decodeUtf8(resource, bytes);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            int no = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new CatalogException(resource, no, "expected key=value, got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (values.containsKey(key)) {
                throw new CatalogException(resource, no, "key '" + key + "' is given twice (first at line " + lines.get(key) + ")");
            }
            if (!known(key)) {
                throw new CatalogException(resource, no, "unknown key '" + key
                        + "' (known: id, year, title, data.version, source.N, file.<scheme>, completeness.<scheme>, extends)");
            }
            values.put(key, value);
            lines.put(key, no);
        }
        String id = require(resource, values, "id");
        String yearText = require(resource, values, "year");
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new CatalogException(resource, lines.get("year"), "year '" + yearText + "' is not a number");
        }
        if (year < 1990 || year > 2100) {
            throw new CatalogException(resource, lines.get("year"), "year " + year + " is outside 1990..2100");
        }
        String title = require(resource, values, "title");
        String version = require(resource, values, "data.version");
        Map<Integer, String> sources = new TreeMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<Scheme, Map<CodeLevel, Completeness>> completeness = new EnumMap<>(Scheme.class);
        Optional<Integer> extendsYear = Optional.empty();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            int no = lines.get(key);
            if (key.startsWith("source.")) {
                try {
                    sources.put(Integer.parseInt(key.substring(7)), e.getValue());
                } catch (NumberFormatException ex) {
                    throw new CatalogException(resource, no, "a source key is source.<number>, got '" + key + "'");
                }
            } else if (key.startsWith("file.")) {
                String k = key.substring(5);
                if (!k.equals(MAPPING_KEY) && SchemeCodes.fromFileKey(k).isEmpty()) {
                    throw new CatalogException(resource, no, "unknown file key '" + key
                            + "' (file.function, file.economic-dept, file.economic-gov, file.revenue, file.economic-mapping)");
                }
                files.put(k, e.getValue());
            } else if (key.startsWith("completeness.")) {
                String k = key.substring(13);
                Optional<Scheme> scheme = SchemeCodes.fromFileKey(k);
                if (scheme.isEmpty()) {
                    throw new CatalogException(resource, no, "unknown scheme '" + k + "' (function, economic-dept, economic-gov, revenue)");
                }
                Scheme s = scheme.get();
                completeness.put(s, completeness(resource, no, s, e.getValue()));
            } else if (key.equals("extends")) {
                try {
                    extendsYear = Optional.of(Integer.parseInt(e.getValue()));
                } catch (NumberFormatException ex) {
                    throw new CatalogException(resource, no, "extends must name the year of a bundled edition, got '" + e.getValue() + "'");
                }
            }
        }
        Edition edition;
        try {
            edition = new Edition(id, year, title, version, new ArrayList<>(sources.values()));
        } catch (BudgetException ex) {
            throw new CatalogException(resource, 0, ex.getMessage(), ex);
        }
        return new EditionDescriptor(edition, files, completeness, extendsYear);
    }

    private static boolean known(String key) {
        return key.equals("id") || key.equals("year") || key.equals("title") || key.equals("data.version") || key.equals("extends")
                || key.startsWith("source.") || key.startsWith("file.") || key.startsWith("completeness.");
    }

    private static String require(String resource, Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new CatalogException(resource, 0, "the required key '" + key + "' is missing or empty");
        }
        return v;
    }

    /** Parses {@code 类:COMPLETE,款:PARTIAL,项:PARTIAL}. */
    private static Map<CodeLevel, Completeness> completeness(String resource, int line, Scheme scheme, String value) {
        Map<CodeLevel, Completeness> out = new EnumMap<>(CodeLevel.class);
        for (String part : value.split(",")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            if (colon <= 0) {
                throw new CatalogException(resource, line, "expected level:COMPLETENESS pairs such as 类:COMPLETE, got '" + p + "'");
            }
            String levelText = p.substring(0, colon).strip();
            Optional<CodeLevel> parsed = SchemeCodes.level(scheme, levelText);
            if (parsed.isEmpty()) {
                throw new CatalogException(resource, line, "'" + levelText + "' is not a level of the " + scheme.chineseName());
            }
            CodeLevel level = parsed.get();
            String c = p.substring(colon + 1).strip();
            try {
                out.put(level, Completeness.valueOf(c));
            } catch (IllegalArgumentException e) {
                throw new CatalogException(resource, line, "'" + c + "' is not COMPLETE, PARTIAL or ABSENT");
            }
        }
        return out;
    }
}
