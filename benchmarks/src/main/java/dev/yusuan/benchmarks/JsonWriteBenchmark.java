package dev.yusuan.benchmarks;

import dev.yusuan.benchmarks.data.ByteSink;
import dev.yusuan.benchmarks.data.JacksonLoops;
import dev.yusuan.benchmarks.data.LedgerData;
import dev.yusuan.benchmarks.data.Ledgers;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.json.YusuanJson;
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
 * Bar 2 (write): writing the 1 M-line ledger with {@code YusuanJson.writeLedger}. Baseline: a
 * Jackson {@code JsonGenerator} loop writing the same members from the generated columns, with
 * pre-built code strings and amounts formatted by {@code BigDecimal.toPlainString()}. Both write
 * into an in-memory sink that keeps its buffer between invocations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonWriteBenchmark {
    /** Number of lines. */
    @Param("1000000")
    public int lines;

    LedgerData data;
    Ledger ledger;
    JacksonLoops.Strings strings;
    ByteSink sink;

    /** Generates the ledger. */
    @Setup(Level.Trial)
    public void setup() {
        data = LedgerData.generate(lines);
        ledger = Ledgers.build(data);
        strings = new JacksonLoops.Strings(data);
        sink = new ByteSink(160 * lines + 4096);
    }

    /** @return the number of bytes written */
    @Benchmark
    public int ours() {
        sink.reset();
        YusuanJson.writeLedger(ledger, sink);
        return sink.size();
    }

    /** @return the number of bytes written */
    @Benchmark
    public int baseline() {
        sink.reset();
        JacksonLoops.write(data, strings, sink);
        return sink.size();
    }
}
