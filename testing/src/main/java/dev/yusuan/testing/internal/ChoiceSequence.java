package dev.yusuan.testing.internal;

import java.util.Arrays;

/**
 * The choices one test case consumed, in order, with the bound each was drawn under and the spans
 * (start inclusive, end exclusive) of the parts drawn through {@code ChoiceSource.draw}.
 * Immutable.
 */
final class ChoiceSequence {

    private final long[] values;
    private final long[] maxes;
    private final int[] spans;

    ChoiceSequence(long[] values, long[] maxes, int[] spans) {
        this.values = values;
        this.maxes = maxes;
        this.spans = spans;
    }

    int length() {
        return values.length;
    }

    long value(int index) {
        return values[index];
    }

    long max(int index) {
        return maxes[index];
    }

    /** Returns a copy of the values. */
    long[] values() {
        return values.clone();
    }

    int spanCount() {
        return spans.length / 2;
    }

    int spanStart(int span) {
        return spans[2 * span];
    }

    int spanEnd(int span) {
        return spans[2 * span + 1];
    }

    /**
     * Compares two choice arrays in shortlex order: shorter first, then element by element. A
     * sequence that is smaller in this order is simpler; the shrinker only ever moves down.
     */
    static int compare(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compare(a, b);
    }

    /** Compares a candidate array with this sequence in shortlex order, without copying. */
    int compareFrom(long[] candidate) {
        return compare(candidate, values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
