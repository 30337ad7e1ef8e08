package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A logical block of a published table for the rules: the blocks of one role taken together (a
 * table printed over several column groups of the same role, like 公开06表's two 公用经费 groups,
 * is one logical block), with an index of rows by key.
 */
public final class Grid {
    private final PublishedTable table;
    private final BlockRole role;
    private final List<Column> columns;
    private final List<Row> rows;
    private final Map<RowKey, List<Row>> byKey = new HashMap<>();

    private Grid(PublishedTable table, BlockRole role, List<Column> columns, List<Row> rows) {
        this.table = table;
        this.role = role;
        this.columns = columns;
        this.rows = rows;
        for (Row r : rows) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
    }

    /**
     * @param table a published table
     * @return its logical blocks, one per role, in the order the roles first appear
     */
    public static List<Grid> of(PublishedTable table) {
        Map<BlockRole, List<Block>> byRole = new LinkedHashMap<>();
        for (Block b : table.blocks()) {
            byRole.computeIfAbsent(b.role(), r -> new ArrayList<>()).add(b);
        }
        List<Grid> out = new ArrayList<>();
        byRole.forEach((role, blocks) -> {
            Map<ColumnId, Column> cols = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            for (Block b : blocks) {
                for (Column c : b.columns()) {
                    cols.putIfAbsent(c.id(), c);
                }
                rows.addAll(b.rows());
            }
            out.add(new Grid(table, role, List.copyOf(cols.values()), List.copyOf(rows)));
        });
        return out;
    }

    /** @return the table */
    public PublishedTable table() {
        return table;
    }

    /** @return the role */
    public BlockRole role() {
        return role;
    }

    /** @return the columns */
    public List<Column> columns() {
        return columns;
    }

    /**
     * @return the columns that hold amounts the rules may add up: not a province's own ({@code x-})
     *     columns, whose content is unknown, and not the mapping columns, which hold codes
     */
    public List<Column> amountColumns() {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (!c.id().isLocal() && c.id().family() != dev.yusuan.core.table.ColumnFamily.MAPPING) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return the rows, in printed order */
    public List<Row> rows() {
        return rows;
    }

    /**
     * @param id a column id
     * @return the column with that id
     */
    public Optional<Column> column(ColumnId id) {
        for (Column c : columns) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * @param key a row key
     * @return the rows with that key (several only for blank rows told apart by 行次)
     */
    public List<Row> rows(RowKey key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * @param key a row key
     * @return the row with that key, if exactly one
     */
    public Optional<Row> row(RowKey key) {
        List<Row> r = rows(key);
        return r.size() == 1 ? Optional.of(r.get(0)) : Optional.empty();
    }

    /** @return whether some row has that key */
    boolean has(RowKey key) {
        return byKey.containsKey(key);
    }

    /**
     * The value of a cell and its reference.
     *
     * @param row the row
     * @param column the column
     * @return the value, empty for a text cell
     */
    public Optional<CellRef> cell(Row row, Column column) {
        return CheckContext.value(row, column.id()).map(v -> new CellRef(CheckContext.locate(table, row, column), v));
    }

    /**
     * The value of a cell for a check, without locating it.
     *
     * @param row the row
     * @param column the column
     * @return the reference, empty for a text cell
     */
    Optional<Ref> ref(Row row, Column column) {
        return CheckContext.value(row, column.id()).map(v -> new Ref(this, row, column, v));
    }

    /**
     * The cells of an identity within one row: the checked cell first, then the parts.
     *
     * @param row the row
     * @param total the checked column
     * @param parts the part columns
     * @return the cells, empty if one of them holds text rather than an amount
     */
    Optional<List<Ref>> rowCells(Row row, Column total, Iterable<Column> parts) {
        List<Ref> out = new ArrayList<>();
        Optional<Ref> t = ref(row, total);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        out.add(t.get());
        for (Column c : parts) {
            Optional<Ref> p = ref(row, c);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            out.add(p.get());
        }
        return Optional.of(out);
    }

    /**
     * The cells of an identity within one column: the checked cell first, then the parts.
     *
     * @param column the column
     * @param total the checked row
     * @param parts the part rows
     * @return the cells, empty if one of them holds text rather than an amount
     */
    Optional<List<Ref>> columnCells(Column column, Row total, Iterable<Row> parts) {
        List<Ref> out = new ArrayList<>();
        Optional<Ref> t = ref(total, column);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        out.add(t.get());
        for (Row r : parts) {
            Optional<Ref> p = ref(r, column);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            out.add(p.get());
        }
        return Optional.of(out);
    }

    /**
     * Sums the values of cells.
     *
     * @param cells the cells
     * @return their values
     */
    public static List<Value> values(List<CellRef> cells) {
        List<Value> out = new ArrayList<>(cells.size());
        for (CellRef c : cells) {
            out.add(c.value());
        }
        return out;
    }
}
