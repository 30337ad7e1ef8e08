package dev.yusuan.benchmarks;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.Scheme;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bar 3b: looking up a 5-digit department economic code (款) in a bundled edition, against
 * {@code HashMap<String, V>.get} with pre-built keys. One invocation looks up every active 款 of
 * the edition in a fixed shuffled order; the score is per invocation (all of them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EconomicLookupBenchmark {
    LookupData data;

    /** Loads the edition and builds the baseline map. */
    @Setup
    public void setup() {
        data = new LookupData(Scheme.DEPARTMENT_ECONOMIC, CodeLevel.SECTION);
    }

    /** @return the sum of the found names' lengths */
    @Benchmark
    public int ours() {
        return data.ours();
    }

    /** @return the sum of the found names' lengths */
    @Benchmark
    public int baseline() {
        return data.baseline();
    }
}
