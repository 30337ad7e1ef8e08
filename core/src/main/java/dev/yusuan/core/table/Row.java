package dev.yusuan.core.table;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final RowKey key;
    private final String label;
    private final String number;
    private final ImmutableMap<ColumnId, Cell> cells;

    private Row(RowKey key, String label, String number, ImmutableMap<ColumnId, Cell> cells) {
        this.key = key;
        this.label = label;
        this.number = number;
        this.cells = cells;
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
        return cells;
    }

    /**
     * @param column a column id
     * @return the cell in that column; {@link Cell#BLANK} if nothing is printed there
     */
    public Cell cell(ColumnId column) {
        Cell c = cells.get(Objects.requireNonNull(column, "column"));
        return c == null ? Cell.BLANK : c;
    }

    /** @return whether every cell of the row is blank */
    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** @return the key and 行次 for messages, e.g. {@code line:grand-total (行次 31)} */
    public String describe() {
        return number == null ? key.toString() : key + " (行次 " + number + ")";
    }

    Row withCellsInOrder(ImmutableMap<ColumnId, Cell> ordered) {
        return new Row(key, label, number, ordered);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Row)) {
            return false;
        }
        Row r = (Row) obj;
        return key.equals(r.key) && label.equals(r.label) && Objects.equals(number, r.number) && cells.equals(r.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, label, number, cells);
    }

    @Override
    public String toString() {
        return describe() + " " + label + " " + cells;
    }

    /** Builds a {@link Row}. Not thread-safe. */
    public static final class Builder {
        private final RowKey key;
        private final String label;
        private String number;
        private final Map<ColumnId, Cell> cells = new LinkedHashMap<>();

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
            if (cells.containsKey(column)) {
                throw new TableException(TableException.Kind.DUPLICATE_CELL, null, describe(), column.toString(),
                        "the row already has a cell in this column (" + cells.get(column) + ")");
            }
            cells.put(column, cell);
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
            ImmutableMap.Builder<ColumnId, Cell> b = ImmutableMap.builder();
            cells.forEach((k, v) -> {
                if (!v.isBlank()) {
                    b.put(k, v);
                }
            });
            return new Row(key, label, number, b.build());
        }
    }
}
