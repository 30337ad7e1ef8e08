package dev.yusuan.codes;

import dev.yusuan.codes.internal.Csv;
import dev.yusuan.codes.internal.SchemeCodes;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Reads the catalog CSV format (see DATA.md) into rows, checking each row. Package-private. */
final class CatalogCsv {
    static final List<String> REQUIRED = List.of("code", "name", "level", "parent");
    static final List<String> OPTIONAL = List.of("valid_from", "valid_to", "former_names", "source", "confidence", "note");

    private CatalogCsv() {
    }

    /**
     * @param resource the file name for messages
     * @param bytes the content
     * @param expected the scheme the file must hold, if the file is declared for one
     * @return the rows, file order
     */
    static List<CatalogRow> parse(String resource, byte[] bytes, Optional<Scheme> expected) {
        Csv csv = Csv.parse(resource, bytes);
        csv.requireColumns(REQUIRED, OPTIONAL);
        List<CatalogRow> rows = new ArrayList<>();
        Map<Integer, List<CatalogRow>> seen = new HashMap<>();
        for (Csv.Row row : csv.rows()) {
            CatalogRow r = parseRow(row, expected);
            List<CatalogRow> same = seen.get(r.code().toInt());
            if (same == null) {
                same = new ArrayList<>(1);
                seen.put(r.code().toInt(), same);
            }
            for (CatalogRow earlier : same) {
                if (earlier.overlaps(r)) {
                    throw row.error("duplicate code " + r.code() + ": already defined at line " + earlier.line()
                            + " for the overlapping years " + earlier.range());
                }
            }
            same.add(r);
            rows.add(r);
        }
        return rows;
    }

    private static CatalogRow parseRow(Csv.Row row, Optional<Scheme> expected) {
        String text = row.get("code");
        if (text.isEmpty()) {
            throw row.error("the code is empty");
        }
        Optional<Scheme> found = SchemeCodes.schemeOf(text);
        if (found.isEmpty()) {
            throw row.error("code '" + text
                    + "' belongs to no classification scheme (codes start with 1 收入分类, 2 支出功能分类, 3 部门预算支出经济分类, 5 政府预算支出经济分类)");
        }
        Scheme scheme = found.get();
        if (expected.isPresent() && expected.get() != scheme) {
            throw row.error("code " + text + " is a " + scheme.chineseName() + " code, but this file holds "
                    + expected.get().chineseName() + " codes");
        }
        ClassificationCode<?> code;
        try {
            code = SchemeCodes.parse(scheme, text);
        } catch (CodeParseException e) {
            throw row.error("bad code: " + e.getMessage(), e);
        }
        String name = row.get("name");
        if (name.isEmpty()) {
            throw row.error("code " + code + " has an empty name");
        }
        String levelText = row.get("level");
        if (levelText.isEmpty()) {
            throw row.error("code " + code + " has no level (1 类, 2 款, 3 项, 4 目)");
        }
        Optional<CodeLevel> level = SchemeCodes.level(scheme, levelText);
        if (level.isEmpty()) {
            throw row.error("level '" + levelText + "' is not a level of the " + scheme.chineseName() + " (use "
                    + scheme.levels().stream().map(l -> SchemeCodes.levelNumber(l) + " " + l.chineseName()).collect(Collectors.joining(", "))
                    + ")");
        }
        if (level.get() != code.level()) {
            throw row.error("level " + levelText + " (" + level.get().chineseName() + ", " + level.get().length()
                    + " digits) does not match code " + code + ", which has " + text.length() + " digits ("
                    + code.level().chineseName() + ")");
        }
        String parent = row.get("parent");
        Optional<? extends ClassificationCode<?>> parentCode = code.parent();
        String implied = parentCode.isPresent() ? parentCode.get().toString() : "";
        if (!parent.equals(implied)) {
            throw row.error(implied.isEmpty()
                    ? "code " + code + " is a 类 and has no parent, but the parent column says '" + parent + "'"
                    : "the parent column says '" + parent + "' but the parent of " + code + " is " + implied);
        }
        OptionalInt from = optionalYear(row, "valid_from");
        OptionalInt to = optionalYear(row, "valid_to");
        if (from.isPresent() && to.isPresent() && from.getAsInt() > to.getAsInt()) {
            throw row.error("valid_from " + from.getAsInt() + " is after valid_to " + to.getAsInt());
        }
        List<String> former = formerNames(row.get("former_names"));
        return new CatalogRow(row.resourceName(), row.line(), code, name, from, to, former, row.get("source"), row.get("confidence"),
                row.get("note"));
    }

    /** The {@code |}-separated former names, stripped, without empty ones. */
    private static List<String> formerNames(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        int start = 0;
        while (start <= text.length()) {
            int bar = text.indexOf('|', start);
            int end = bar < 0 ? text.length() : bar;
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = end + 1;
        }
        return List.copyOf(out);
    }

    static OptionalInt optionalYear(Csv.Row row, String column) {
        String t = row.get(column);
        return t.isEmpty() ? OptionalInt.empty() : OptionalInt.of(year(row, column, t));
    }

    static int year(Csv.Row row, String column, String text) {
        if (!fourDigits(text)) {
            throw row.error(column + " '" + text + "' is not a year (four digits)");
        }
        int y = Integer.parseInt(text);
        if (y < 1990 || y > 2100) {
            throw row.error(column + " " + y + " is outside 1990..2100");
        }
        return y;
    }

    private static boolean fourDigits(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
