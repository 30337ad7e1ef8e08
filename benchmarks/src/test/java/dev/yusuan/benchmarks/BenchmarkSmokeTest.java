package dev.yusuan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.benchmarks.data.IntTableConversion;
import dev.yusuan.benchmarks.data.JacksonLoops;
import dev.yusuan.benchmarks.data.LedgerData;
import dev.yusuan.benchmarks.data.LongAggregates;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.money.Amount;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once on tiny data, untimed: proves that each runs and that ours and
 * its baseline compute the same result on the same data.
 */
class BenchmarkSmokeTest {
    static final int LINES = 3_000;
    /** Validation of derived tables is slow in the number of 项 rows (see RESULTS.md); kept small. */
    static final int VALIDATE_LINES = 300;

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

    @Test
    void validationAndTheLongArraysSeeTheSameTotals() {
        ValidateBenchmark b = new ValidateBenchmark();
        b.lines = VALIDATE_LINES;
        b.setup();
        ValidateBenchmark.FreshLedger fresh = new ValidateBenchmark.FreshLedger();
        fresh.build(b);
        Report report = b.ours(fresh);
        LongAggregates sums = b.baseline();
        assertThat(report.hasErrors()).as("generated data is consistent: %s", report.findings()).isFalse();
        assertThat(sums.broken).isZero();
        assertThat(fresh.ledger.total()).isEqualTo(Amount.of(sums.total(), LedgerData.SCALE));
        assertThat(fresh.ledger.rollup().lineCount()).isEqualTo(VALIDATE_LINES);
    }

    @Test
    void readingOurJsonAndTheTokenLoopSeeTheSameAmounts() {
        JsonReadBenchmark b = new JsonReadBenchmark();
        b.lines = LINES;
        b.setup();
        Ledger ledger = b.ours();
        JacksonLoops.ReadResult r = b.baseline();
        assertThat(ledger.size()).isEqualTo(LINES);
        assertThat(r.amounts).isEqualTo(LINES);
        assertThat(ledger.total()).isEqualTo(Amount.of(r.unscaledSum, LedgerData.SCALE));
        assertThat(r.tokens).isGreaterThan(LINES * 13L);
    }

    @Test
    void bothWritersWriteEveryLine() {
        JsonWriteBenchmark b = new JsonWriteBenchmark();
        b.lines = LINES;
        b.setup();
        int ours = b.ours();
        JacksonLoops.ReadResult oursRead = JacksonLoops.read(b.sink.toByteArray());
        int baseline = b.baseline();
        JacksonLoops.ReadResult baseRead = JacksonLoops.read(b.sink.toByteArray());
        assertThat(ours).isGreaterThan(LINES * 100);
        assertThat(baseline).isGreaterThan(LINES * 100);
        assertThat(oursRead.amounts).isEqualTo(baseRead.amounts).isEqualTo(LINES);
        assertThat(oursRead.unscaledSum).isEqualTo(baseRead.unscaledSum).isEqualTo(b.data.total());
        // the same members: the token counts differ only by what the header holds
        assertThat(Math.abs(oursRead.tokens - baseRead.tokens)).isLessThan(200);
    }

    @Test
    void conversionAndTheIntTableGiveTheSameGovernmentTotals() {
        CorrespondenceBenchmark b = new CorrespondenceBenchmark();
        b.lines = LINES;
        b.setup();
        Ledger converted = b.ours();
        IntTableConversion t = b.baseline();
        assertThat(t.unmappedLines).isZero();
        SortedMap<GovernmentEconomicCode, Amount> ours = converted.rollup().byGovernmentEconomic(CodeLevel.SECTION, Slice.all());
        long[] base = t.byTarget();
        for (int i = 0; i < t.targets.length; i++) {
            Amount expected = Amount.of(base[i], LedgerData.SCALE);
            if (base[i] != 0) {
                assertThat(ours.get(t.targets[i])).as("%s", t.targets[i]).isEqualTo(expected);
            }
        }
        assertThat(converted.total()).isEqualTo(Amount.of(t.convertedTotal(), LedgerData.SCALE));
        // lines whose department codes meet in one government code are added together: never more lines
        assertThat(converted.size()).isLessThanOrEqualTo(LINES).isPositive();
    }
}
