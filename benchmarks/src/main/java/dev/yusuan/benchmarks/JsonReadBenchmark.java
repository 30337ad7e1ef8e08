package dev.yusuan.benchmarks;

import dev.yusuan.benchmarks.data.ByteSink;
import dev.yusuan.benchmarks.data.JacksonLoops;
import dev.yusuan.benchmarks.data.LedgerData;
import dev.yusuan.benchmarks.data.Ledgers;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.json.YusuanJson;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bar 2 (read): reading the 1 M-line ledger document (as our writer makes it, about 138 MB) into
 * our model with {@code YusuanJson.readLedger}. Baseline: a Jackson {@code JsonParser} loop over
 * the same bytes that reads every token and parses every amount as {@code BigDecimal}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonReadBenchmark {
    /** Number of lines. */
    @Param("1000000")
    public int lines;

    byte[] json;

    /** Generates the ledger and writes it with our writer. */
    @Setup(Level.Trial)
    public void setup() {
        Ledger ledger = Ledgers.build(LedgerData.generate(lines));
        ByteSink sink = new ByteSink(160 * lines + 4096);
        YusuanJson.writeLedger(ledger, sink);
        json = sink.toByteArray();
    }

    /** @return the ledger read */
    @Benchmark
    public Ledger ours() {
        return YusuanJson.readLedger(new ByteArrayInputStream(json));
    }

    /** @return what the loop saw */
    @Benchmark
    public JacksonLoops.ReadResult baseline() {
        return JacksonLoops.read(json);
    }
}
