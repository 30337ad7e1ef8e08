package dev.yusuan.benchmarks.probe;

import dev.yusuan.benchmarks.data.LedgerData;
import dev.yusuan.benchmarks.data.Ledgers;
import dev.yusuan.benchmarks.report.Stats;
import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.money.Amount;
import dev.yusuan.json.YusuanJson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Bar 6: validating a 10 M-line ledger streamed from a JSON file in a JVM with {@code -Xmx256m}:
 * it must complete, and its time per line must be within 1.5× of the same pipeline on the
 * 1 M-line file. The pipeline is {@code YusuanJson.rollupLedger} (the lines are never held) then
 * {@code Validator.validate(Rollup)}. The files are written once with the streaming writer and
 * kept under the given directory. Prints {@code METRIC stream-10m-vs-1m <ratio> <detail>}.
 *
 * <p>Usage: {@code StreamingScale DATA_DIR quick|full}
 */
public final class StreamingScale {
    static final long SMALL = 1_000_000;
    static final long LARGE = 10_000_000;
    /** Bump when the generator changes, so that cached files are rewritten. */
    static final String DATA_VERSION = "v1";

    private StreamingScale() {
    }

    /**
     * Entry point.
     *
     * @param args the data directory and the mode
     * @throws IOException if a file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean quick = args.length < 2 || args[1].equals("quick");
        Files.createDirectories(dir);
        Path small = ensureFile(dir, SMALL);
        Path large = ensureFile(dir, LARGE);
        Validator validator = Validator.builder()
                .mapping(Catalogs.requireEdition(Ledgers.YEAR).correspondence().toEconomicMapping()).build();

        Run[] smallRuns;
        Run[] largeRuns;
        try {
            run(validator, small); // warm-up
            // interleaved (small, large, small, large, …), so that drift on a shared machine hits both alike
            smallRuns = new Run[quick ? 2 : 3];
            largeRuns = new Run[quick ? 2 : 3];
            for (int i = 0; i < smallRuns.length; i++) {
                smallRuns[i] = run(validator, small);
                largeRuns[i] = run(validator, large);
            }
        } catch (OutOfMemoryError e) {
            long at = Counting.last;
            long lines = current == large ? LARGE : SMALL;
            long size = Files.size(current);
            System.out.println(String.format(Locale.ROOT,
                    "METRIC stream-10m-vs-1m n/a did not complete: out of memory (%s) with -Xmx%dm reading the %d-line file,"
                            + " after %.0f of its %.0f MB (about line %d)",
                    e.getMessage(), Runtime.getRuntime().maxMemory() >> 20, lines, at / 1e6, size / 1e6, at * lines / size));
            return;
        }
        double smallPerLine = median(smallRuns) / SMALL;
        double largePerLine = median(largeRuns) / LARGE;
        Run s = smallRuns[0];
        Run l = largeRuns[0];
        System.out.println(String.format(Locale.ROOT,
                "METRIC stream-10m-vs-1m %.3f 10M: %.0f ns/line (read+roll-up %.1f s, validate %.2f s, peak heap %d MB of %d MB;"
                        + " runs %s s); 1M: %.0f ns/line (read+roll-up %.2f s, validate %.2f s; runs %s s); medians of %d/%d"
                        + " interleaved runs",
                largePerLine / smallPerLine, largePerLine, l.readSeconds, l.validateSeconds, l.peakHeapMb,
                Runtime.getRuntime().maxMemory() >> 20, seconds(largeRuns), smallPerLine, s.readSeconds, s.validateSeconds,
                seconds(smallRuns), largeRuns.length, smallRuns.length));
    }

    private record Run(double readSeconds, double validateSeconds, long peakHeapMb) {
        double nanos() {
            return (readSeconds + validateSeconds) * 1e9;
        }
    }

    private static String seconds(Run[] runs) {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            b.append(b.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.2f", r.nanos() / 1e9));
        }
        return b.toString();
    }

    private static double median(Run[] runs) {
        double[] t = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            t[i] = runs[i].nanos();
        }
        return Stats.median(t);
    }

    private static volatile Path current;

    private static Run run(Validator validator, Path file) throws IOException {
        current = file;
        System.gc();
        Peak peak = Peak.start();
        long t0 = System.nanoTime();
        Rollup rollup;
        try (InputStream in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            rollup = YusuanJson.rollupLedger(in);
        }
        long t1 = System.nanoTime();
        Report report = validator.validate(rollup);
        long t2 = System.nanoTime();
        long peakMb = peak.stop();
        if (report.hasErrors()) {
            throw new IllegalStateException("generated data has errors: " + report.counts());
        }
        return new Run((t1 - t0) / 1e9, (t2 - t1) / 1e9, peakMb);
    }

    /** Writes the file of a ledger of that many lines unless it is there already. */
    static Path ensureFile(Path dir, long lines) throws IOException {
        Path file = dir.resolve("ledger-" + lines + "-" + DATA_VERSION + ".json");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        LedgerHeader header = Ledgers.header(LedgerData.units(lines));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            YusuanJson.writeLedger(out, header, new Lines(lines));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The lines of a generated ledger, unit by unit, as LedgerLine objects. */
    private static final class Lines implements Iterator<LedgerLine> {
        private final Iterator<LedgerData> chunks;
        private LedgerData chunk;
        private int i;

        Lines(long lines) {
            this.chunks = LedgerData.chunks(lines);
        }

        @Override
        public boolean hasNext() {
            while ((chunk == null || i >= chunk.size) && chunks.hasNext()) {
                chunk = chunks.next();
                i = 0;
            }
            return chunk != null && i < chunk.size;
        }

        @Override
        public LedgerLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            LedgerData d = chunk;
            LedgerLine line = new LedgerLine(d.functions[d.function[i]], Optional.of(d.economics[d.economic[i]]), Optional.empty(),
                    d.sources[d.source[i]], d.spendingType(i), Optional.of(d.units[d.unit[i]].code()),
                    Amount.of(d.amount[i], LedgerData.SCALE));
            i++;
            return line;
        }
    }

    /** Counts the bytes read, so that a failure can say how far it got. */
    private static final class Counting extends FilterInputStream {
        static volatile long last;
        private long n;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                last = ++n;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) {
                n += r;
                last = n;
            }
            return r;
        }
    }

    /** Samples the used heap every 50 ms on a daemon thread. */
    private static final class Peak implements Runnable {
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static Peak start() {
            Peak p = new Peak();
            p.thread = new Thread(p, "heap-peak");
            p.thread.setDaemon(true);
            p.thread.start();
            return p;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() {
            running = false;
            thread.interrupt();
            return peak >> 20;
        }
    }
}
