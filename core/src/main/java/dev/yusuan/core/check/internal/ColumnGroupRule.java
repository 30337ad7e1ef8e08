package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Column groups (栏目组): each column group equals the sum of its sub-columns present in the
 * table, in every row — 基本支出 = 人员经费 + 公用经费, 财政拨款 = the three fiscal sources,
 * 一般公共预算 = its sub-sources, 301 = Σ 301xx, 三公 合计 = 出国 + 车辆 + 接待, 车辆 = 购置 + 运行.
 * A group with sub-columns of two kinds (by spending type and by economic class) is checked once
 * for each kind. A group under which the table has a local ({@code x-}) column is not checked:
 * what the local column holds is unknown.
 */
public final class ColumnGroupRule implements Rule {
    private final RuleInfo info;

    /** @param info the rule's description */
    public ColumnGroupRule(RuleInfo info) {
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
        Map<ColumnId, Map<Boolean, List<Column>>> groups = new LinkedHashMap<>();
        for (Column c : grid.columns()) {
            if (c.id().isLocal()) {
                continue;
            }
            Optional<ColumnId> group = c.id().group();
            if (group.isPresent() && grid.column(group.get()).isPresent()) {
                groups.computeIfAbsent(group.get(), g -> new LinkedHashMap<>())
                        .computeIfAbsent(c.id().economicCode().isPresent(), k -> new ArrayList<>()).add(c);
            }
        }
        groups.forEach((groupId, byKind) -> {
            if (hasLocalBelow(grid, groupId)) {
                return;
            }
            Column groupColumn = grid.column(groupId).orElseThrow();
            byKind.values().forEach(members -> checkMembers(grid, groupColumn, members, context));
        });
    }

    private static boolean hasLocalBelow(Grid grid, ColumnId group) {
        String prefix = "x-" + group + "/";
        for (Column c : grid.columns()) {
            if (c.id().isLocal() && c.id().toString().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void checkMembers(Grid grid, Column groupColumn, List<Column> members, CheckContext context) {
        List<String> labels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Column m : members) {
            labels.add(m.labelText());
            ids.add(m.id().toString());
        }
        for (Row row : grid.rows()) {
            Optional<List<Ref>> found = row.isEmpty() ? Optional.empty() : grid.rowCells(row, groupColumn, members);
            if (found.isEmpty()) {
                continue;
            }
            List<Ref> cells = found.get();
            Ref total = cells.get(0);
            context.compare(info, total.value, Ref.values(cells, 1), total::location, () -> Ref.cellRefs(cells),
                    () -> groupColumn.labelText() + " = " + String.join(" + ", labels),
                    () -> groupColumn.id() + " = " + String.join(" + ", ids));
        }
    }
}
