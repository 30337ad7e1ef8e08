package dev.yusuan.core.table;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of a block (表行) as printed: its typed {@link RowKey key}, its label as printed (may be
 * empty), its 行次 as printed (optional) and its cells by column id. Blank cells are not stored:
 * {@link #cell} gives {@link Cell#BLANK} for a column with nothing printed.
 *
 * <p>Immutable, thread-safe and value-based. Build with {@link #builder}.
 */
public final class Row {
    private static final ColumnId[] NO_IDS = new ColumnId[0];
    private static final Cell[] NO_CELLS = new Cell[0];

    private final RowKey key;
    private final String label;
    private final String number;
    private final ColumnId[] ids;
    private final Cell[] values;
    private volatile ImmutableMap<ColumnId, Cell> cells;

    private Row(RowKey key, String label, String number, ColumnId[] ids, Cell[] values) {
        this.key = key;
        this.label = label;
        this.number = number;
        this.ids = ids;
        this.values = values;
    }

    /**
     * @param key the row key
     * @param label the label as printed (may be empty)
     * @return a builder for a row with that key and label
     */
    public static Builder builder(RowKey key, String label) {
        return new Builder(Objects.requireNonNull(key, "key"), Objects.requireNonNull(label, "label"));
    }

    /** @return the typed key */
    public RowKey key() {
        return key;
    }

    /** @return the label as printed, possibly empty */
    public String label() {
        return label;
    }

    /** @return the printed 行次 (row number), if printed */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** @return the non-blank cells, in the block's column order */
    public ImmutableMap<ColumnId, Cell> cells() {
        ImmutableMap<ColumnId, Cell> m = cells;
        if (m == null) {
            ImmutableMap.Builder<ColumnId, Cell> b = ImmutableMap.builderWithExpectedSize(ids.length);
            for (int i = 0; i < ids.length; i++) {
                b.put(ids[i], values[i]);
            }
            m = b.build();
            cells = m;
        }
        return m;
    }

    /**
     * @param column a column id
     * @return the cell in that column; {@link Cell#BLANK} if nothing is printed there
     */
    public Cell cell(ColumnId column) {
        Objects.requireNonNull(column, "column");
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == column) {
                return values[i];
            }
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(column)) {
                return values[i];
            }
        }
        return Cell.BLANK;
    }

    /** @return whether every cell of the row is blank */
    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** @return the key and 行次 for messages, e.g. {@code line:grand-total (行次 31)} */
    public String describe() {
        return number == null ? key.toString() : key + " (行次 " + number + ")";
    }

    int size() {
        return ids.length;
    }

    ColumnId idAt(int i) {
        return ids[i];
    }

    Cell cellAt(int i) {
        return values[i];
    }

    Row withCells(ColumnId[] newIds, Cell[] newValues) {
        return new Row(key, label, number, newIds, newValues);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Row)) {
            return false;
        }
        Row r = (Row) obj;
        return key.equals(r.key) && label.equals(r.label) && Objects.equals(number, r.number) && cells().equals(r.cells());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, label, number, cells());
    }

    @Override
    public String toString() {
        return describe() + " " + label + " " + cells();
    }

    /** Builds a {@link Row} (表行). Not thread-safe. */
    public static final class Builder {
        private final RowKey key;
        private final String label;
        private String number;
        private ColumnId[] ids = new ColumnId[8];
        private Cell[] values = new Cell[8];
        private int size;

        private Builder(RowKey key, String label) {
            this.key = key;
            this.label = label;
        }

        /**
         * @param printed the 行次 as printed, e.g. {@code "27"}
         * @return this builder
         * @throws TableException if the 行次 is blank
         */
        public Builder number(String printed) {
            Objects.requireNonNull(printed, "printed");
            if (printed.isBlank()) {
                throw new TableException(TableException.Kind.INVALID_TABLE, null, key.toString(), null, "a 行次 must not be blank");
            }
            this.number = printed;
            return this;
        }

        /**
         * Sets a cell. A {@link Cell#BLANK} is accepted and not stored.
         *
         * @param column the column id
         * @param cell the cell
         * @return this builder
         * @throws TableException ({@link TableException.Kind#DUPLICATE_CELL}) if the column already has a cell
         */
        public Builder cell(ColumnId column, Cell cell) {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(cell, "cell");
            for (int i = 0; i < size; i++) {
                if (ids[i].equals(column)) {
                    throw new TableException(TableException.Kind.DUPLICATE_CELL, null, describe(), column.toString(),
                            "the row already has a cell in this column (" + values[i] + ")");
                }
            }
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            ids[size] = column;
            values[size++] = cell;
            return this;
        }

        /**
         * Sets a cell from its printed text, read with {@link Cell#parse}.
         *
         * @param column the column id, e.g. {@code "total"}
         * @param printed the printed text; empty for a blank
         * @return this builder
         * @throws TableException if the id or the text does not parse, or the column already has a cell
         */
        public Builder cell(String column, String printed) {
            ColumnId id = ColumnId.parse(column);
            Cell c;
            try {
                c = Cell.parse(printed);
            } catch (TableException e) {
                TableException t = new TableException(e.kind(), null, describe(), column, e.problem());
                t.initCause(e);
                throw t;
            }
            return cell(id, c);
        }

        private String describe() {
            return number == null ? key.toString() : key + " (行次 " + number + ")";
        }

        /** @return the row; blank cells are dropped */
        public Row build() {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!values[i].isBlank()) {
                    n++;
                }
            }
            if (n == 0) {
                return new Row(key, label, number, NO_IDS, NO_CELLS);
            }
            ColumnId[] outIds = new ColumnId[n];
            Cell[] outValues = new Cell[n];
            n = 0;
            for (int i = 0; i < size; i++) {
                if (!values[i].isBlank()) {
                    outIds[n] = ids[i];
                    outValues[n++] = values[i];
                }
            }
            return new Row(key, label, number, outIds, outValues);
        }
    }
}
