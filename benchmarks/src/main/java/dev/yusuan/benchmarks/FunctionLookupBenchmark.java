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
 * Bar 3a: looking up a 7-digit function code (项) in a bundled edition, against
 * {@code HashMap<String, V>.get} with pre-built keys. One invocation looks up every active 项 of
 * the edition in a fixed shuffled order; the score is per invocation (all of them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FunctionLookupBenchmark {
    LookupData data;

    /** Loads the edition and builds the baseline map. */
    @Setup
    public void setup() {
        data = new LookupData(Scheme.FUNCTION, CodeLevel.ITEM);
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
