package dev.yusuan.testing.internal;

import java.util.random.RandomGenerator;

/** How random choices are drawn: uniform, with extra weight on zero, the maximum and small values. */
final class Draws {

    private Draws() {
    }

    /**
     * Draws a value in {@code [0, max]}. About one draw in 32 gives zero, one in 32 gives
     * {@code max}; for wide ranges about a quarter are log-uniform (a random bit length first),
     * which finds small and medium values that a uniform draw over a huge range would miss.
     */
    static long biased(RandomGenerator random, long max) {
        if (max == 0) {
            return 0;
        }
        int roll = random.nextInt(32);
        if (roll == 0) {
            return 0;
        }
        if (roll == 1) {
            return max;
        }
        if (max > 64 && roll < 10) {
            int maxBits = 64 - Long.numberOfLeadingZeros(max);
            int bits = 1 + random.nextInt(maxBits);
            long bound = bits >= 63 ? max : Math.min(max, (1L << bits) - 1);
            return uniform(random, bound);
        }
        return uniform(random, max);
    }

    /** Draws a uniform value in {@code [0, max]}. */
    static long uniform(RandomGenerator random, long max) {
        if (max == Long.MAX_VALUE) {
            return random.nextLong() >>> 1;
        }
        return random.nextLong(max + 1);
    }

    /** Draws {@code true} with probability {@code numerator / denominator}, for {@code 0 < numerator < denominator}. */
    static boolean weighted(RandomGenerator random, long numerator, long denominator) {
        return random.nextLong(denominator) < numerator;
    }

    static void checkMax(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
    }

    static void checkChance(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator must not be negative: " + numerator);
        }
    }
}
