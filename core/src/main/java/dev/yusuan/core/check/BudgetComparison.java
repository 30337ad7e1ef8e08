package dev.yusuan.core.check;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Budget against final account, per 功能分类 项 (预算执行情况): 年初预算数, 决算数, the difference,
 * and the completion rate 决算数 / 年初预算数 (Liling 2021: 行政单位医疗 10.72 / 9.63 = 111.32%),
 * with the items whose rate departs from 100% by more than a threshold flagged.
 *
 * <p>The rate is a percentage rounded half-up to two decimals — the only rounding here, done
 * explicitly on a ratio, never on an amount. Immutable.
 */
public final class BudgetComparison {
    /** The default threshold: a rate outside 90%–110% is flagged. */
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One 项 compared.
     *
     * @param code the function code (项, or the level both sides print)
     * @param budget 年初预算数 (zero if the budget has no such item)
     * @param actual 决算数 (zero if the final account has no such item)
     * @param difference actual minus budget, exact
     * @param rate completion rate in percent, two decimals; empty when the budget is zero
     * @param flagged whether the rate departs from 100% by more than the threshold (or the item is
     *     spent without a budget)
     */
    public record Line(FunctionCode code, Amount budget, Amount actual, Amount difference, Optional<BigDecimal> rate,
            boolean flagged) {
        /** Validates. */
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(difference, "difference");
            Objects.requireNonNull(rate, "rate");
        }
    }

    private final List<Line> lines;
    private final BigDecimal threshold;

    private BudgetComparison(List<Line> lines, BigDecimal threshold) {
        this.lines = List.copyOf(lines);
        this.threshold = threshold;
    }

    /**
     * Compares two sets of amounts by function code.
     *
     * @param budget 年初预算数 by code
     * @param actual 决算数 by code, in the same unit
     * @param thresholdPercent flag a rate further than this many percentage points from 100
     * @return the comparison, in code order, over every code of either side
     */
    public static BudgetComparison of(Map<FunctionCode, Amount> budget, Map<FunctionCode, Amount> actual, BigDecimal thresholdPercent) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(thresholdPercent, "thresholdPercent");
        if (thresholdPercent.signum() < 0) {
            throw new IllegalArgumentException("threshold " + thresholdPercent + " is negative");
        }
        TreeSet<FunctionCode> codes = new TreeSet<>(budget.keySet());
        codes.addAll(actual.keySet());
        List<Line> out = new ArrayList<>();
        for (FunctionCode c : codes) {
            Amount b = budget.getOrDefault(c, Amount.ZERO);
            Amount a = actual.getOrDefault(c, Amount.ZERO);
            Optional<BigDecimal> rate = b.isZero() ? Optional.empty()
                    : Optional.of(a.toBigDecimal().multiply(HUNDRED).divide(b.toBigDecimal(), 2, RoundingMode.HALF_UP));
            boolean flagged = rate.map(r -> r.subtract(HUNDRED).abs().compareTo(thresholdPercent) > 0).orElse(!a.isZero());
            out.add(new Line(c, b, a, a.minus(b), rate, flagged));
        }
        return new BudgetComparison(out, thresholdPercent);
    }

    /**
     * Compares a final-account ledger that carries its 年初预算 (see {@code Ledger.Builder#initialBudget})
     * with that budget, per 项.
     *
     * @param finalAccount the final-account ledger
     * @param thresholdPercent the flagging threshold in percentage points
     * @return the comparison
     * @throws IllegalArgumentException if the ledger carries no initial budget
     */
    public static BudgetComparison of(Ledger finalAccount, BigDecimal thresholdPercent) {
        Ledger budget = finalAccount.initialBudget().orElseThrow(
                () -> new IllegalArgumentException("the ledger carries no 年初预算 to compare with"));
        return of(budget.rollup().byFunction(CodeLevel.ITEM, Slice.all()), finalAccount.rollup().byFunction(CodeLevel.ITEM, Slice.all()),
                thresholdPercent);
    }

    /**
     * Compares a published budget with a published final account of the same entity: the
     * expenditure tables' totals per function code printed in both (部门支出总表 with 支出决算表);
     * the final account's amounts are converted exactly to the budget's unit.
     *
     * @param budget the published budget
     * @param finalAccount the published final account
     * @param thresholdPercent the flagging threshold in percentage points
     * @return the comparison over the 项 printed in either
     * @throws IllegalArgumentException if either statement has no expenditure table by function
     */
    public static BudgetComparison of(PublishedStatement budget, PublishedStatement finalAccount, BigDecimal thresholdPercent) {
        SortedMap<FunctionCode, Amount> b = items(budget, budget.unit(), TableKind.BUDGET_EXPENDITURE, TableKind.BUDGET_EXPENDITURE_BY_TYPE,
                TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE);
        SortedMap<FunctionCode, Amount> a = items(finalAccount, budget.unit(), TableKind.FINAL_EXPENDITURE,
                TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE);
        return of(b, a, thresholdPercent);
    }

    private static SortedMap<FunctionCode, Amount> items(PublishedStatement s, AmountUnit unit, TableKind... kinds) {
        for (TableKind kind : kinds) {
            for (PublishedTable t : s.tables(kind)) {
                SortedMap<FunctionCode, Amount> out = new TreeMap<>();
                for (Block block : t.blocks()) {
                    Optional<ColumnId> column = firstColumn(block, "total", "subtotal", "amount");
                    if (column.isEmpty() || block.role() != BlockRole.MAIN) {
                        continue;
                    }
                    for (Row r : block.rows()) {
                        if (r.key() instanceof RowKey.FunctionKey && ((RowKey.FunctionKey) r.key()).code().level() == CodeLevel.ITEM) {
                            Cell cell = r.cell(column.get());
                            Amount v = cell.amount().orElse(Amount.ZERO).convert(t.unit(), unit);
                            out.merge(((RowKey.FunctionKey) r.key()).code(), v, Amount::plus);
                        }
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        throw new IllegalArgumentException("statement '" + s.source().title() + "' has no expenditure table by function 项 ("
                + java.util.Arrays.toString(kinds) + ")");
    }

    private static Optional<ColumnId> firstColumn(Block block, String... ids) {
        for (String id : ids) {
            ColumnId c = ColumnId.parse(id);
            if (block.hasColumn(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** @return every compared item, in code order */
    public List<Line> lines() {
        return lines;
    }

    /** @return the items whose rate departs from 100% by more than the threshold */
    public List<Line> flagged() {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.flagged()) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }

    /** @return the threshold in percentage points */
    public BigDecimal threshold() {
        return threshold;
    }

    @Override
    public String toString() {
        return "BudgetComparison" + lines;
    }
}
