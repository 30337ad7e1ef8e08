package dev.yusuan.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.EconomicCorrespondence;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    private final LedgerData d = LedgerData.generate(20_000);

    @Test
    void theLongAggregatesAddUpAndAgree() {
        LongAggregates a = new LongAggregates(d).sum(d);
        assertThat(a.broken).isZero();
        assertThat(a.total()).isEqualTo(d.total());
        assertThat(Arrays.stream(a.byItem).sum()).isEqualTo(d.total());
        assertThat(a.byCategory).hasSize(20 * 18);
        // summing twice gives the same sums (the arrays are reset)
        long[] first = a.byItem.clone();
        assertThat(a.sum(d).byItem).isEqualTo(first);
    }

    @Test
    void theIntTableConversionKeepsEveryAmount() {
        EconomicCorrespondence c = Catalogs.requireEdition(2021).correspondence();
        IntTableConversion t = new IntTableConversion(d, (code, type) -> c.map(code, type).target()).convert(d);
        assertThat(t.convertedTotal() + t.unmapped).isEqualTo(d.total());
        assertThat(t.lines).isPositive().isLessThan(d.size);
        assertThat(t.targets).extracting(Object::toString).contains("50101", "50501");
        // the generated 款 all have an official row for every unit type
        assertThat(t.unmappedLines).isZero();
    }
}
