package dev.yusuan.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerDataTest {

    @Test
    void theVocabularyHasTheShapeOfTheIssue() {
        LedgerData d = LedgerData.generate(0);
        assertThat(d.functions).hasSize(2000).doesNotHaveDuplicates();
        assertThat(d.economics).hasSize(60).doesNotHaveDuplicates();
        assertThat(d.sources).hasSize(6);
        assertThat(d.units).hasSize(20);
        assertThat(List.of(d.functions)).extracting(Object::toString).contains("2101501");
    }

    @Test
    void theSameSizeGivesTheSameLinesAndKeysAreUniqueAndOrdered() {
        LedgerData a = LedgerData.generate(30_000);
        LedgerData b = LedgerData.generate(30_000);
        assertThat(a.amount).isEqualTo(b.amount);
        assertThat(a.function).isEqualTo(b.function);
        assertThat(a.economic).isEqualTo(b.economic);
        assertThat(a.unit).isEqualTo(b.unit);
        Set<Long> keys = new HashSet<>();
        long last = -1;
        for (int i = 0; i < a.size; i++) {
            long key = (((((long) a.unit[i] << 11 | a.function[i]) << 6 | a.economic[i]) << 3 | a.source[i]) << 1) | a.kind[i];
            assertThat(key).isGreaterThan(last);
            last = key;
            keys.add(key);
            assertThat(a.amount[i]).isBetween(1L, 10_000_000L);
        }
        assertThat(keys).hasSize(30_000);
        // every unit, source and kind is used
        assertThat(distinct(a.unit)).isEqualTo(20);
        assertThat(distinct(a.source)).isEqualTo(6);
        assertThat(distinct(a.kind)).isEqualTo(2);
    }

    @Test
    void generatingUnitByUnitGivesTheWholeLedger() {
        LedgerData whole = LedgerData.generate(1_234);
        List<Long> amounts = new ArrayList<>();
        List<Short> units = new ArrayList<>();
        LedgerData.forEachUnit(1_234, chunk -> {
            for (int i = 0; i < chunk.size; i++) {
                amounts.add(chunk.amount[i]);
                units.add(chunk.unit[i]);
            }
        });
        assertThat(amounts).hasSize(1_234);
        for (int i = 0; i < whole.size; i++) {
            assertThat(amounts.get(i)).isEqualTo(whole.amount[i]);
            assertThat(units.get(i)).isEqualTo(whole.unit[i]);
        }
    }

    @Test
    void aTenMillionLineLedgerHasMoreUnitsOfTheSameMix() {
        assertThat(LedgerData.unitCount(1_000_000)).isEqualTo(20);
        assertThat(LedgerData.unitCount(10_000_000)).isEqualTo(200);
    }

    private static int distinct(short[] values) {
        Set<Short> s = new HashSet<>();
        for (short v : values) {
            s.add(v);
        }
        return s.size();
    }

    private static int distinct(byte[] values) {
        Set<Byte> s = new HashSet<>();
        for (byte v : values) {
            s.add(v);
        }
        return s.size();
    }
}
