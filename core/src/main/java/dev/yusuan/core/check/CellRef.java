package dev.yusuan.core.check;

import java.util.Objects;

/**
 * A cell that took part in a check (参与核对的单元格): where it is and what it held.
 *
 * @param location the cell's table, row and column
 * @param value its printed value, or blank
 */
public record CellRef(Location location, Value value) {
    /** Validates. */
    public CellRef {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
    }
}
