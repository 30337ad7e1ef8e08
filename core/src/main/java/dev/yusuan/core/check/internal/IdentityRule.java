package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleDefinitionException;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An arithmetic identity declared as data (see docs/rules.md): in the given table kinds and block
 * roles, a target column equals the sum of part columns in every row ({@code columns} form), or a
 * target line equals the sum of part rows in every column ({@code rows} form).
 */
public final class IdentityRule implements Rule {

    /** The two forms of identity. */
    public enum Form {
        /** target column = Σ part columns, in every row. */
        COLUMNS,
        /** target row = Σ part rows, in every column. */
        ROWS
    }

    private final RuleInfo info;
    private final Set<BlockRole> roles;
    private final Form form;
    private final String target;
    private final List<String> parts;
    private final Set<String> excluded;

    private IdentityRule(RuleInfo info, Set<BlockRole> roles, Form form, String target, List<String> parts, Set<String> excluded) {
        this.info = info;
        this.roles = roles;
        this.form = form;
        this.target = target;
        this.parts = parts;
        this.excluded = excluded;
    }

    /**
     * Parses one declaration line: nine tab-separated fields {@code id severity kinds roles form
     * target parts description-zh description-en}.
     *
     * @param line the line
     * @param where the file and line number, for messages
     * @return the rule
     * @throws RuleDefinitionException naming {@code where} and the field if the line is malformed
     */
    public static IdentityRule parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
            throw new RuleDefinitionException(where + ": expected 9 tab-separated fields, found " + f.length, null);
        }
        try {
            Severity severity = Severity.valueOf(f[1].strip());
            Set<TableKind> kinds = EnumSet.noneOf(TableKind.class);
            if (!f[2].strip().equals("*")) {
                for (String k : f[2].split(",")) {
                    kinds.add(kindOf(k.strip()));
                }
            }
            Set<BlockRole> roles = EnumSet.noneOf(BlockRole.class);
            if (!f[3].strip().equals("*")) {
                for (String r : f[3].split(",")) {
                    roles.add(BlockRole.valueOf(r.strip()));
                }
            }
            Form form = Form.valueOf(f[4].strip().toUpperCase(java.util.Locale.ROOT));
            String target = f[5].strip();
            validateId(form, target);
            List<String> parts = new ArrayList<>();
            Set<String> excluded = new LinkedHashSet<>();
            for (String p : f[6].strip().split("\\s+")) {
                if (p.startsWith("-")) {
                    validateId(form, p.substring(1));
                    excluded.add(p.substring(1));
                } else if (p.startsWith("maximal:")) {
                    String family = p.substring(8);
                    Set<String> families = form == Form.COLUMNS ? Selector.COLUMN_FAMILIES : Selector.ROW_FAMILIES;
                    if (!families.contains(family)) {
                        throw new IllegalArgumentException("unknown family '" + family + "' in " + p + "; one of " + families);
                    }
                    parts.add(p);
                } else {
                    validateId(form, p);
                    parts.add(p);
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("no parts");
            }
            RuleInfo info = new RuleInfo(f[0].strip(), severity, kinds, Set.of(), f[7].strip(), f[8].strip(), RuleInfo.Origin.DATA);
            return new IdentityRule(info, roles, form, target, List.copyOf(parts), Set.copyOf(excluded));
        } catch (RuntimeException e) {
            throw new RuleDefinitionException(where + ": " + e.getMessage(), e);
        }
    }

    private static TableKind kindOf(String id) {
        for (TableKind k : TableKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown table kind '" + id + "'");
    }

    private static void validateId(Form form, String id) {
        if (form == Form.COLUMNS) {
            ColumnId.parse(id);
        } else {
            LineId.parse(id);
        }
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(PublishedStatement statement, CheckContext context) {
        for (PublishedTable table : statement.tables()) {
            if (!info.appliesTo(table.kind())) {
                continue;
            }
            for (Grid grid : Grid.of(table)) {
                if (!roles.isEmpty() && !roles.contains(grid.role())) {
                    continue;
                }
                if (form == Form.COLUMNS) {
                    checkColumns(grid, context);
                } else {
                    checkRows(grid, context);
                }
            }
        }
    }

    private void checkColumns(Grid grid, CheckContext context) {
        Optional<Column> targetColumn = grid.column(ColumnId.parse(target));
        if (targetColumn.isEmpty()) {
            return;
        }
        Set<Column> partColumns = new LinkedHashSet<>();
        for (String p : parts) {
            if (p.startsWith("maximal:")) {
                Optional<List<Column>> m = Selector.maximalColumns(grid, p.substring(8));
                if (m.isEmpty()) {
                    return;
                }
                partColumns.addAll(m.get());
            } else {
                grid.column(ColumnId.parse(p)).ifPresent(partColumns::add);
            }
        }
        partColumns.removeIf(c -> c.equals(targetColumn.get()) || excluded.contains(c.id().toString()));
        if (partColumns.isEmpty()) {
            return;
        }
        String partsText = describeColumns(partColumns);
        for (Row row : grid.rows()) {
            Optional<List<Ref>> found = row.isEmpty() ? Optional.empty() : grid.rowCells(row, targetColumn.get(), partColumns);
            if (found.isEmpty()) {
                continue;
            }
            List<Ref> cells = found.get();
            Ref total = cells.get(0);
            Column targetCol = targetColumn.get();
            context.compare(info, total.value, Ref.values(cells, 1), total::location, () -> Ref.cellRefs(cells),
                    () -> targetCol.labelText() + " = " + partsText, () -> target + " = " + String.join(" + ", ids(partColumns)));
        }
    }

    private void checkRows(Grid grid, CheckContext context) {
        RowKey targetKey = RowKey.line(LineId.parse(target));
        Optional<Row> targetRow = grid.row(targetKey);
        if (targetRow.isEmpty()) {
            return;
        }
        Set<Row> partRows = new LinkedHashSet<>();
        for (String p : parts) {
            if (p.startsWith("maximal:")) {
                Optional<List<Row>> m = Selector.maximalRows(grid, p.substring(8));
                if (m.isEmpty()) {
                    return;
                }
                partRows.addAll(m.get());
            } else {
                partRows.addAll(grid.rows(RowKey.line(LineId.parse(p))));
            }
        }
        partRows.removeIf(r -> r == targetRow.get()
                || r.key() instanceof RowKey.LineKey && excluded.contains(((RowKey.LineKey) r.key()).id().toString()));
        if (partRows.isEmpty()) {
            return;
        }
        String partsText = describeRows(partRows);
        for (Column column : grid.amountColumns()) {
            Optional<List<Ref>> found = grid.columnCells(column, targetRow.get(), partRows);
            if (found.isEmpty() || found.get().stream().noneMatch(c -> c.value.printed())) {
                continue;
            }
            List<Ref> cells = found.get();
            Ref total = cells.get(0);
            Row target0 = targetRow.get();
            context.compare(info, total.value, Ref.values(cells, 1), total::location, () -> Ref.cellRefs(cells),
                    () -> target0.label() + " = " + partsText, () -> target + " = " + String.join(" + ", rowIds(partRows)));
        }
    }

    private static String describeColumns(Set<Column> columns) {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.labelText());
        }
        return String.join(" + ", out);
    }

    private static List<String> ids(Set<Column> columns) {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.id().toString());
        }
        return out;
    }

    private static String describeRows(Set<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.isEmpty()) {
                out.add(r.label().isBlank() ? r.key().toString() : r.label());
            }
        }
        int blank = rows.size() - out.size();
        return (out.isEmpty() ? "" : String.join(" + ", out)) + (blank > 0 ? "（另 " + blank + " 行空白）" : "");
    }

    private static List<String> rowIds(Set<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.key().toString());
        }
        return out;
    }
}
