package dev.yusuan.core.check.internal;

import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnFamily;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part selectors of declared identities: literal ids and {@code maximal:<family>}, the columns
 * or rows of a family that are not part of another present column or row of the family.
 */
final class Selector {
    private Selector() {
    }

    /** The families {@code maximal:} accepts for columns. */
    static final Set<String> COLUMN_FAMILIES = Set.of("source", "type", "three-public");
    /** The families {@code maximal:} accepts for rows. */
    static final Set<String> ROW_FAMILIES = Set.of("function", "deptEconomic", "govEconomic", "unit", "income", "expenditure",
            "three-public");

    /**
     * The maximal columns of a family, or empty when a local column might belong among them
     * (then the identity cannot be checked).
     */
    static Optional<List<Column>> maximalColumns(Grid grid, String family) {
        Set<String> present = new HashSet<>();
        for (Column c : grid.columns()) {
            present.add(c.id().toString());
        }
        List<Column> out = new ArrayList<>();
        for (Column c : grid.columns()) {
            ColumnId id = c.id();
            if (id.isLocal()) {
                String stripped = id.toString().substring(2);
                if (stripped.startsWith(family + "/") && !hasPresentAncestorPath(stripped, present, family)) {
                    return Optional.empty();
                }
                continue;
            }
            if (!inColumnFamily(id, family)) {
                continue;
            }
            if (!hasPresentGroup(id, present)) {
                out.add(c);
            }
        }
        return Optional.of(out);
    }

    private static boolean inColumnFamily(ColumnId id, String family) {
        switch (family) {
            case "source":
                return id.family() == ColumnFamily.SOURCES;
            case "type":
                return id.family() == ColumnFamily.SPENDING_TYPES;
            case "three-public":
                return id.family() == ColumnFamily.THREE_PUBLIC;
            default:
                throw new IllegalArgumentException(family);
        }
    }

    private static boolean hasPresentGroup(ColumnId id, Set<String> present) {
        Optional<ColumnId> g = id.group();
        while (g.isPresent()) {
            if (present.contains(g.get().toString())) {
                return true;
            }
            g = g.get().group();
        }
        return false;
    }

    /** Whether a path such as {@code type/basic/general-goods-services} lies below a present id. */
    static boolean hasPresentAncestorPath(String path, Set<String> present, String family) {
        int slash = path.lastIndexOf('/');
        while (slash > 0) {
            String prefix = path.substring(0, slash);
            if (present.contains(prefix) || present.contains("x-" + prefix)) {
                return true;
            }
            slash = prefix.lastIndexOf('/');
        }
        // fiscal sources group under source/fiscal, fiscal income lines under income/fiscal
        return false;
    }

    /**
     * The maximal rows of a family, or empty when a local line might belong among them.
     */
    static Optional<List<Row>> maximalRows(Grid grid, String family) {
        Set<String> presentLines = new HashSet<>();
        Set<RowKey> presentKeys = new HashSet<>();
        for (Row r : grid.rows()) {
            presentKeys.add(r.key());
            if (r.key() instanceof RowKey.LineKey) {
                presentLines.add(((RowKey.LineKey) r.key()).id().toString());
            }
        }
        List<Row> out = new ArrayList<>();
        for (Row r : grid.rows()) {
            RowKey key = r.key();
            switch (family) {
                case "function":
                    if (key instanceof RowKey.FunctionKey && !hasPresentParent(key, presentKeys)) {
                        out.add(r);
                    }
                    break;
                case "deptEconomic":
                    if (key instanceof RowKey.DepartmentEconomicKey && !hasPresentParent(key, presentKeys)) {
                        out.add(r);
                    }
                    break;
                case "govEconomic":
                    if (key instanceof RowKey.GovernmentEconomicKey && !hasPresentParent(key, presentKeys)) {
                        out.add(r);
                    }
                    break;
                case "unit":
                    if (key instanceof RowKey.UnitKey) {
                        out.add(r);
                    }
                    break;
                case "income":
                case "expenditure":
                case "three-public":
                    if (!(key instanceof RowKey.LineKey)) {
                        break;
                    }
                    LineId id = ((RowKey.LineKey) key).id();
                    String prefix = family.equals("expenditure") ? "expenditure/type/" : family + "/";
                    if (id.isLocal()) {
                        String stripped = id.toString().substring(2);
                        if (stripped.startsWith(prefix) && !hasPresentAncestorPath(stripped, presentLines, family)) {
                            return Optional.empty();
                        }
                        break;
                    }
                    String text = id.toString();
                    if (!text.startsWith(prefix) || text.equals("income/current-year-total")) {
                        break;
                    }
                    if (!hasPresentLineGroup(id, presentLines)) {
                        out.add(r);
                    }
                    break;
                default:
                    throw new IllegalArgumentException(family);
            }
        }
        return Optional.of(out);
    }

    private static boolean hasPresentParent(RowKey key, Set<RowKey> present) {
        Optional<RowKey> p = key.parent();
        while (p.isPresent()) {
            if (present.contains(p.get())) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    private static boolean hasPresentLineGroup(LineId id, Set<String> present) {
        Optional<LineId> g = id.group();
        while (g.isPresent()) {
            if (present.contains(g.get().toString())) {
                return true;
            }
            g = g.get().group();
        }
        return false;
    }
}
