package dev.yusuan.benchmarks.data;

import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerAggregator;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.money.AmountUnit;

/** Our model built from the generated data, through the library's public fast paths. */
public final class Ledgers {
    /** The fiscal year of every benchmark ledger. */
    public static final int YEAR = 2021;

    private Ledgers() {
    }

    /**
     * @param d generated data (or any chunk of it: a chunk carries every unit)
     * @return the header of its ledger: a 2021 budget in 万元 at two decimals, 部门 economic codes
     */
    public static LedgerHeader header(LedgerData d) {
        return header(d.unitList());
    }

    /**
     * @param units the budget units
     * @return the header of a ledger of these units
     */
    public static LedgerHeader header(java.util.List<dev.yusuan.core.dimension.BudgetUnit> units) {
        return LedgerHeader.of(new ReportingEntity("基准部门", units), YEAR, Stage.BUDGET, AmountUnit.WAN_YUAN, LedgerData.SCALE);
    }

    /**
     * Builds a ledger with {@link Ledger.Builder#add(int, int, dev.yusuan.core.dimension.FundSource,
     * dev.yusuan.core.dimension.SpendingType, int, long) the primitive add}.
     *
     * @param d the data
     * @return the ledger of every line
     */
    public static Ledger build(LedgerData d) {
        Ledger.Builder b = Ledger.builder(header(d));
        addTo(b, d);
        return b.build();
    }

    /**
     * @param b a builder
     * @param d lines to add
     */
    public static void addTo(Ledger.Builder b, LedgerData d) {
        int[] functionCodes = new int[d.functions.length];
        for (int f = 0; f < functionCodes.length; f++) {
            functionCodes[f] = d.functions[f].toInt();
        }
        int[] economicCodes = new int[d.economics.length];
        for (int e = 0; e < economicCodes.length; e++) {
            economicCodes[e] = d.economics[e].toInt();
        }
        for (int i = 0; i < d.size; i++) {
            b.add(functionCodes[d.function[i]], economicCodes[d.economic[i]], d.sources[d.source[i]], d.spendingType(i), d.unit[i],
                    d.amount[i]);
        }
    }

    /**
     * Feeds lines to a streaming aggregator.
     *
     * @param a an aggregator
     * @param d lines
     */
    public static void feed(LedgerAggregator a, LedgerData d) {
        for (int i = 0; i < d.size; i++) {
            a.accept(d.functions[d.function[i]].toInt(), d.economics[d.economic[i]].toInt(), d.sources[d.source[i]], d.spendingType(i),
                    d.unit[i], d.amount[i]);
        }
    }
}
