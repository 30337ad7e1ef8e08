package dev.yusuan.core.table;

import com.google.common.collect.ImmutableList;
import dev.yusuan.core.money.AmountUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table exactly as published (公开表格): its {@link TableKind kind}, its number as printed
 * ({@code 附件1}, {@code 公开01表}), its title as printed, its amount unit, how it prints codes,
 * an optional note, and its {@link Block blocks} (one per side of a side-by-side table).
 *
 * <p>The table holds what was printed, including subtotal rows and mistakes; nothing is
 * recomputed. Rows are in printed order with typed keys, so that a rule engine can walk
 * {@link #rows()} or a block's rows and compare cells generically.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder}.
 */
public final class PublishedTable {
    private final TableKind kind;
    private final String number;
    private final String title;
    private final AmountUnit unit;
    private final CodeLayout codeLayout;
    private final String note;
    private final ImmutableList<Block> blocks;

    private PublishedTable(Builder b, ImmutableList<Block> blocks) {
        this.kind = b.kind;
        this.number = b.number;
        this.title = b.title;
        this.unit = b.unit;
        this.codeLayout = b.codeLayout;
        this.note = b.note;
        this.blocks = blocks;
    }

    /**
     * @param kind the table kind
     * @param title the title as printed
     * @param unit the table's amount unit
     * @return a builder
     */
    public static Builder builder(TableKind kind, String title, AmountUnit unit) {
        return new Builder(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(title, "title"),
                Objects.requireNonNull(unit, "unit"));
    }

    /** @return the kind */
    public TableKind kind() {
        return kind;
    }

    /** @return the number as printed, e.g. 附件1 or 公开01表 */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** @return the title as printed */
    public String title() {
        return title;
    }

    /** @return the amount unit of the table (金额单位) */
    public AmountUnit unit() {
        return unit;
    }

    /** @return how the table prints classification codes */
    public CodeLayout codeLayout() {
        return codeLayout;
    }

    /** @return a note: what the transcriber saw, or how the table was derived */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return the blocks in printed order */
    public ImmutableList<Block> blocks() {
        return blocks;
    }

    /**
     * @param role a block role
     * @return the first block with that role
     */
    public Optional<Block> block(BlockRole role) {
        Objects.requireNonNull(role, "role");
        return blocks.stream().filter(b -> b.role() == role).findFirst();
    }

    /** @return every row of every block, in printed order */
    public ImmutableList<Row> rows() {
        ImmutableList.Builder<Row> b = ImmutableList.builder();
        blocks.forEach(bl -> b.addAll(bl.rows()));
        return b.build();
    }

    /**
     * @param key a row key
     * @return the first row with that key in any block
     */
    public Optional<Row> row(RowKey key) {
        Objects.requireNonNull(key, "key");
        for (Block b : blocks) {
            Optional<Row> r = b.row(key);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * The cell at a row and a column, in the first block that has both.
     *
     * @param key a row key
     * @param column a column id
     * @return the cell ({@link Cell#BLANK} when nothing is printed), empty if no block has both
     */
    public Optional<Cell> cell(RowKey key, ColumnId column) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(column, "column");
        for (Block b : blocks) {
            Optional<Cell> c = b.cell(key, column);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** @return number, title and kind for messages, e.g. {@code 公开01表 收入支出决算总表 (final/summary)} */
    public String describe() {
        return (number == null ? "" : number + " ") + title + " (" + kind.id() + ")";
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PublishedTable)) {
            return false;
        }
        PublishedTable t = (PublishedTable) obj;
        return kind == t.kind && Objects.equals(number, t.number) && title.equals(t.title) && unit == t.unit
                && codeLayout == t.codeLayout && Objects.equals(note, t.note) && blocks.equals(t.blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, number, title, unit, codeLayout, note, blocks);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Builds a {@link PublishedTable} (公开表格), validating it as a whole. Not thread-safe. */
    public static final class Builder {
        private final TableKind kind;
        private final String title;
        private final AmountUnit unit;
        private String number;
        private CodeLayout codeLayout = CodeLayout.SINGLE;
        private String note;
        private final List<Object> blocks = new ArrayList<>();

        private Builder(TableKind kind, String title, AmountUnit unit) {
            this.kind = kind;
            this.title = title;
            this.unit = unit;
        }

        /**
         * @param printed the number as printed, e.g. {@code 公开01表}
         * @return this builder
         */
        public Builder number(String printed) {
            this.number = Objects.requireNonNull(printed, "printed");
            return this;
        }

        /**
         * @param layout how the table prints codes; {@link CodeLayout#SINGLE} if not set
         * @return this builder
         */
        public Builder codeLayout(CodeLayout layout) {
            this.codeLayout = Objects.requireNonNull(layout, "layout");
            return this;
        }

        /**
         * @param text a note
         * @return this builder
         */
        public Builder note(String text) {
            this.note = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * @param block a block, appended after the previous ones
         * @return this builder
         */
        public Builder block(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /**
         * @param block a block builder, built (and validated) when the table is built, so that
         *     errors name the table
         * @return this builder
         */
        public Builder block(Block.Builder block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /**
         * Validates and builds the table.
         *
         * @return the table
         * @throws TableException naming the table, block, row and column: a blank title, no
         *     block, a column id outside the kind's vocabulary
         *     ({@link TableException.Kind#COLUMN_NOT_IN_VOCABULARY}), or any error of
         *     {@link Block.Builder#build()}
         */
        public PublishedTable build() {
            String where = (number == null ? "" : number + " ") + title + " (" + kind.id() + ")";
            if (title.isBlank()) {
                throw new TableException(TableException.Kind.INVALID_TABLE, where, null, null, "the title is blank");
            }
            if (blocks.isEmpty()) {
                throw new TableException(TableException.Kind.INVALID_TABLE, where, null, null, "the table has no block");
            }
            ImmutableList.Builder<Block> built = ImmutableList.builder();
            for (Object o : blocks) {
                Block b;
                try {
                    b = o instanceof Block ? (Block) o : ((Block.Builder) o).build();
                } catch (TableException e) {
                    throw e.inTable(where);
                }
                for (ColumnId id : b.columnIds()) {
                    if (!kind.allows(id)) {
                        throw new TableException(TableException.Kind.COLUMN_NOT_IN_VOCABULARY, where + ", block " + b.role(), null,
                                id.toString(), "a " + kind.id() + " table has no " + id.family() + " columns (its vocabulary: "
                                        + kind.columnFamilies() + "); use a local id x-… for a province's own column");
                    }
                }
                built.add(b);
            }
            return new PublishedTable(this, built.build());
        }
    }
}
