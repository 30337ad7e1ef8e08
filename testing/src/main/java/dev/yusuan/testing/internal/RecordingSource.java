package dev.yusuan.testing.internal;

import dev.yusuan.testing.ChoiceSource;
import dev.yusuan.testing.Gen;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The engine's choice source: replays a prefix of recorded choices, then (when generating) draws
 * fresh ones at random, and records every choice together with the spans that
 * {@link #draw(Gen)} marks.
 */
final class RecordingSource implements ChoiceSource {

    private final long[] prefix;
    private final RandomGenerator random;
    private final int maxChoices;

    private long[] values = new long[32];
    private long[] maxes = new long[32];
    private int size;

    private int[] spans = new int[32];
    private int spanCount;

    /**
     * Creates a source.
     *
     * @param prefix the choices to replay first
     * @param random where choices after the prefix come from, or {@code null} to overrun instead
     * @param maxChoices the most choices one test case may take
     */
    RecordingSource(long[] prefix, RandomGenerator random, int maxChoices) {
        this.prefix = prefix;
        this.random = random;
        this.maxChoices = maxChoices;
    }

    static RecordingSource replaying(long[] prefix, int maxChoices) {
        return new RecordingSource(prefix, null, maxChoices);
    }

    static RecordingSource generating(RandomGenerator random, int maxChoices) {
        return new RecordingSource(new long[0], random, maxChoices);
    }

    @Override
    public long choose(long max) {
        Draws.checkMax(max);
        int index = nextIndex();
        long value;
        if (index < prefix.length) {
            value = Math.min(prefix[index], max);
        } else if (random != null) {
            value = Draws.biased(random, max);
        } else {
            throw Overrun.INSTANCE;
        }
        record(value, max);
        return value;
    }

    @Override
    public boolean chance(long numerator, long denominator) {
        Draws.checkChance(numerator, denominator);
        int index = nextIndex();
        long value;
        if (numerator == 0) {
            value = 0;
        } else if (numerator >= denominator) {
            value = 1;
        } else if (index < prefix.length) {
            value = Math.min(prefix[index], 1);
        } else if (random != null) {
            value = Draws.weighted(random, numerator, denominator) ? 1 : 0;
        } else {
            throw Overrun.INSTANCE;
        }
        record(value, 1);
        return value == 1;
    }

    @Override
    public <T> T draw(Gen<T> gen) {
        int start = size;
        T value = gen.generate(this);
        int end = size;
        if (end - start > 0) {
            addSpan(start, end);
        }
        return value;
    }

    private int nextIndex() {
        if (size >= maxChoices) {
            throw Overrun.INSTANCE;
        }
        return size;
    }

    private void record(long value, long max) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            maxes = Arrays.copyOf(maxes, size * 2);
        }
        values[size] = value;
        maxes[size] = max;
        size++;
    }

    private void addSpan(int start, int end) {
        // Spans close innermost first, so an identical span (a wrapper around one part) is the last one.
        if (spanCount > 0 && spans[2 * spanCount - 2] == start && spans[2 * spanCount - 1] == end) {
            return;
        }
        if (2 * spanCount + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[2 * spanCount] = start;
        spans[2 * spanCount + 1] = end;
        spanCount++;
    }

    /** Returns what was recorded so far. */
    ChoiceSequence recorded() {
        return new ChoiceSequence(Arrays.copyOf(values, size), Arrays.copyOf(maxes, size),
                Arrays.copyOf(spans, 2 * spanCount));
    }
}
