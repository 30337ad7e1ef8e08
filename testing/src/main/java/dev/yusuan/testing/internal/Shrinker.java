package dev.yusuan.testing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrinks a failing choice sequence: it proposes simpler sequences, replays the test on each, and
 * keeps any that still fails and whose recorded choices are smaller in shortlex order (shorter,
 * then lexicographically smaller). Because every accepted sequence is strictly smaller, shrinking
 * always ends; it also stops after a budget of attempts.
 *
 * <p>The passes, repeated until none makes progress:
 * <ol>
 *   <li>delete each span (a part drawn through {@code ChoiceSource.draw}, such as one list
 *       element with its "one more?" choice); if that runs out of choices, also lower one of the
 *       few choices just before the span by one (a size drawn earlier, as in {@code flatMap});</li>
 *   <li>delete blocks of 8, 4, 2 and 1 consecutive choices;</li>
 *   <li>set blocks of 8, 4, 2 and 1 consecutive choices to zero;</li>
 *   <li>minimise each choice: try zero, then binary-search the smallest value that still fails,
 *       then try a few values just below it (for filters that accept only some values);</li>
 *   <li>swap adjacent spans of equal length whose choices are out of order;</li>
 *   <li>sort blocks of 8, 4 and 2 consecutive choices;</li>
 *   <li>move value between nearby choices: lower one choice and raise a later one (up to four
 *       positions on) by the same amount, as far as the failure allows (this turns
 *       {@code [601, 400]} into {@code [1, 1000]} for a sum limit); and borrow: lower a choice by
 *       one and raise the next one to its bound (for numbers drawn in several choices).</li>
 * </ol>
 */
final class Shrinker {

    /** Runs the test on a candidate sequence. */
    interface TestFunction {
        /**
         * Replays the generators and the property on the given choices.
         *
         * @param choices the candidate choices
         * @return the outcome
         */
        Attempt run(long[] choices);
    }

    /** What replaying one candidate gave. */
    enum Status {
        /** The property failed the same way as the original counterexample. */
        FAILED,
        /** The property passed, or failed in a different way. */
        PASSED,
        /** The candidate could not be replayed: it ran out of choices, or was discarded. */
        OVERRUN
    }

    /**
     * The outcome of one replay.
     *
     * @param status what happened
     * @param recorded the choices the replay actually consumed (for {@code FAILED})
     * @param failure what the property threw (for {@code FAILED})
     */
    record Attempt(Status status, ChoiceSequence recorded, Throwable failure) {
    }

    private enum Verdict { BETTER, OVERRUN, NO }

    private static final int ADJUST_BACK = 4;
    private static final int REDISTRIBUTE_DISTANCE = 4;
    private static final int SWEEP = 8;

    private final TestFunction test;
    private final int maxAttempts;
    private final Map<Key, Verdict> seen = new HashMap<>();

    private ChoiceSequence best;
    private Throwable bestFailure;
    private int attempts;
    private int steps;

    Shrinker(TestFunction test, ChoiceSequence initial, Throwable initialFailure, int maxAttempts) {
        this.test = test;
        this.best = initial;
        this.bestFailure = initialFailure;
        this.maxAttempts = maxAttempts;
    }

    ChoiceSequence best() {
        return best;
    }

    Throwable bestFailure() {
        return bestFailure;
    }

    /** How many candidates were accepted. */
    int steps() {
        return steps;
    }

    /** How many candidates were replayed. */
    int attempts() {
        return attempts;
    }

    void shrink() {
        boolean improved = true;
        while (improved && !exhausted()) {
            improved = false;
            improved |= deleteSpans();
            improved |= deleteBlocks();
            improved |= zeroBlocks();
            improved |= minimiseEach();
            improved |= swapSpans();
            improved |= sortBlocks();
            improved |= redistribute();
        }
    }

    private boolean exhausted() {
        return attempts >= maxAttempts;
    }

    private Verdict consider(long[] candidate) {
        if (best.compareFrom(candidate) >= 0) {
            return Verdict.NO;
        }
        Key key = new Key(candidate);
        Verdict known = seen.get(key);
        if (known != null) {
            return known;
        }
        if (exhausted()) {
            return Verdict.NO;
        }
        attempts++;
        Attempt attempt = test.run(candidate);
        Verdict verdict;
        if (attempt.status() == Status.OVERRUN) {
            verdict = Verdict.OVERRUN;
        } else if (attempt.status() == Status.FAILED
                && best.compareFrom(attempt.recorded().values()) < 0) {
            best = attempt.recorded();
            bestFailure = attempt.failure();
            steps++;
            verdict = Verdict.BETTER;
        } else {
            verdict = Verdict.NO;
        }
        // Once tried, a candidate can never be accepted again: the best only gets smaller.
        seen.put(key, verdict == Verdict.BETTER ? Verdict.NO : verdict);
        return verdict;
    }

    // ---------------------------------------------------------------- passes

    private boolean deleteSpans() {
        boolean changed = false;
        int k = best.spanCount() - 1;
        while (k >= 0 && !exhausted()) {
            if (k >= best.spanCount()) {
                k = best.spanCount() - 1;
                continue;
            }
            int start = best.spanStart(k);
            int end = best.spanEnd(k);
            long[] without = delete(best.values(), start, end);
            Verdict verdict = consider(without);
            if (verdict == Verdict.BETTER) {
                changed = true;
                continue;
            }
            if (verdict == Verdict.OVERRUN && deleteAdjusting(without, start)) {
                changed = true;
                continue;
            }
            k--;
        }
        return changed;
    }

    /** After deleting a span made the sequence run out, lowers one of the choices just before it. */
    private boolean deleteAdjusting(long[] without, int start) {
        for (int p = start - 1; p >= Math.max(0, start - ADJUST_BACK); p--) {
            if (without[p] > 0) {
                long[] candidate = without.clone();
                candidate[p]--;
                if (consider(candidate) == Verdict.BETTER) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean deleteBlocks() {
        boolean changed = false;
        for (int size : new int[] {8, 4, 2, 1}) {
            int i = best.length() - size;
            while (i >= 0 && !exhausted()) {
                if (i + size > best.length()) {
                    i = best.length() - size;
                    continue;
                }
                if (consider(delete(best.values(), i, i + size)) == Verdict.BETTER) {
                    changed = true;
                } else {
                    i--;
                }
            }
        }
        return changed;
    }

    private boolean zeroBlocks() {
        boolean changed = false;
        for (int size : new int[] {8, 4, 2, 1}) {
            for (int i = best.length() - size; i >= 0 && !exhausted(); i--) {
                if (i + size > best.length()) {
                    continue;
                }
                long[] values = best.values();
                boolean allZero = true;
                for (int j = i; j < i + size; j++) {
                    allZero &= values[j] == 0;
                    values[j] = 0;
                }
                if (!allZero && consider(values) == Verdict.BETTER) {
                    changed = true;
                }
            }
        }
        return changed;
    }

    private boolean minimiseEach() {
        boolean changed = false;
        for (int i = 0; i < best.length() && !exhausted(); i++) {
            changed |= minimise(i);
        }
        return changed;
    }

    private boolean minimise(int i) {
        if (best.value(i) == 0) {
            return false;
        }
        if (consider(with(i, 0)) == Verdict.BETTER) {
            return true;
        }
        boolean changed = false;
        long failing = 0;
        while (i < best.length() && !exhausted()) {
            long working = best.value(i);
            if (failing + 1 >= working) {
                break;
            }
            long mid = failing + (working - failing) / 2;
            if (consider(with(i, mid)) == Verdict.BETTER) {
                changed = true;
            } else {
                failing = mid;
            }
        }
        // The search assumes that every value above a failing one fails too; filters break that,
        // so look a little further down.
        int d = 1;
        while (d <= SWEEP && i < best.length() && !exhausted()) {
            long candidate = best.value(i) - d;
            if (candidate < 0) {
                break;
            }
            if (consider(with(i, candidate)) == Verdict.BETTER) {
                changed = true;
                d = 1;
            } else {
                d++;
            }
        }
        return changed;
    }

    private boolean swapSpans() {
        boolean changed = false;
        boolean again = true;
        while (again && !exhausted()) {
            again = false;
            Map<Integer, List<Integer>> byStart = new HashMap<>();
            for (int k = 0; k < best.spanCount(); k++) {
                byStart.computeIfAbsent(best.spanStart(k), s -> new ArrayList<>()).add(k);
            }
            search:
            for (int a = 0; a < best.spanCount(); a++) {
                int start = best.spanStart(a);
                int end = best.spanEnd(a);
                for (int b : byStart.getOrDefault(end, List.of())) {
                    int length = end - start;
                    if (best.spanEnd(b) - end != length) {
                        continue;
                    }
                    long[] values = best.values();
                    if (Arrays.compare(values, start, end, values, end, end + length) <= 0) {
                        continue;
                    }
                    long[] first = Arrays.copyOfRange(values, start, end);
                    System.arraycopy(values, end, values, start, length);
                    System.arraycopy(first, 0, values, end, length);
                    if (consider(values) == Verdict.BETTER) {
                        changed = true;
                        again = true;
                        break search;
                    }
                    if (exhausted()) {
                        break search;
                    }
                }
            }
        }
        return changed;
    }

    private boolean sortBlocks() {
        boolean changed = false;
        for (int size : new int[] {8, 4, 2}) {
            for (int i = best.length() - size; i >= 0 && !exhausted(); i--) {
                if (i + size > best.length()) {
                    continue;
                }
                long[] values = best.values();
                Arrays.sort(values, i, i + size);
                if (consider(values) == Verdict.BETTER) {
                    changed = true;
                }
            }
        }
        return changed;
    }

    private boolean redistribute() {
        boolean changed = false;
        for (int i = 0; i < best.length() && !exhausted(); i++) {
            changed |= borrow(i);
            for (int off = 1; off <= REDISTRIBUTE_DISTANCE && i + off < best.length() && !exhausted(); off++) {
                changed |= moveValue(i, i + off);
            }
        }
        return changed;
    }

    /**
     * Lowers choice {@code i} by one and raises the next choice to its bound: a borrow, for
     * values drawn in several choices (most significant first), which moving value cannot reach.
     * The next round of {@link #minimise} then lowers the raised choice again.
     */
    private boolean borrow(int i) {
        int j = i + 1;
        if (best.value(i) == 0 || j >= best.length() || best.value(j) == best.max(j)) {
            return false;
        }
        return consider(with(i, best.value(i) - 1, j, best.max(j))) == Verdict.BETTER;
    }

    /** Moves as much as possible of choice {@code i} into choice {@code j}. */
    private boolean moveValue(int i, int j) {
        long from = best.value(i);
        long to = best.value(j);
        if (from == 0) {
            return false;
        }
        if (consider(with(i, 0, j, saturatedAdd(to, from))) == Verdict.BETTER) {
            return true;
        }
        boolean changed = false;
        long working = 0;
        long failing = from;
        while (failing - working > 1 && j < best.length() && !exhausted()) {
            long mid = working + (failing - working) / 2;
            if (consider(with(i, from - mid, j, saturatedAdd(to, mid))) == Verdict.BETTER) {
                working = mid;
                changed = true;
            } else {
                failing = mid;
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- helpers

    private long[] with(int i, long value) {
        long[] values = best.values();
        values[i] = value;
        return values;
    }

    private long[] with(int i, long vi, int j, long vj) {
        long[] values = best.values();
        values[i] = vi;
        values[j] = vj;
        return values;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long[] delete(long[] values, int start, int end) {
        long[] out = new long[values.length - (end - start)];
        System.arraycopy(values, 0, out, 0, start);
        System.arraycopy(values, end, out, start, values.length - end);
        return out;
    }

    /** A choice array as a hash key. */
    private static final class Key {
        private final long[] values;
        private final int hash;

        Key(long[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Arrays.equals(values, ((Key) other).values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
