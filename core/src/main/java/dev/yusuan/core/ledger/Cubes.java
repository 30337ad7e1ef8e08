package dev.yusuan.core.ledger;

import java.util.Arrays;

/**
 * The aggregates a roll-up is made of, accumulated line by line: sums per function 项 × cell, per
 * economic code × cell and per unit slot × cell, where a cell is a fund source × spending type.
 * Three dense array updates per line. Package-private, not thread-safe.
 */
final class Cubes {
    static final int CELLS = TupleCodec.CELLS;

    final CodeDictionary functions = new CodeDictionary();
    final CodeDictionary economics = new CodeDictionary();
    long[] byFunction = new long[64 * CELLS];
    long[] byEconomic = new long[64 * CELLS];
    final long[] byUnit;

    Cubes(int units) {
        byUnit = new long[(units + 1) * CELLS];
    }

    /** Adds one line given its codes. */
    void add(int function, int economic, int unitSlot, int cell, long amount, long line) {
        int f = functions.indexOf(function);
        if ((f + 1) * CELLS > byFunction.length) {
            byFunction = Arrays.copyOf(byFunction, byFunction.length * 2);
        }
        int e = economics.indexOf(economic);
        if ((e + 1) * CELLS > byEconomic.length) {
            byEconomic = Arrays.copyOf(byEconomic, byEconomic.length * 2);
        }
        try {
            int i = f * CELLS + cell;
            byFunction[i] = Math.addExact(byFunction[i], amount);
            i = e * CELLS + cell;
            byEconomic[i] = Math.addExact(byEconomic[i], amount);
            i = unitSlot * CELLS + cell;
            byUnit[i] = Math.addExact(byUnit[i], amount);
        } catch (ArithmeticException x) {
            throw LineEncoder.overflow(byUnit[unitSlot * CELLS + cell], amount, line, "the lines");
        }
    }

    /** Adds every aggregate of another set of cubes. */
    void addAll(Cubes o) {
        for (int f = 0; f < o.functions.size(); f++) {
            int i = functions.indexOf(o.functions.code(f));
            if ((i + 1) * CELLS > byFunction.length) {
                byFunction = Arrays.copyOf(byFunction, Math.max(byFunction.length * 2, (i + 1) * CELLS));
            }
            for (int c = 0; c < CELLS; c++) {
                byFunction[i * CELLS + c] = LineEncoder.add(byFunction[i * CELLS + c], o.byFunction[f * CELLS + c], -1, "the lines");
            }
        }
        for (int e = 0; e < o.economics.size(); e++) {
            int i = economics.indexOf(o.economics.code(e));
            if ((i + 1) * CELLS > byEconomic.length) {
                byEconomic = Arrays.copyOf(byEconomic, Math.max(byEconomic.length * 2, (i + 1) * CELLS));
            }
            for (int c = 0; c < CELLS; c++) {
                byEconomic[i * CELLS + c] = LineEncoder.add(byEconomic[i * CELLS + c], o.byEconomic[e * CELLS + c], -1, "the lines");
            }
        }
        for (int i = 0; i < byUnit.length; i++) {
            byUnit[i] = LineEncoder.add(byUnit[i], o.byUnit[i], -1, "the lines");
        }
    }
}
