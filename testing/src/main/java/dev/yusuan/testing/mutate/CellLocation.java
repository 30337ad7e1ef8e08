package dev.yusuan.testing.mutate;

import dev.yusuan.core.check.Location;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a cell (or a whole row) is in a statement (单元格位置): the table (its index in the
 * statement and its kind), the block (index and role), the row (index in the block and key) and
 * the column, if the location is a cell.
 *
 * @param table the index of the table in the statement
 * @param kind the table's kind
 * @param block the index of the block in the table
 * @param role the block's role
 * @param row the index of the row in the block
 * @param key the row's key
 * @param column the column id of a cell; empty for a whole row
 */
public record CellLocation(int table, TableKind kind, int block, BlockRole role, int row, RowKey key, Optional<ColumnId> column) {

    /** Validates. */
    public CellLocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(column, "column");
    }

    /**
     * @param columnId a column id
     * @return this row's cell in that column
     */
    public CellLocation atColumn(ColumnId columnId) {
        return new CellLocation(table, kind, block, role, row, key, Optional.of(columnId));
    }

    /**
     * Whether a finding's location names this cell: the same table kind, row key and (if this is a
     * cell) column id. A location does not name the block, so a key printed in two blocks of a
     * table matches in both.
     *
     * @param location a finding's location, or the location of a cell that took part in a check
     * @return whether it names this cell (or this row)
     */
    public boolean matches(Location location) {
        Objects.requireNonNull(location, "location");
        return location.table().equals(Optional.of(kind.id())) && location.row().equals(Optional.of(key.toString()))
                && (column.isEmpty() || location.column().equals(column.map(ColumnId::toString)));
    }

    /** @return e.g. {@code budget/expenditure [MAIN] function:2101501 / total} */
    @Override
    public String toString() {
        return kind.id() + " [" + role + "] " + key + column.map(c -> " / " + c).orElse("");
    }
}
