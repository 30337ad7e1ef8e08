package dev.yusuan.core.check;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding is (位置): the table (kind id, printed number and title), the row (typed key as
 * text, printed label, 行次) and the column (id, printed label, 栏次). Parts that do not apply are
 * empty; a statement-level finding has only {@link #table()} empty too.
 *
 * @param table the table kind id, e.g. {@code final/summary}, or the ledger for line-level checks
 * @param tableTitle the table's printed title
 * @param tableNumber the table's printed number, e.g. 公开01表
 * @param row the row key as text, e.g. {@code function:2101501} or {@code line:grand-total}
 * @param rowLabel the row's printed label
 * @param rowNumber the row's printed 行次
 * @param column the column id, e.g. {@code total}
 * @param columnLabel the column's printed header, levels joined with {@code /}
 * @param columnNumber the column's printed 栏次
 */
public record Location(Optional<String> table, Optional<String> tableTitle, Optional<String> tableNumber,
        Optional<String> row, Optional<String> rowLabel, Optional<String> rowNumber,
        Optional<String> column, Optional<String> columnLabel, Optional<String> columnNumber) {

    /** The statement as a whole. */
    public static final Location STATEMENT = new Location(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Validates. */
    public Location {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableTitle, "tableTitle");
        Objects.requireNonNull(tableNumber, "tableNumber");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(rowLabel, "rowLabel");
        Objects.requireNonNull(rowNumber, "rowNumber");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(columnLabel, "columnLabel");
        Objects.requireNonNull(columnNumber, "columnNumber");
    }

    /**
     * @param kind the table kind id
     * @param title the printed title
     * @param number the printed number, or null if none
     * @return a location naming a whole table
     */
    public static Location ofTable(String kind, String title, String number) {
        return new Location(Optional.of(kind), Optional.of(title), Optional.ofNullable(number),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param key the row key as text
     * @param label the printed label
     * @param number the printed 行次, or null
     * @return this location narrowed to a row
     */
    public Location atRow(String key, String label, String number) {
        return new Location(table, tableTitle, tableNumber, Optional.of(key), Optional.of(label), Optional.ofNullable(number),
                column, columnLabel, columnNumber);
    }

    /**
     * @param id the column id
     * @param label the printed header
     * @param number the printed 栏次, or null
     * @return this location narrowed to a column
     */
    public Location atColumn(String id, String label, String number) {
        return new Location(table, tableTitle, tableNumber, row, rowLabel, rowNumber,
                Optional.of(id), Optional.of(label), Optional.ofNullable(number));
    }

    /** @return a short human-readable form: 公开01表 收入支出决算总表, 总计 (行次 31), 金额 (栏次 1) */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        tableNumber.ifPresent(n -> sb.append(n).append(' '));
        tableTitle.ifPresent(sb::append);
        if (tableTitle.isEmpty()) {
            table.ifPresent(sb::append);
        }
        if (row.isPresent()) {
            sb.append(sb.length() > 0 ? ", " : "").append(rowLabel.filter(l -> !l.isBlank()).orElse(row.get()));
            rowNumber.ifPresent(n -> sb.append(" (行次 ").append(n).append(')'));
        }
        if (column.isPresent()) {
            sb.append(sb.length() > 0 ? ", " : "").append(columnLabel.filter(l -> !l.isBlank()).orElse(column.get()));
            columnNumber.ifPresent(n -> sb.append(" (栏次 ").append(n).append(')'));
        }
        return sb.length() == 0 ? "statement" : sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
