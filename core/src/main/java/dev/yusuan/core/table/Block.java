package dev.yusuan.core.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A block of a table (表块): one side of a side-by-side table (收入 | 支出) or a whole ordinary
 * table. It has a {@link BlockRole role}, its columns in printed order and its rows in printed
 * order. Within a block a row is identified by (key, 行次): the same key twice needs distinct 行次.
 *
 * <p>Lookups: {@link #row(RowKey)}, {@link #cell(RowKey, ColumnId)}, {@link #column(ColumnId)};
 * hierarchy: {@link #children(RowKey)} gives the rows whose key's {@link RowKey#parent() parent} is
 * the given key, so that a rule can check "each 类 = Σ its 款" generically.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder}.
 */
public final class Block {
    private final BlockRole role;
    private final ImmutableList<Column> columns;
    private final ImmutableMap<ColumnId, Column> columnIndex;
    private final ImmutableList<Row> rows;
    private final ImmutableListMultimap<RowKey, Row> rowIndex;
    private volatile ImmutableListMultimap<RowKey, Row> childIndex;

    private Block(BlockRole role, ImmutableList<Column> columns, ImmutableMap<ColumnId, Column> columnIndex, ImmutableList<Row> rows,
            ImmutableListMultimap<RowKey, Row> rowIndex) {
        this.role = role;
        this.columns = columns;
        this.columnIndex = columnIndex;
        this.rows = rows;
        this.rowIndex = rowIndex;
    }

    /**
     * @param role the block's role
     * @return a builder
     */
    public static Builder builder(BlockRole role) {
        return new Builder(Objects.requireNonNull(role, "role"));
    }

    /** @return the role */
    public BlockRole role() {
        return role;
    }

    /** @return the columns in printed order */
    public ImmutableList<Column> columns() {
        return columns;
    }

    /** @return the column ids in printed order */
    public ImmutableList<ColumnId> columnIds() {
        return columnIndex.keySet().asList();
    }

    /**
     * @param id a column id
     * @return the column with that id
     */
    public Optional<Column> column(ColumnId id) {
        return Optional.ofNullable(columnIndex.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * @param id a column id
     * @return whether the block has that column
     */
    public boolean hasColumn(ColumnId id) {
        return columnIndex.containsKey(Objects.requireNonNull(id, "id"));
    }

    /** @return the rows in printed order */
    public ImmutableList<Row> rows() {
        return rows;
    }

    /**
     * @param key a row key
     * @return every row with that key, in printed order (more than one only with distinct 行次)
     */
    public ImmutableList<Row> rows(RowKey key) {
        return rowIndex.get(Objects.requireNonNull(key, "key"));
    }

    /**
     * @param key a row key
     * @return the first row with that key
     */
    public Optional<Row> row(RowKey key) {
        List<Row> r = rows(key);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /**
     * @param key a row key
     * @param number the printed 行次, or empty for the row without 行次
     * @return the row with that key and 行次
     */
    public Optional<Row> row(RowKey key, Optional<String> number) {
        Objects.requireNonNull(number, "number");
        for (Row r : rows(key)) {
            if (r.number().equals(number)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The cell at a row and column.
     *
     * @param key a row key (the first row with that key)
     * @param column a column id
     * @return the cell ({@link Cell#BLANK} when nothing is printed), empty if the block has no such row or column
     */
    public Optional<Cell> cell(RowKey key, ColumnId column) {
        if (!hasColumn(column)) {
            return Optional.empty();
        }
        return row(key).map(r -> r.cell(column));
    }

    /**
     * The rows one level below a key in the code or line hierarchy: for {@code function:21015}
     * the rows keyed by its 项 ({@code function:2101501}, …), for {@code deptEconomic:301} its 款,
     * for {@code line:expenditure/type/basic} its economic sub-lines. In printed order.
     *
     * @param parent a row key
     * @return the rows whose key's parent is {@code parent}
     */
    public ImmutableList<Row> children(RowKey parent) {
        Objects.requireNonNull(parent, "parent");
        ImmutableListMultimap<RowKey, Row> c = childIndex;
        if (c == null) {
            ImmutableListMultimap.Builder<RowKey, Row> byParent = ImmutableListMultimap.builder();
            for (Row r : rows) {
                r.key().parent().ifPresent(p -> byParent.put(p, r));
            }
            c = byParent.build();
            childIndex = c;
        }
        return c.get(parent);
    }

    /**
     * The non-blank cells as a grid: row index (printed order) × column id → cell.
     *
     * @return the grid
     */
    public ImmutableTable<Integer, ColumnId, Cell> grid() {
        ImmutableTable.Builder<Integer, ColumnId, Cell> b = ImmutableTable.builder();
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<ColumnId, Cell> e : rows.get(i).cells().entrySet()) {
                b.put(i, e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Block && ((Block) obj).role == role && ((Block) obj).columns.equals(columns)
                && ((Block) obj).rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, columns, rows);
    }

    @Override
    public String toString() {
        return "block " + role + " " + columnIds() + ", " + rows.size() + " rows";
    }

    /** Builds a {@link Block} (表块). Not thread-safe. */
    public static final class Builder {
        private final BlockRole role;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        private Builder(BlockRole role) {
            this.role = role;
        }

        /**
         * @param column a column, appended after the previous ones
         * @return this builder
         */
        public Builder column(Column column) {
            columns.add(Objects.requireNonNull(column, "column"));
            return this;
        }

        /**
         * @param id a column id
         * @param label the printed header path
         * @return this builder
         * @throws TableException if the id does not parse
         */
        public Builder column(String id, String... label) {
            return column(Column.of(ColumnId.parse(id), label));
        }

        /**
         * @param row a row, appended after the previous ones
         * @return this builder
         */
        public Builder row(Row row) {
            rows.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        /**
         * @param row a row builder, built and appended
         * @return this builder
         */
        public Builder row(Row.Builder row) {
            return row(Objects.requireNonNull(row, "row").build());
        }

        /**
         * Validates and builds the block.
         *
         * @return the block
         * @throws TableException naming the block, row and column if a column id appears twice
         *     ({@link TableException.Kind#DUPLICATE_COLUMN}), a (key, 行次) appears twice
         *     ({@link TableException.Kind#DUPLICATE_ROW}) or a row has a cell for a column the
         *     block does not have ({@link TableException.Kind#UNKNOWN_COLUMN})
         */
        public Block build() {
            String where = "block " + role;
            Map<ColumnId, Column> index = new LinkedHashMap<>();
            Map<ColumnId, Integer> position = new HashMap<>();
            for (Column c : columns) {
                position.putIfAbsent(c.id(), position.size());
                if (index.put(c.id(), c) != null) {
                    throw new TableException(TableException.Kind.DUPLICATE_COLUMN, where, null, c.id().toString(),
                            "the column id appears twice (headers '" + index.get(c.id()).labelText() + "' and '" + c.labelText() + "')");
                }
            }
            ImmutableList.Builder<Row> rowsOut = ImmutableList.builderWithExpectedSize(rows.size());
            ImmutableListMultimap.Builder<RowKey, Row> byKey = ImmutableListMultimap.builder();
            for (Row r : rows) {
                int last = -1;
                boolean ordered = true;
                for (int i = 0; i < r.size(); i++) {
                    Integer p = position.get(r.idAt(i));
                    if (p == null) {
                        throw new TableException(TableException.Kind.UNKNOWN_COLUMN, where, r.describe(), r.idAt(i).toString(),
                                "the row has a cell for a column the block does not have (columns: " + index.keySet() + ")");
                    }
                    ordered &= p > last;
                    last = p;
                }
                Row out = r;
                if (!ordered) {
                    ColumnId[] ids = new ColumnId[r.size()];
                    Cell[] cells = new Cell[r.size()];
                    int k = 0;
                    for (ColumnId id : index.keySet()) {
                        Cell c = r.cell(id);
                        if (!c.isBlank()) {
                            ids[k] = id;
                            cells[k++] = c;
                        }
                    }
                    out = r.withCells(ids, cells);
                }
                rowsOut.add(out);
                byKey.put(out.key(), out);
            }
            ImmutableListMultimap<RowKey, Row> rowIndex = byKey.build();
            for (RowKey key : rowIndex.keySet()) {
                List<Row> same = rowIndex.get(key);
                if (same.size() > 1) {
                    Set<Optional<String>> numbers = new HashSet<>();
                    for (Row r : same) {
                        if (!numbers.add(r.number())) {
                            throw new TableException(TableException.Kind.DUPLICATE_ROW, where, r.describe(), null,
                                    "the row key appears twice " + (r.number().isPresent() ? "with the same 行次" : "without distinct 行次"));
                        }
                    }
                }
            }
            return new Block(role, ImmutableList.copyOf(columns), ImmutableMap.copyOf(index), rowsOut.build(), rowIndex);
        }
    }
}
