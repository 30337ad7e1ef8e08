package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lookups shared by the cross-table rules. */
final class Tables {
    private Tables() {
    }

    /** The first table of the first kind present. */
    static Optional<PublishedTable> first(PublishedStatement s, TableKind... kinds) {
        for (TableKind k : kinds) {
            List<PublishedTable> t = s.tables(k);
            if (!t.isEmpty()) {
                return Optional.of(t.get(0));
            }
        }
        return Optional.empty();
    }

    /** The first grid of a table with one of the roles. */
    static Optional<Grid> grid(PublishedTable table, BlockRole... roles) {
        for (Grid g : Grid.of(table)) {
            for (BlockRole r : roles) {
                if (g.role() == r) {
                    return Optional.of(g);
                }
            }
        }
        return Optional.empty();
    }

    /** The first column present among the ids. */
    static Optional<Column> firstColumn(Grid grid, String... ids) {
        for (String id : ids) {
            Optional<Column> c = grid.column(ColumnId.parse(id));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** The row of the first line present among the ids. */
    static Optional<Row> firstLine(Grid grid, String... ids) {
        for (String id : ids) {
            Optional<Row> r = grid.row(RowKey.line(LineId.parse(id)));
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * The cells standing for a code row in a grid: the row itself if printed, otherwise the
     * printed rows of its nearest descendants (a table that prints only 项 rows stands for its
     * 类 by their sum); empty when the grid has neither.
     */
    static List<CellRef> codeCells(Grid grid, RowKey key, Column column) {
        Optional<Row> row = grid.row(key);
        List<CellRef> out = new ArrayList<>();
        if (row.isPresent()) {
            grid.cell(row.get(), column).ifPresent(out::add);
            return out;
        }
        for (Row r : grid.rows()) {
            if (r.key().kind() == key.kind() && isDescendant(r.key(), key) && !hasPrintedAncestorBelow(grid, r.key(), key)) {
                grid.cell(r, column).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean isDescendant(RowKey k, RowKey ancestor) {
        Optional<RowKey> p = k.parent();
        while (p.isPresent()) {
            if (p.get().equals(ancestor)) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    private static boolean hasPrintedAncestorBelow(Grid grid, RowKey k, RowKey top) {
        Optional<RowKey> p = k.parent();
        while (p.isPresent() && !p.get().equals(top)) {
            if (grid.row(p.get()).isPresent()) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    static List<Value> values(List<CellRef> cells) {
        return Grid.values(cells);
    }
}
