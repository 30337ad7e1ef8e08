package dev.yusuan.testing.internal;

import dev.yusuan.testing.ChoiceSource;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A choice source that draws from a {@link RandomGenerator} and records nothing: the way to use a
 * generator as a plain function, outside the property engine.
 */
public final class RandomChoiceSource implements ChoiceSource {

    /** How many choices one value may take before generation is abandoned. */
    public static final int MAX_CHOICES = 1_000_000;

    private final RandomGenerator random;
    private int count;

    /**
     * Creates a source over the given random generator.
     *
     * @param random where the choices come from
     */
    public RandomChoiceSource(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public long choose(long max) {
        Draws.checkMax(max);
        count();
        return Draws.biased(random, max);
    }

    @Override
    public boolean chance(long numerator, long denominator) {
        Draws.checkChance(numerator, denominator);
        count();
        if (numerator == 0) {
            return false;
        }
        if (numerator >= denominator) {
            return true;
        }
        return Draws.weighted(random, numerator, denominator);
    }

    private void count() {
        if (++count > MAX_CHOICES) {
            throw new IllegalStateException("The generator drew more than " + MAX_CHOICES
                    + " choices for one value; a recursive generator may never stop"
                    + " (give its base case more weight, or bound its depth with Gens.recursive).");
        }
    }
}
