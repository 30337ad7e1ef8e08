package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hierarchy sums within a table (表内层级): each code row that has child rows printed equals the
 * sum of them, in every amount column — 类 = Σ 款 and 款 = Σ 项 for function codes, 类 = Σ 款 and
 * 款 = Σ local sub-items for economic codes. A blank child whose own children are printed stands
 * for their sum: the blank row is read as a heading, and the row above it is checked against the
 * sub-codes, so that nothing is reported where the table is consistent.
 */
public final class HierarchyRule implements Rule {
    private final RuleInfo info;
    private final RowKey.Kind keyKind;

    /**
     * @param info the rule's description
     * @param keyKind which codes: function, department economic or government economic
     */
    public HierarchyRule(RuleInfo info, RowKey.Kind keyKind) {
        this.info = info;
        this.keyKind = keyKind;
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
                Map<RowKey, Row> byKey = new HashMap<>();
                for (Row r : grid.rows()) {
                    if (r.key().kind() == keyKind) {
                        byKey.putIfAbsent(r.key(), r);
                    }
                }
                Map<Row, List<Row>> children = new LinkedHashMap<>();
                for (Row r : grid.rows()) {
                    if (r.key().kind() != keyKind) {
                        continue;
                    }
                    Optional<RowKey> parent = r.key().parent();
                    Row parentRow = parent.isPresent() ? byKey.get(parent.get()) : null;
                    if (parentRow != null) {
                        children.computeIfAbsent(parentRow, k -> new ArrayList<>()).add(r);
                    }
                }
                List<Column> columns = grid.amountColumns();
                children.forEach((parent, kids) -> checkParent(grid, parent, kids, children, byKey, columns, context));
            }
        }
    }

    private void checkParent(Grid grid, Row parent, List<Row> kids, Map<Row, List<Row>> children, Map<RowKey, Row> byKey,
            List<Column> columns, CheckContext context) {
        for (Column column : columns) {
            Optional<Ref> total = grid.ref(parent, column);
            if (total.isEmpty() || !total.get().value.printed() && hasPrintedAncestor(grid, parent, byKey, column)) {
                // a blank code row above printed sub-codes, under a printed row, is a heading (Zhuzhou
                // 附件20 prints 3011201 生育保险 3.06 under a blank 30112): the printed row above counts
                // the sub-codes instead. With nothing printed above it, the blank row is checked.
                continue;
            }
            List<Ref> cells = new ArrayList<>();
            cells.add(total.get());
            if (!expand(grid, kids, children, column, cells)) {
                continue;
            }
            String code = parent.key().value();
            int n = kids.size();
            context.compare(info, total.get().value, Ref.values(cells, 1), total.get()::location, () -> Ref.cellRefs(cells),
                    () -> code + " " + parent.label() + " = 其下级科目之和", () -> code + " = sum of its " + n + " sub-codes");
        }
    }

    private static boolean hasPrintedAncestor(Grid grid, Row row, Map<RowKey, Row> byKey, Column column) {
        Optional<RowKey> p = row.key().parent();
        while (p.isPresent()) {
            Row above = byKey.get(p.get());
            if (above != null) {
                Optional<Ref> r = grid.ref(above, column);
                if (r.isPresent() && r.get().value.printed()) {
                    return true;
                }
            }
            p = p.get().parent();
        }
        return false;
    }

    /** Adds the kids' cells, a blank kid with printed children by theirs; false if a cell holds text. */
    private static boolean expand(Grid grid, List<Row> kids, Map<Row, List<Row>> children, Column column, List<Ref> out) {
        for (Row kid : kids) {
            Optional<Ref> c = grid.ref(kid, column);
            if (c.isEmpty()) {
                return false;
            }
            List<Row> below = children.get(kid);
            if (!c.get().value.printed() && below != null) {
                List<Ref> sub = new ArrayList<>();
                if (expand(grid, below, children, column, sub) && sub.stream().anyMatch(r -> r.value.printed())) {
                    out.addAll(sub);
                    continue;
                }
            }
            out.add(c.get());
        }
        return true;
    }
}
