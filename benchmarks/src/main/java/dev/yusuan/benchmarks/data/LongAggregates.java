package dev.yusuan.benchmarks.data;

import dev.yusuan.core.dimension.SpendingType;

/**
 * The physical-limit baseline of validation: the same amounts summed into the same aggregates
 * with primitive {@code long[]} arrays indexed by the generator's dense indices, then the
 * identities a ledger has to satisfy checked on the sums. No hashing, no objects, no exactness
 * checks beyond what {@code long} addition gives.
 *
 * <p>Aggregates, each per cell (fund source × spending type): by function 项, rolled up to 款 and
 * 类; by economic 款, rolled up to 类; by unit. Identities: the function, economic and unit views
 * agree on every cell total.
 */
public final class LongAggregates {
    /** Cells per code: 6 sources × 3 spending types (人员经费, 公用经费, 项目支出). */
    public static final int TYPES = 3;

    /** Sums by function 项 and cell. */
    public final long[] byItem;
    /** Sums by function 款 and cell. */
    public final long[] bySection;
    /** Sums by function 类 and cell. */
    public final long[] byCategory;
    /** Sums by economic 款 and cell. */
    public final long[] byEconomic;
    /** Sums by economic 类 and cell. */
    public final long[] byEconomicCategory;
    /** Sums by unit and cell. */
    public final long[] byUnit;
    /** Sums by cell. */
    public final long[] byCell;
    /** The number of identities that did not hold (0 for generated data). */
    public int broken;

    private final int cells;
    private final int[] sectionOfItem;
    private final int[] categoryOfSection;
    private final int[] categoryOfEconomic;
    private final int[] typeOfBasic;

    /**
     * @param d the data the aggregates will be of (its vocabulary sizes the arrays)
     */
    public LongAggregates(LedgerData d) {
        cells = d.sources.length * TYPES;
        int items = d.functions.length;
        sectionOfItem = new int[items];
        int sections = 0;
        String lastSection = null;
        for (int f = 0; f < items; f++) {
            String s = d.functions[f].toString().substring(0, 5);
            if (!s.equals(lastSection)) {
                lastSection = s;
                sections++;
            }
            sectionOfItem[f] = sections - 1;
        }
        categoryOfSection = new int[sections];
        int categories = 0;
        String lastCategory = null;
        lastSection = null;
        for (int f = 0; f < items; f++) {
            String c = d.functions[f].toString().substring(0, 3);
            if (!c.equals(lastCategory)) {
                lastCategory = c;
                categories++;
            }
            categoryOfSection[sectionOfItem[f]] = categories - 1;
        }
        categoryOfEconomic = new int[d.economics.length];
        int econCategories = 0;
        lastCategory = null;
        for (int e = 0; e < d.economics.length; e++) {
            String c = d.economics[e].toString().substring(0, 3);
            if (!c.equals(lastCategory)) {
                lastCategory = c;
                econCategories++;
            }
            categoryOfEconomic[e] = econCategories - 1;
        }
        typeOfBasic = new int[d.economics.length];
        for (int e = 0; e < d.economics.length; e++) {
            typeOfBasic[e] = d.basicTypeOfEconomic[e] == SpendingType.BASIC_PERSONNEL ? 0 : 1;
        }
        byItem = new long[items * cells];
        bySection = new long[sections * cells];
        byCategory = new long[categories * cells];
        byEconomic = new long[d.economics.length * cells];
        byEconomicCategory = new long[econCategories * cells];
        byUnit = new long[d.units.length * cells];
        byCell = new long[cells];
    }

    /**
     * Sums every line and checks the identities.
     *
     * @param d the lines
     * @return this
     */
    public LongAggregates sum(LedgerData d) {
        for (long[] a : new long[][] {byItem, bySection, byCategory, byEconomic, byEconomicCategory, byUnit, byCell}) {
            java.util.Arrays.fill(a, 0);
        }
        short[] function = d.function;
        byte[] economic = d.economic;
        byte[] source = d.source;
        byte[] kind = d.kind;
        short[] unit = d.unit;
        long[] amount = d.amount;
        for (int i = 0; i < d.size; i++) {
            int e = economic[i];
            int type = kind[i] == LedgerData.PROJECT ? 2 : typeOfBasic[e];
            int cell = source[i] * TYPES + type;
            long a = amount[i];
            byItem[function[i] * cells + cell] += a;
            byEconomic[e * cells + cell] += a;
            byUnit[unit[i] * cells + cell] += a;
        }
        rollUp(byItem, sectionOfItem, bySection);
        rollUp(bySection, categoryOfSection, byCategory);
        rollUp(byEconomic, categoryOfEconomic, byEconomicCategory);
        for (int c = 0; c < byCategory.length; c++) {
            byCell[c % cells] += byCategory[c];
        }
        broken = 0;
        broken += differs(byCell, byEconomicCategory);
        broken += differs(byCell, byUnit);
        return this;
    }

    private void rollUp(long[] from, int[] parent, long[] to) {
        for (int i = 0; i < parent.length; i++) {
            int src = i * cells;
            int dst = parent[i] * cells;
            for (int c = 0; c < cells; c++) {
                to[dst + c] += from[src + c];
            }
        }
    }

    /** @return the number of cells where the column sums of {@code rows} differ from {@code totals} */
    private int differs(long[] totals, long[] rows) {
        long[] s = new long[cells];
        for (int i = 0; i < rows.length; i++) {
            s[i % cells] += rows[i];
        }
        int n = 0;
        for (int c = 0; c < cells; c++) {
            n += s[c] == totals[c] ? 0 : 1;
        }
        return n;
    }

    /** @return the grand total */
    public long total() {
        long t = 0;
        for (long v : byCell) {
            t += v;
        }
        return t;
    }
}
