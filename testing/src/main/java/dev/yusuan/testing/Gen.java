package dev.yusuan.testing;

import dev.yusuan.testing.internal.RandomChoiceSource;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values of type {@code T}, drawing every random decision from a
 * {@link ChoiceSource}.
 *
 * <p>Generators are built from the factories in {@link Gens} and composed with {@link #map},
 * {@link #flatMap} and {@link #filter}. Because all randomness goes through the choice source, any
 * generator built this way can be shrunk by the property engine, and can also be used on its own
 * with {@link #generate(RandomGenerator)}.
 *
 * <p>Implementations must be immutable and thread-safe, must take all randomness from the source
 * they are given, and should follow the convention of {@link ChoiceSource}: smaller choices give
 * simpler values. A lambda is a valid implementation:
 *
 * <pre>{@code
 * Gen<Point> points = source -> new Point(source.draw(xs), source.draw(ys));
 * }</pre>
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** The number of candidates {@link #filter(Predicate)} tries before giving up. */
    int DEFAULT_FILTER_TRIES = 100;

    /**
     * Generates one value from the given choice source.
     *
     * @param source where every random decision comes from
     * @return the generated value
     */
    T generate(ChoiceSource source);

    /**
     * Generates one value at random, without recording or shrinking: this lets another test
     * engine, or any code holding a {@link RandomGenerator}, use this generator as a plain
     * function. The same random state gives the same value.
     *
     * @param random the random generator to draw from
     * @return the generated value
     * @throws FilterTooStrictException if a filter inside this generator exhausts its budget
     * @throws IllegalStateException if the generator draws an unreasonable number of choices
     *     (for example, a recursive generator that never stops)
     */
    default T generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return generate(new RandomChoiceSource(random));
    }

    /**
     * Returns a generator that applies a function to the values of this one. It shrinks as this
     * generator does.
     *
     * @param <R> the type of the mapped values
     * @param mapper the function to apply; must be pure
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Gen<T> self = this;
        return source -> mapper.apply(self.generate(source));
    }

    /**
     * Returns a generator that draws a value from this generator, then a value from the generator
     * that the function chooses for it. Both draws shrink: the first value first, with the second
     * generator replayed on what follows.
     *
     * @param <R> the type of the final values
     * @param mapper chooses the second generator from the first value; must be pure
     * @return the composed generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Gen<T> self = this;
        return source -> {
            T first = source.draw(self);
            Gen<? extends R> next = Objects.requireNonNull(mapper.apply(first), "flatMap function returned null");
            return source.draw(next);
        };
    }

    /**
     * Returns a generator of the values of this one that satisfy a predicate, trying up to
     * {@value #DEFAULT_FILTER_TRIES} candidates per value.
     *
     * @param predicate the condition values must meet; must be pure
     * @return the filtered generator
     * @see #filter(Predicate, int)
     */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return filter(predicate, DEFAULT_FILTER_TRIES);
    }

    /**
     * Returns a generator of the values of this one that satisfy a predicate. For each value it
     * draws candidates until one is accepted; if {@code maxTries} candidates in a row are
     * rejected, it throws {@link FilterTooStrictException}. A filter that rejects most values
     * wastes time and shrinks poorly: prefer building valid values directly.
     *
     * @param predicate the condition values must meet; must be pure
     * @param maxTries how many rejected candidates in a row are tolerated, at least one
     * @return the filtered generator
     * @throws IllegalArgumentException if {@code maxTries} is less than one
     */
    default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
        Objects.requireNonNull(predicate, "predicate");
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be at least 1: " + maxTries);
        }
        Gen<T> self = this;
        return source -> {
            for (int i = 0; i < maxTries; i++) {
                T candidate = source.draw(self);
                if (predicate.test(candidate)) {
                    return candidate;
                }
            }
            throw new FilterTooStrictException("The filter rejected " + maxTries
                    + " candidates in a row: it is too strict. Generate valid values by construction"
                    + " (narrower ranges, map, flatMap) instead of filtering them,"
                    + " or raise the budget with filter(predicate, maxTries).", maxTries);
        };
    }
}
