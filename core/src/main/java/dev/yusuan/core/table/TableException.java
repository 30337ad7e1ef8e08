package dev.yusuan.core.table;

import dev.yusuan.core.BudgetException;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a published table, its vocabulary ids or a derivation is invalid (表格错误): a
 * duplicate row or column, a cell for a column the block does not have, a column id outside the
 * table kind's vocabulary, an id that does not parse, a table of the wrong stage, a table kind that
 * cannot be derived. The message names the table, the row and the column concerned; the same
 * parts are available as {@link #table()}, {@link #row()} and {@link #column()}.
 */
public final class TableException extends BudgetException {
    private static final long serialVersionUID = 1L;

    /** Why a table or id was rejected. */
    public enum Kind {
        /** A column id, line id, row key or table kind id that does not parse. */
        INVALID_ID,
        /** A printed cell that is neither an amount, a dash nor blank. */
        INVALID_CELL,
        /** The same column id twice in one block. */
        DUPLICATE_COLUMN,
        /** The same row key twice in one block without distinct 行次. */
        DUPLICATE_ROW,
        /** Two values for the same column in one row. */
        DUPLICATE_CELL,
        /** A cell for a column the block does not have. */
        UNKNOWN_COLUMN,
        /** A column id outside the table kind's column vocabulary. */
        COLUMN_NOT_IN_VOCABULARY,
        /** A table kind that does not belong to the statement's stage. */
        STAGE_MISMATCH,
        /** A table or statement that is structurally invalid (no block, blank title, bad year). */
        INVALID_TABLE,
        /** A table kind that cannot be derived from the given line-level data. */
        NOT_DERIVABLE
    }

    private final Kind kind;
    private final String table;
    private final String row;
    private final String column;
    private final String problem;

    /**
     * @param kind why it failed
     * @param table the table concerned (number, title, kind), or null
     * @param row the row concerned (key and 行次), or null
     * @param column the column concerned (id), or null
     * @param problem what is wrong, as a sentence without the location
     */
    public TableException(Kind kind, String table, String row, String column, String problem) {
        super(format(table, row, column, problem));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.table = table;
        this.row = row;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * @param kind why it failed
     * @param problem what is wrong
     */
    public TableException(Kind kind, String problem) {
        this(kind, null, null, null, problem);
    }

    private static String format(String table, String row, String column, String problem) {
        StringBuilder sb = new StringBuilder();
        if (table != null) {
            sb.append(table);
        }
        if (row != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("row ").append(row);
        }
        if (column != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return sb.length() == 0 ? problem : sb.append(": ").append(problem).toString();
    }

    /** @return why it failed */
    public Kind kind() {
        return kind;
    }

    /** @return the table concerned, as number, title and kind id */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    /** @return the row concerned, as its key and 行次 */
    public Optional<String> row() {
        return Optional.ofNullable(row);
    }

    /** @return the column concerned, as its id */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** @return what is wrong, without the location */
    public String problem() {
        return problem;
    }

    /** The same failure located in a table (used when a block is added to a table). */
    TableException inTable(String tableDescription) {
        String t = table == null ? tableDescription : tableDescription + ", " + table;
        TableException e = new TableException(kind, t, row, column, problem);
        e.initCause(this);
        return e;
    }
}
