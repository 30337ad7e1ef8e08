package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell taking part in a check, before it is reported: its value, and what it takes to locate it.
 * The location is built only when a finding needs it.
 */
final class Ref {
    final Grid grid;
    final Row row;
    final Column column;
    final Value value;

    Ref(Grid grid, Row row, Column column, Value value) {
        this.grid = grid;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    Location location() {
        return CheckContext.locate(grid.table(), row, column);
    }

    CellRef toCellRef() {
        return new CellRef(location(), value);
    }

    static List<Value> values(List<Ref> refs, int from) {
        List<Value> out = new ArrayList<>(refs.size() - from);
        for (int i = from; i < refs.size(); i++) {
            out.add(refs.get(i).value);
        }
        return out;
    }

    static List<CellRef> cellRefs(List<Ref> refs) {
        List<CellRef> out = new ArrayList<>(refs.size());
        for (Ref r : refs) {
            out.add(r.toCellRef());
        }
        return out;
    }
}
