package dev.yusuan.benchmarks;

import dev.yusuan.benchmarks.data.IntTableConversion;
import dev.yusuan.benchmarks.data.LedgerData;
import dev.yusuan.benchmarks.data.Ledgers;
import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.EconomicMapping;
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
 * Bar 4: converting a 1 M-line ledger from 部门 to 政府 economic codes with the official
 * correspondence of the 2021 edition ({@code Ledger.toGovernmentEconomic}, each unit's type
 * deciding the target). Baseline: an {@code int[]} lookup table plus {@code long[]} accumulation
 * of the converted lines ({@link IntTableConversion}), built from the same correspondence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorrespondenceBenchmark {
    /** Number of lines. */
    @Param("1000000")
    public int lines;

    LedgerData data;
    Ledger ledger;
    EconomicMapping mapping;
    IntTableConversion table;

    /** Generates the ledger, builds the table of the baseline. */
    @Setup(Level.Trial)
    public void setup() {
        data = LedgerData.generate(lines);
        ledger = Ledgers.build(data);
        mapping = Catalogs.requireEdition(Ledgers.YEAR).correspondence().toEconomicMapping();
        table = new IntTableConversion(data, mapping::map);
    }

    /** @return the converted ledger */
    @Benchmark
    public Ledger ours() {
        return ledger.toGovernmentEconomic(mapping, UnitType.ADMINISTRATIVE);
    }

    /** @return the converted lines */
    @Benchmark
    public IntTableConversion baseline() {
        return table.convert(data);
    }
}
