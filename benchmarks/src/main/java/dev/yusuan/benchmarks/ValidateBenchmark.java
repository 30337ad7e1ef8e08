package dev.yusuan.benchmarks;

import dev.yusuan.benchmarks.data.LedgerData;
import dev.yusuan.benchmarks.data.Ledgers;
import dev.yusuan.benchmarks.data.LongAggregates;
import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.ledger.Ledger;
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
 * Bar 1: validating a line-level ledger of 1 M lines with every within-table and cross-table rule
 * (the standard rule set, the official 部门→政府 correspondence; no catalog, since the generated 项
 * are synthetic): {@code Validator.validate(Ledger)}, which rolls the ledger up, checks that the
 * aggregates agree with one another and runs, on the standard tables derived from them, the rules that
 * can still report something there (none, for this clean budget: see docs/rules.md, "Ledgers"). Baseline: the
 * same amounts summed into the same aggregates with {@code long[]} arrays ({@link LongAggregates}).
 *
 * <p>A ledger computes its roll-up once and keeps it, so {@code ours} gets a freshly built ledger
 * for every invocation (built outside the measured time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {
    /** Number of lines. */
    @Param("1000000")
    public int lines;

    LedgerData data;
    Validator validator;
    LongAggregates aggregates;

    /** Generates the data, builds the validator and the baseline arrays. */
    @Setup(Level.Trial)
    public void setup() {
        data = LedgerData.generate(lines);
        validator = Validator.builder().mapping(Catalogs.requireEdition(Ledgers.YEAR).correspondence().toEconomicMapping()).build();
        aggregates = new LongAggregates(data);
    }

    /** A ledger not yet rolled up. */
    @State(Scope.Thread)
    public static class FreshLedger {
        Ledger ledger;

        /**
         * @param b the benchmark state
         */
        @Setup(Level.Invocation)
        public void build(ValidateBenchmark b) {
            ledger = Ledgers.build(b.data);
        }
    }

    /**
     * @param fresh a ledger not yet rolled up
     * @return the findings
     */
    @Benchmark
    public Report ours(FreshLedger fresh) {
        return validator.validate(fresh.ledger);
    }

    /** @return the aggregates */
    @Benchmark
    public LongAggregates baseline() {
        return aggregates.sum(data);
    }
}
