package dev.yusuan.examples.compare;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Budget against final account per function 项 (预算执行情况对比): for each 项 the 年初预算数, the
 * 决算数, the difference and the completion rate (完成率 = 决算数 / 年初预算数, as a percentage with
 * two decimals, rounded half up: 醴陵 2101101 行政单位医疗 10.72 / 9.63 = 111.32%), and whether the
 * variance exceeds a threshold.
 *
 * <p>A 项 is <em>flagged</em> when |决算数 − 年初预算数| exceeds the threshold percentage of the
 * 年初预算数, or when it has a 决算数 but no 年初预算数 (no rate can be computed; the document usually
 * explains it as 追加 spending). Amounts are exact; only the rate is rounded.
 *
 * <p>Immutable.
 */
public final class BudgetComparison {
    /** The default threshold: a variance of more than 10% of the budget is flagged. */
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Line> lines;
    private final Line itemSum;
    private final Line total;
    private final BigDecimal threshold;

    private BudgetComparison(List<Line> lines, Line itemSum, Line total, BigDecimal threshold) {
        this.lines = List.copyOf(lines);
        this.itemSum = itemSum;
        this.total = total;
        this.threshold = threshold;
    }

    /**
     * One 项 (or the total).
     *
     * @param code the function 项; empty for the total
     * @param name its name
     * @param budget the 年初预算数 (zero when the budget has no such 项)
     * @param actual the 决算数 (zero when the final account has no such 项)
     */
    public record Line(Optional<FunctionCode> code, String name, Amount budget, Amount actual) {
        /** Validates. */
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(actual, "actual");
        }

        /** @return 决算数 − 年初预算数, exact */
        public Amount variance() {
            return actual.minus(budget);
        }

        /** @return 决算数 / 年初预算数 × 100, two decimals, half up; empty when there is no budget */
        public Optional<BigDecimal> completionRate() {
            if (budget.isZero()) {
                return Optional.empty();
            }
            return Optional.of(actual.toBigDecimal().multiply(HUNDRED).divide(budget.toBigDecimal(), 2, RoundingMode.HALF_UP));
        }

        /**
         * @param thresholdPercent the threshold, e.g. 10 for 10%
         * @return whether the variance exceeds it (or there is spending without a budget)
         */
        public boolean exceeds(BigDecimal thresholdPercent) {
            if (budget.isZero()) {
                return !actual.isZero();
            }
            BigDecimal limit = budget.toBigDecimal().abs().multiply(thresholdPercent).divide(HUNDRED);
            return variance().toBigDecimal().abs().compareTo(limit) > 0;
        }
    }

    /**
     * Compares per-项 amounts.
     *
     * @param budget the 年初预算数 by 项
     * @param actual the 决算数 by 项
     * @param names the names of the 项 (a 项 without a name is shown by its code)
     * @param thresholdPercent the variance threshold, in percent of the budget (e.g. 10)
     * @return the comparison, 项 in code order, over the union of the 项 of both sides
     */
    public static BudgetComparison of(Map<FunctionCode, Amount> budget, Map<FunctionCode, Amount> actual, Map<FunctionCode, String> names,
            BigDecimal thresholdPercent) {
        Objects.requireNonNull(thresholdPercent, "thresholdPercent");
        if (thresholdPercent.signum() < 0) {
            throw new IllegalArgumentException("the threshold must not be negative, got " + thresholdPercent);
        }
        TreeSet<FunctionCode> codes = new TreeSet<>(budget.keySet());
        codes.addAll(actual.keySet());
        List<Line> lines = new ArrayList<>();
        Amount b = Amount.ZERO;
        Amount a = Amount.ZERO;
        for (FunctionCode c : codes) {
            if (c.level() != CodeLevel.ITEM) {
                throw new IllegalArgumentException(c + " is a " + c.level().chineseName() + "; compare 项 (7 digits)");
            }
            Amount lb = budget.getOrDefault(c, Amount.ZERO);
            Amount la = actual.getOrDefault(c, Amount.ZERO);
            lines.add(new Line(Optional.of(c), names.getOrDefault(c, c.toString()), lb, la));
            b = b.plus(lb);
            a = a.plus(la);
        }
        Line sum = new Line(Optional.empty(), "合计", b, a);
        return new BudgetComparison(lines, sum, sum, thresholdPercent);
    }

    /**
     * @param budgetTotal the 年初预算 total as printed
     * @param actualTotal the 决算 total as printed
     * @return this comparison with those totals instead of the sums of the 项 (printed totals may
     *     differ from the sum of the printed 项 by rounding)
     */
    public BudgetComparison withPrintedTotals(Amount budgetTotal, Amount actualTotal) {
        return new BudgetComparison(lines, itemSum, new Line(Optional.empty(), "合计", budgetTotal, actualTotal), threshold);
    }

    /**
     * Compares the 项 rows of two published (or derived) tables: a budget table and a final-account
     * table of the same coverage, e.g. 一般公共预算支出表 and 公开05表. The amount of a row is its
     * {@code total} cell, else its {@code subtotal}, else its {@code amount}; a blank is zero.
     *
     * @param budget the budget table
     * @param actual the final-account table
     * @param thresholdPercent the variance threshold in percent
     * @return the comparison; names are taken from the final-account table, then the budget's
     */
    public static BudgetComparison of(PublishedTable budget, PublishedTable actual, BigDecimal thresholdPercent) {
        Map<FunctionCode, String> names = new LinkedHashMap<>();
        Map<FunctionCode, Amount> b = itemAmounts(budget, names);
        Map<FunctionCode, String> finalNames = new LinkedHashMap<>();
        Map<FunctionCode, Amount> a = itemAmounts(actual, finalNames);
        names.putAll(finalNames);
        BudgetComparison c = of(b, a, names, thresholdPercent);
        Optional<Amount> bt = printedTotal(budget);
        Optional<Amount> at = printedTotal(actual);
        return bt.isPresent() && at.isPresent() ? c.withPrintedTotals(bt.get(), at.get()) : c;
    }

    private static Optional<Amount> printedTotal(PublishedTable table) {
        for (Block block : table.blocks()) {
            Optional<ColumnId> column = rowTotal(block);
            Optional<Row> row = block.row(RowKey.line("total"));
            if (column.isPresent() && row.isPresent() && row.get().cell(column.get()).isAmount()) {
                return row.get().cell(column.get()).amount();
            }
        }
        return Optional.empty();
    }

    /**
     * The amount of each function 项 row of a table.
     *
     * @param table a table with function rows
     * @param names receives the printed name of each 项
     * @return the amounts by 项, in code order
     */
    public static Map<FunctionCode, Amount> itemAmounts(PublishedTable table, Map<FunctionCode, String> names) {
        Map<FunctionCode, Amount> out = new TreeMap<>();
        for (Block block : table.blocks()) {
            ColumnId column = rowTotal(block).orElse(null);
            if (column == null) {
                continue;
            }
            for (Row r : block.rows()) {
                if (r.key().kind() != RowKey.Kind.FUNCTION) {
                    continue;
                }
                FunctionCode code = (FunctionCode) r.key().classificationCode().orElseThrow();
                if (code.level() != CodeLevel.ITEM) {
                    continue;
                }
                out.merge(code, r.cell(column).numericValue().orElse(Amount.ZERO), Amount::plus);
                names.putIfAbsent(code, r.label());
            }
        }
        return out;
    }

    private static Optional<ColumnId> rowTotal(Block block) {
        for (ColumnId id : List.of(ColumnId.TOTAL, ColumnId.SUBTOTAL, ColumnId.AMOUNT)) {
            if (block.hasColumn(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** @return the 项, in code order */
    public List<Line> lines() {
        return lines;
    }

    /** @return the total: as printed when both tables print one ({@link #withPrintedTotals}), else the sum of the 项 */
    public Line total() {
        return total;
    }

    /** @return the sum of the 项 on each side, exact */
    public Line itemSum() {
        return itemSum;
    }

    /** @return the threshold in percent */
    public BigDecimal threshold() {
        return threshold;
    }

    /** @return the 项 whose variance exceeds the threshold, or that have spending without a budget */
    public List<Line> flagged() {
        return lines.stream().filter(l -> l.exceeds(threshold)).toList();
    }

    /**
     * @param code a 项
     * @return its line, if either side has it
     */
    public Optional<Line> line(FunctionCode code) {
        return lines.stream().filter(l -> l.code().equals(Optional.of(code))).findFirst();
    }
}
