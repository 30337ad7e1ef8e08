package dev.yusuan.json;

import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An example run, not a test: writes a ledger of N lines with the streaming writer, then streams
 * it through the reader with a small heap and prints the heap in use after a full GC every million
 * lines.
 *
 * <pre>
 * java -cp … dev.yusuan.json.StreamingHeapRun write ledger.json 10000000
 * java -Xmx48m -cp … dev.yusuan.json.StreamingHeapRun read ledger.json
 * java -Xmx48m -cp … dev.yusuan.json.StreamingHeapRun validate ledger.json
 * </pre>
 *
 * <p>Lines: 200 units × 50,000 lines, in key order (unit, function 项, economic 款); amounts in
 * 万元 with 2 decimals.
 */
public final class StreamingHeapRun {
    static final int LINES_PER_UNIT = 50_000;
    static final FundSource[] SOURCES = {FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL,
        FundSource.SPECIAL_ACCOUNT, FundSource.BUSINESS, FundSource.OTHER};

    private StreamingHeapRun() {
    }

    static LedgerHeader header(long lines) {
        int n = (int) Math.max(1, (lines + LINES_PER_UNIT - 1) / LINES_PER_UNIT);
        List<BudgetUnit> units = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            units.add(new BudgetUnit(Integer.toString(354_000 + u), "单位" + u, u % 2 == 0 ? UnitType.ADMINISTRATIVE : UnitType.INSTITUTION));
        }
        return LedgerHeader.of(new ReportingEntity("测试部门", units), 2021, Stage.BUDGET, AmountUnit.WAN_YUAN, 2);
    }

    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args[1]);
        switch (args[0]) {
            case "write":
                write(file, Long.parseLong(args[2]));
                break;
            case "read":
                read(file, false);
                break;
            case "validate":
                read(file, true);
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }

    static void write(Path file, long n) throws Exception {
        LedgerHeader h = header(n);
        List<String> units = h.entity().units().stream().map(BudgetUnit::code).toList();
        Iterator<LedgerLine> lines = new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public LedgerLine next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                long k = i % LINES_PER_UNIT;
                int unit = (int) (i / LINES_PER_UNIT);
                int function = 2_010_101 + (int) (k / 25) * 7;
                int economic = 30_101 + (int) (k % 25);
                long amount = 1 + (i * 2_654_435_761L & 0xFFFFFFL);
                i++;
                return LedgerLine.of(FunctionCode.parse(Integer.toString(function)), SOURCES[(int) (k % 6)],
                        k % 25 < 12 ? SpendingType.BASIC_PERSONNEL : SpendingType.PROJECT, Amount.of(amount, 2))
                        .withEconomic(DepartmentEconomicCode.parse(Integer.toString(economic))).withUnit(units.get(unit));
            }
        };
        long t = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            YusuanJson.writeLedger(out, h, lines);
        }
        System.out.printf("wrote %,d lines, %,d bytes in %.1f s%n", n, Files.size(file), (System.nanoTime() - t) / 1e9);
    }

    static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    static void read(Path file, boolean validate) throws Exception {
        System.gc();
        long base = used();
        System.out.printf("max heap %,d bytes; in use before reading %,d%n", Runtime.getRuntime().maxMemory(), base);
        long[] count = new long[2];
        long t = System.nanoTime();
        LedgerHandler counting = (f, e, s, ty, u, a) -> {
            count[0]++;
            count[1] += a;
            if (count[0] % 1_000_000 == 0) {
                System.gc();
                System.out.printf("%,12d lines: heap in use %,d bytes%n", count[0], used());
            }
        };
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (validate) {
                Rollup[] r = new Rollup[1];
                dev.yusuan.core.ledger.LedgerAggregator[] agg = new dev.yusuan.core.ledger.LedgerAggregator[1];
                YusuanJson.readLedger(in, new LedgerHandler() {
                    @Override
                    public void header(LedgerHeader header) {
                        agg[0] = dev.yusuan.core.ledger.LedgerAggregator.of(header);
                    }

                    @Override
                    public void visit(int f, int e, FundSource s, SpendingType ty, int u, long a) {
                        agg[0].accept(f, e, s, ty, u, a);
                        counting.visit(f, e, s, ty, u, a);
                    }
                });
                r[0] = agg[0].result();
                Report report = Validator.builder().build().validate(r[0]);
                System.out.printf("validated: %d findings, %d combinations%n", report.findings().size(), agg[0].distinctCombinations());
            } else {
                YusuanJson.readLedger(in, counting);
            }
        }
        double s = (System.nanoTime() - t) / 1e9;
        System.gc();
        System.out.printf("read %,d lines (sum %,d) in %.1f s, %.0f ns/line; heap in use after %,d bytes%n", count[0], count[1], s,
                s * 1e9 / count[0], used());
    }
}
