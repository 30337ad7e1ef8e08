package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.json.internal.KeySet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The duplicate-key index agrees with a HashSet on sorted, shuffled and mixed key streams. */
class KeySetTest {

    static void agree(long[] keys) {
        KeySet k = new KeySet();
        Set<Long> h = new HashSet<>();
        for (long key : keys) {
            assertThat(k.add(key)).as("key %d", key).isEqualTo(h.add(key));
        }
        assertThat(k.size()).isEqualTo(h.size());
    }

    @Test
    void sortedShuffledAndMixed() {
        SplittableRandom r = new SplittableRandom(7);
        for (int round = 0; round < 50; round++) {
            int n = r.nextInt(1, 5_000);
            long[] keys = new long[n];
            long k = r.nextLong(1L << 40);
            for (int i = 0; i < n; i++) {
                switch (round % 4) {
                    case 0 -> keys[i] = k += 1 + r.nextLong(1L << (1 + r.nextInt(50)));
                    case 1 -> keys[i] = r.nextLong(Long.MAX_VALUE);
                    case 2 -> keys[i] = r.nextInt(3) == 0 ? r.nextLong(4_000) : (k += 1 + r.nextInt(3));
                    default -> keys[i] = r.nextLong(n);
                }
            }
            agree(keys);
        }
    }

    @Test
    void manyChunks() {
        SplittableRandom r = new SplittableRandom(11);
        long[] keys = new long[300_000];
        long k = 0;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i % 1000 == 999 ? keys[r.nextInt(i)] : (k += 1 + r.nextLong(1L << 35));
        }
        agree(keys);
    }

    @Test
    void extremes() {
        agree(new long[] {0, 0, Long.MAX_VALUE, Long.MAX_VALUE, 1, 0, Long.MAX_VALUE - 1, 1});
    }
}
