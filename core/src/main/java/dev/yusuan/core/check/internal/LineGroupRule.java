package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Line groups (行组): each named line that groups other lines equals the sum of them, in every
 * amount column — 一般公共预算拨款 = 经费拨款 + 纳入预算管理的非税收入 …, 基本支出 = Σ its economic
 * classes, 年初结转和结余 = Σ by fund source (the 三公 lines have their own identities, 3P-01 and 3P-02).
 * The rows counterpart of {@link ColumnGroupRule}: a
 * group with members of two kinds (by economic class and otherwise) is checked once for each, and a
 * group under which the table has a local ({@code x-}) line is not checked.
 */
public final class LineGroupRule implements Rule {
    private final RuleInfo info;

    /** @param info the rule's description */
    public LineGroupRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(PublishedStatement statement, CheckContext context) {
        for (PublishedTable table : statement.tables()) {
            if (!info.appliesTo(table.kind())) {
                continue;
            }
            for (Grid grid : Grid.of(table)) {
                checkGrid(grid, context);
            }
        }
    }

    private void checkGrid(Grid grid, CheckContext context) {
        Map<LineId, Map<Boolean, List<Row>>> groups = new LinkedHashMap<>();
        for (Row r : grid.rows()) {
            if (!(r.key() instanceof RowKey.LineKey)) {
                continue;
            }
            LineId id = ((RowKey.LineKey) r.key()).id();
            if (id.isLocal()) {
                continue;
            }
            Optional<LineId> group = id.group();
            // the 三公 lines have their own declared identities (3P-01, 3P-02)
            if (group.isPresent() && !group.get().toString().startsWith("three-public/")
                    && grid.row(RowKey.line(group.get())).isPresent()) {
                groups.computeIfAbsent(group.get(), g -> new LinkedHashMap<>())
                        .computeIfAbsent(id.economicCode().isPresent(), k -> new ArrayList<>()).add(r);
            }
        }
        groups.forEach((groupId, byKind) -> {
            if (hasLocalBelow(grid, groupId)) {
                return;
            }
            Row groupRow = grid.row(RowKey.line(groupId)).orElseThrow();
            byKind.values().forEach(members -> checkMembers(grid, groupRow, members, context));
        });
    }

    private static boolean hasLocalBelow(Grid grid, LineId group) {
        String prefix = "x-" + group + "/";
        for (Row r : grid.rows()) {
            if (r.key() instanceof RowKey.LineKey && ((RowKey.LineKey) r.key()).id().toString().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void checkMembers(Grid grid, Row groupRow, List<Row> members, CheckContext context) {
        for (Column column : grid.amountColumns()) {
            Optional<List<Ref>> found = grid.columnCells(column, groupRow, members);
            if (found.isEmpty() || found.get().stream().noneMatch(c -> c.value.printed())) {
                continue;
            }
            List<Ref> cells = found.get();
            Ref total = cells.get(0);
            context.compare(info, total.value, Ref.values(cells, 1), total::location, () -> Ref.cellRefs(cells),
                    () -> groupRow.label() + " = " + labels(members), () -> groupRow.key() + " = " + keys(members));
        }
    }

    private static String labels(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.label());
        }
        return String.join(" + ", out);
    }

    private static String keys(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.key().toString());
        }
        return String.join(" + ", out);
    }
}
