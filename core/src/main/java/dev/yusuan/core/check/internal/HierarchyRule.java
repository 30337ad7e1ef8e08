package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.table.Column;
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
 * Hierarchy sums within a table (表内层级): each code row that has child rows printed equals the
 * sum of them, in every amount column — 类 = Σ 款 and 款 = Σ 项 for function codes, 类 = Σ 款 and
 * 款 = Σ local sub-items for economic codes.
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
                Map<RowKey, List<Row>> children = new LinkedHashMap<>();
                for (Row r : grid.rows()) {
                    if (r.key().kind() != keyKind) {
                        continue;
                    }
                    Optional<RowKey> parent = r.key().parent();
                    if (parent.isPresent() && grid.row(parent.get()).isPresent()) {
                        children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(r);
                    }
                }
                children.forEach((parentKey, kids) -> checkParent(grid, grid.row(parentKey).orElseThrow(), kids, context));
            }
        }
    }

    private void checkParent(Grid grid, Row parent, List<Row> kids, CheckContext context) {
        for (Column column : grid.amountColumns()) {
            Optional<CellRef> total = grid.cell(parent, column);
            if (total.isEmpty()) {
                continue;
            }
            List<CellRef> cells = new ArrayList<>();
            cells.add(total.get());
            boolean numeric = true;
            for (Row kid : kids) {
                Optional<CellRef> c = grid.cell(kid, column);
                if (c.isEmpty()) {
                    numeric = false;
                    break;
                }
                if (!c.get().value().printed()) {
                    // a blank sub-code whose own sub-codes are printed stands for their sum; its own
                    // check reports the blank, and the break is not reported twice
                    List<CellRef> below = Tables.codeCells(grid.without(kid), kid.key(), column);
                    if (!below.isEmpty()) {
                        cells.addAll(below);
                        continue;
                    }
                }
                cells.add(c.get());
            }
            if (!numeric) {
                continue;
            }
            String code = parent.key().value();
            context.compare(info, total.get().location(), total.get().value(), Grid.values(cells.subList(1, cells.size())), cells,
                    code + " " + parent.label() + " = 其下级科目之和", code + " = sum of its " + kids.size() + " sub-codes");
        }
    }
}
