package dev.yusuan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once on tiny data, untimed: proves that each runs and that ours and
 * its baseline compute the same result on the same data.
 */
class BenchmarkSmokeTest {

    @Test
    void functionLookupFindsTheSameEntriesAsTheHashMap() {
        FunctionLookupBenchmark b = new FunctionLookupBenchmark();
        b.setup();
        assertThat(b.data.codes).isNotEmpty();
        assertThat(b.ours()).isPositive().isEqualTo(b.baseline());
    }

    @Test
    void economicLookupFindsTheSameEntriesAsTheHashMap() {
        EconomicLookupBenchmark b = new EconomicLookupBenchmark();
        b.setup();
        assertThat(b.data.codes).hasSizeGreaterThan(50);
        assertThat(b.ours()).isPositive().isEqualTo(b.baseline());
    }
}
