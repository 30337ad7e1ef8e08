package dev.yusuan.benchmarks.data;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The physical-limit baseline of the 部门→政府 economic conversion: an {@code int[]} table from
 * (unit type, department 款) to government 款, and {@code long[]} accumulation of the converted
 * lines. Lines come sorted by unit and function 项, so lines that merge (several department 款
 * mapping to one government 款, e.g. 30101 + 30102 + 30103 → 50101) are adjacent: the baseline
 * accumulates one (unit, 项) group at a time into a dense {@code long[]} over (government 款,
 * source, spending type) and emits the group's non-zero sums as output lines. Lines whose 款 has
 * no row for the unit type are summed apart as unmapped.
 */
public final class IntTableConversion {
    private static final int TYPES = LongAggregates.TYPES;

    /** The government 款 that are targets, in code order. */
    public final GovernmentEconomicCode[] targets;
    private final int[] table;
    private final int economics;
    private final int[] unitTypeOfUnit;
    private final int[] typeOfBasic;
    private final int cells;

    /** Output: number of converted lines. */
    public int lines;
    /** Output per converted line: unit index. */
    public final short[] outUnit;
    /** Output per converted line: function index. */
    public final short[] outFunction;
    /** Output per converted line: index into {@link #targets}. */
    public final short[] outTarget;
    /** Output per converted line: cell (source × 3 + spending type). */
    public final byte[] outCell;
    /** Output per converted line: amount. */
    public final long[] outAmount;
    /** Output: the sum of the unmapped lines. */
    public long unmapped;
    /** Output: the number of unmapped lines. */
    public int unmappedLines;

    /**
     * Builds the table from a mapping (the same one our conversion uses).
     *
     * @param d the data
     * @param mapping (department 款, unit type) → government 款, empty if unmapped
     */
    public IntTableConversion(LedgerData d, BiFunction<DepartmentEconomicCode, UnitType, Optional<GovernmentEconomicCode>> mapping) {
        economics = d.economics.length;
        UnitType[] types = UnitType.values();
        TreeMap<GovernmentEconomicCode, Integer> index = new TreeMap<>();
        for (UnitType t : types) {
            for (DepartmentEconomicCode e : d.economics) {
                mapping.apply(e, t).ifPresent(g -> index.put(g, 0));
            }
        }
        targets = index.keySet().toArray(new GovernmentEconomicCode[0]);
        for (int i = 0; i < targets.length; i++) {
            index.put(targets[i], i);
        }
        table = new int[types.length * economics];
        for (UnitType t : types) {
            for (int e = 0; e < economics; e++) {
                table[t.ordinal() * economics + e] = mapping.apply(d.economics[e], t).map(index::get).orElse(-1);
            }
        }
        unitTypeOfUnit = new int[d.units.length];
        for (int u = 0; u < d.units.length; u++) {
            unitTypeOfUnit[u] = d.units[u].type().ordinal();
        }
        typeOfBasic = new int[economics];
        for (int e = 0; e < economics; e++) {
            typeOfBasic[e] = d.basicTypeOfEconomic[e] == dev.yusuan.core.dimension.SpendingType.BASIC_PERSONNEL ? 0 : 1;
        }
        cells = d.sources.length * TYPES;
        outUnit = new short[d.size];
        outFunction = new short[d.size];
        outTarget = new short[d.size];
        outCell = new byte[d.size];
        outAmount = new long[d.size];
    }

    /**
     * Converts every line.
     *
     * @param d the lines (the data the table was built for)
     * @return this, with the output filled
     */
    public IntTableConversion convert(LedgerData d) {
        long[] acc = new long[targets.length * cells];
        int n = 0;
        long lost = 0;
        int lostLines = 0;
        int groupStart = 0;
        for (int i = 0; i <= d.size; i++) {
            if (i == d.size || i > groupStart && (d.function[i] != d.function[groupStart] || d.unit[i] != d.unit[groupStart])) {
                if (i > groupStart) {
                    for (int slot = 0; slot < acc.length; slot++) {
                        if (acc[slot] != 0) {
                            outUnit[n] = d.unit[groupStart];
                            outFunction[n] = d.function[groupStart];
                            outTarget[n] = (short) (slot / cells);
                            outCell[n] = (byte) (slot % cells);
                            outAmount[n] = acc[slot];
                            acc[slot] = 0;
                            n++;
                        }
                    }
                }
                groupStart = i;
                if (i == d.size) {
                    break;
                }
            }
            int e = d.economic[i];
            int target = table[unitTypeOfUnit[d.unit[i]] * economics + e];
            if (target < 0) {
                lost += d.amount[i];
                lostLines++;
                continue;
            }
            int type = d.kind[i] == LedgerData.PROJECT ? 2 : typeOfBasic[e];
            acc[target * cells + d.source[i] * TYPES + type] += d.amount[i];
        }
        lines = n;
        unmapped = lost;
        unmappedLines = lostLines;
        return this;
    }

    /** @return the sum of the converted lines */
    public long convertedTotal() {
        long t = 0;
        for (int i = 0; i < lines; i++) {
            t += outAmount[i];
        }
        return t;
    }

    /** @return the converted totals by target 款, in {@link #targets} order */
    public long[] byTarget() {
        long[] t = new long[targets.length];
        for (int i = 0; i < lines; i++) {
            t[outTarget[i]] += outAmount[i];
        }
        return t;
    }

    @Override
    public String toString() {
        return "IntTableConversion[" + lines + " lines, " + unmappedLines + " unmapped, targets " + Arrays.toString(targets) + "]";
    }
}
