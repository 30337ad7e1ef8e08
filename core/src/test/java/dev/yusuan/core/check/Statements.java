package dev.yusuan.core.check;

import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import java.util.List;

/** A compact way to write small published tables in tests. */
final class Statements {
    private Statements() {
    }

    /**
     * A block: {@code columns} are column ids; each row is {key, label, cell…} with the key as
     * {@code kind:value} (e.g. {@code function:210}, {@code line:total}) and null for a blank cell.
     */
    static Block.Builder block(BlockRole role, String[] columns, String[]... rows) {
        Block.Builder b = Block.builder(role);
        for (String c : columns) {
            b.column(Column.of(ColumnId.parse(c), c));
        }
        for (String[] r : rows) {
            Row.Builder row = Row.builder(RowKey.parse(r[0]), r[1]);
            for (int i = 2; i < r.length; i++) {
                if (r[i] != null) {
                    row.cell(columns[i - 2], r[i]);
                }
            }
            b.row(row);
        }
        return b;
    }

    static PublishedTable table(TableKind kind, Block.Builder... blocks) {
        PublishedTable.Builder t = PublishedTable.builder(kind, kind.chineseTitle(), AmountUnit.WAN_YUAN);
        for (Block.Builder b : blocks) {
            t.block(b);
        }
        return t.build();
    }

    static PublishedStatement statement(Stage stage, PublishedTable... tables) {
        PublishedStatement.Builder s = PublishedStatement.builder(StatementSource.of("test"),
                new ReportingEntity("测试局", List.of()), 2020, stage, AmountUnit.WAN_YUAN);
        for (PublishedTable t : tables) {
            s.table(t);
        }
        return s.build();
    }

    static String[] cols(String... ids) {
        return ids;
    }

    static String[] row(String... cells) {
        return cells;
    }
}
