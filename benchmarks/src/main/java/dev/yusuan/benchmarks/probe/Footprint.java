package dev.yusuan.benchmarks.probe;

import dev.yusuan.benchmarks.data.LedgerData;
import dev.yusuan.benchmarks.data.Ledgers;
import dev.yusuan.core.ledger.Ledger;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Bar 5: the heap a ledger retains per line. Generates the data, then measures the used heap
 * after full collections before and after building the ledger (the data stays reachable in
 * both), and again after its roll-up is computed (a ledger keeps it). Run in its own JVM with
 * {@code -XX:+UseSerialGC}, so that {@code System.gc()} is a full, compacting collection. Prints
 * {@code METRIC bytes-per-line <bytes per line of the built ledger> <detail>}.
 *
 * <p>Usage: {@code Footprint LINES}
 */
public final class Footprint {
    private Footprint() {
    }

    /**
     * Entry point.
     *
     * @param args the number of lines
     */
    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        LedgerData data = LedgerData.generate(lines);
        // warm the code paths up on a small ledger first, so that class loading and the builder's
        // statics are not counted
        Ledgers.build(LedgerData.generate(1000)).rollup();
        long before = usedAfterGc();
        Ledger ledger = Ledgers.build(data);
        long built = usedAfterGc();
        ledger.rollup();
        long rolled = usedAfterGc();
        double perLine = (built - before) / (double) lines;
        double withRollup = (rolled - before) / (double) lines;
        System.out.println(String.format(Locale.ROOT,
                "METRIC bytes-per-line %.2f built with Ledger.Builder, %d lines, %.1f MB retained; %.1f bytes/line once its roll-up is kept",
                perLine, ledger.size(), (built - before) / 1e6, withRollup));
        if (data.size != ledger.size()) {
            throw new AssertionError("data and ledger sizes differ");
        }
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
