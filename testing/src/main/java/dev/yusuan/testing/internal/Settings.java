package dev.yusuan.testing.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Resolves the number of tries, the seed and the shrink budget from overrides and defaults. */
public final class Settings {

    /** The system property (or JUnit configuration parameter) that sets the tries of every property. */
    public static final String TRIES_PROPERTY = "yusuan.testing.tries";

    /** The system property (or JUnit configuration parameter) that sets the seed of every property. */
    public static final String SEED_PROPERTY = "yusuan.testing.seed";

    /** How many test cases a property runs unless told otherwise. */
    public static final int DEFAULT_TRIES = 200;

    /** How many replays the shrinker may make unless told otherwise. */
    public static final int DEFAULT_MAX_SHRINK_ATTEMPTS = 10_000;

    private Settings() {
    }

    /**
     * Resolves the number of tries: the override (a system property or configuration parameter)
     * wins, then the explicit setting, then the default.
     *
     * @param override the override's text, or {@code null} if unset
     * @param explicit the explicit setting, or a negative number if unset
     * @return the number of tries, at least one
     */
    public static int tries(String override, int explicit) {
        if (override != null && !override.isBlank()) {
            int tries;
            try {
                tries = Integer.parseInt(override.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(TRIES_PROPERTY + " must be a positive integer: '" + override + "'", e);
            }
            return checkTries(tries, TRIES_PROPERTY);
        }
        if (explicit >= 0) {
            return checkTries(explicit, "tries");
        }
        return DEFAULT_TRIES;
    }

    private static int checkTries(int tries, String what) {
        if (tries < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + tries);
        }
        return tries;
    }

    /**
     * Resolves the seed: the override wins, then the explicit seed, then a fresh random seed.
     *
     * @param override the override's text, or {@code null} if unset
     * @param explicit the explicit seed's text, or {@code null} or blank if unset
     * @return the seed
     */
    public static long seed(String override, String explicit) {
        if (override != null && !override.isBlank()) {
            return parseSeed(override, SEED_PROPERTY);
        }
        if (explicit != null && !explicit.isBlank()) {
            return parseSeed(explicit, "seed");
        }
        return ThreadLocalRandom.current().nextLong();
    }

    private static long parseSeed(String text, String what) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a long integer (as printed in a failure report): '"
                    + text + "'", e);
        }
    }

    /**
     * Resolves the shrink budget.
     *
     * @param explicit the explicit budget, or a negative number if unset; zero turns shrinking off
     * @return the budget
     */
    public static int maxShrinkAttempts(int explicit) {
        return explicit >= 0 ? explicit : DEFAULT_MAX_SHRINK_ATTEMPTS;
    }
}
