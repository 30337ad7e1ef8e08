package dev.yusuan.testing;

import dev.yusuan.testing.internal.PropertyRunner;
import dev.yusuan.testing.internal.Settings;
import java.util.List;
import java.util.Objects;

/**
 * Checks a property inside any test method: the plain API of the engine.
 *
 * <pre>{@code
 * PropertyCheck.forAll(Gens.lists(Gens.integers(0, 100), 0, 10))
 *         .withTries(500)
 *         .check(list -> assertThat(sum(list)).isGreaterThanOrEqualTo(0));
 * }</pre>
 *
 * <p>{@code check} runs the body on generated arguments, {@value #DEFAULT_TRIES} times unless set
 * otherwise; at the first failure it shrinks the arguments and throws a {@link PropertyFailure}
 * whose message is the report: shrunk and original counterexamples, seed, tries, shrink steps and
 * how to re-run. A JUnit assumption that fails inside the body discards that test case.
 *
 * <p>The system property {@value #TRIES_PROPERTY} overrides the number of tries of every check in
 * the run, and {@value #SEED_PROPERTY} the seed; both win over {@code withTries} and
 * {@code withSeed}. Without a seed, each run draws a fresh one and prints it on failure.
 *
 * <p>The builders are immutable: each {@code with} method returns a new one.
 */
public final class PropertyCheck {

    /** The system property that sets the number of tries of every property in the run. */
    public static final String TRIES_PROPERTY = Settings.TRIES_PROPERTY;

    /** The system property that sets the seed of every property in the run. */
    public static final String SEED_PROPERTY = Settings.SEED_PROPERTY;

    /** How many test cases a property runs unless told otherwise. */
    public static final int DEFAULT_TRIES = Settings.DEFAULT_TRIES;

    /** How many replays the shrinker may make unless told otherwise. */
    public static final int DEFAULT_MAX_SHRINK_ATTEMPTS = Settings.DEFAULT_MAX_SHRINK_ATTEMPTS;

    private PropertyCheck() {
    }

    /**
     * Starts a property of one argument.
     *
     * @param <A> the type of the argument
     * @param a the generator of the argument
     * @return the builder
     */
    public static <A> ForAll1<A> forAll(Gen<A> a) {
        return new ForAll1<>(Objects.requireNonNull(a, "a"), Options.DEFAULT);
    }

    /**
     * Starts a property of two arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param a the generator of the first argument
     * @param b the generator of the second argument
     * @return the builder
     */
    public static <A, B> ForAll2<A, B> forAll(Gen<A> a, Gen<B> b) {
        return new ForAll2<>(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"), Options.DEFAULT);
    }

    /**
     * Starts a property of three arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param a the generator of the first argument
     * @param b the generator of the second argument
     * @param c the generator of the third argument
     * @return the builder
     */
    public static <A, B, C> ForAll3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
        return new ForAll3<>(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"),
                Objects.requireNonNull(c, "c"), Options.DEFAULT);
    }

    /**
     * The body of a property of one argument.
     *
     * @param <A> the type of the argument
     */
    @FunctionalInterface
    public interface Body1<A> {
        /**
         * Checks the property; returns normally if it holds.
         *
         * @param a the argument
         * @throws Throwable if the property does not hold, typically an {@link AssertionError}
         */
        void check(A a) throws Throwable;
    }

    /**
     * The body of a property of two arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     */
    @FunctionalInterface
    public interface Body2<A, B> {
        /**
         * Checks the property; returns normally if it holds.
         *
         * @param a the first argument
         * @param b the second argument
         * @throws Throwable if the property does not hold, typically an {@link AssertionError}
         */
        void check(A a, B b) throws Throwable;
    }

    /**
     * The body of a property of three arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     */
    @FunctionalInterface
    public interface Body3<A, B, C> {
        /**
         * Checks the property; returns normally if it holds.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @throws Throwable if the property does not hold, typically an {@link AssertionError}
         */
        void check(A a, B b, C c) throws Throwable;
    }

    /** The settings shared by the builders; negative numbers and a null seed mean "unset". */
    private record Options(int tries, Long seed, int maxShrinkAttempts) {

        static final Options DEFAULT = new Options(-1, null, -1);

        Options withTries(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("tries must be at least 1: " + value);
            }
            return new Options(value, seed, maxShrinkAttempts);
        }

        Options withSeed(long value) {
            return new Options(tries, value, maxShrinkAttempts);
        }

        Options withMaxShrinkAttempts(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxShrinkAttempts must not be negative: " + value);
            }
            return new Options(tries, seed, value);
        }

        void run(Gen<Object[]> arguments, int arity, PropertyRunner.Body body) {
            int resolvedTries = Settings.tries(System.getProperty(TRIES_PROPERTY), tries);
            long resolvedSeed = Settings.seed(System.getProperty(SEED_PROPERTY), seed == null ? null : seed.toString());
            List<String> names = arity == 1 ? List.of("#1") : arity == 2 ? List.of("#1", "#2") : List.of("#1", "#2", "#3");
            List<String> hints = List.of(
                    "-D" + SEED_PROPERTY + "=" + resolvedSeed + "\t(system property: every property in the run)",
                    ".withSeed(" + resolvedSeed + "L)\t(this check only)");
            PropertyRunner.check(arguments, body, new PropertyRunner.Config(resolvedTries, resolvedSeed,
                    Settings.maxShrinkAttempts(maxShrinkAttempts), names, hints));
        }
    }

    /**
     * A property of one argument, ready to check.
     *
     * @param <A> the type of the argument
     */
    public static final class ForAll1<A> {
        private final Gen<A> a;
        private final Options options;

        private ForAll1(Gen<A> a, Options options) {
            this.a = a;
            this.options = options;
        }

        /**
         * Returns a builder that runs the given number of test cases.
         *
         * @param tries how many test cases to run, at least one
         * @return the new builder
         */
        public ForAll1<A> withTries(int tries) {
            return new ForAll1<>(a, options.withTries(tries));
        }

        /**
         * Returns a builder that uses the given seed, for example one printed by a failure report.
         *
         * @param seed the seed
         * @return the new builder
         */
        public ForAll1<A> withSeed(long seed) {
            return new ForAll1<>(a, options.withSeed(seed));
        }

        /**
         * Returns a builder whose shrinker may replay the property at most this many times.
         *
         * @param maxShrinkAttempts the budget, zero to report the first counterexample as found
         * @return the new builder
         */
        public ForAll1<A> withMaxShrinkAttempts(int maxShrinkAttempts) {
            return new ForAll1<>(a, options.withMaxShrinkAttempts(maxShrinkAttempts));
        }

        /**
         * Checks the property.
         *
         * @param body the property; it fails by throwing
         * @throws PropertyFailure if the property fails for some argument
         * @throws FilterTooStrictException if a filter or the assumptions reject too many values
         */
        @SuppressWarnings("unchecked")
        public void check(Body1<? super A> body) {
            Objects.requireNonNull(body, "body");
            options.run(source -> new Object[] {source.draw(a)}, 1, args -> body.check((A) args[0]));
        }
    }

    /**
     * A property of two arguments, ready to check.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     */
    public static final class ForAll2<A, B> {
        private final Gen<A> a;
        private final Gen<B> b;
        private final Options options;

        private ForAll2(Gen<A> a, Gen<B> b, Options options) {
            this.a = a;
            this.b = b;
            this.options = options;
        }

        /**
         * Returns a builder that runs the given number of test cases.
         *
         * @param tries how many test cases to run, at least one
         * @return the new builder
         */
        public ForAll2<A, B> withTries(int tries) {
            return new ForAll2<>(a, b, options.withTries(tries));
        }

        /**
         * Returns a builder that uses the given seed, for example one printed by a failure report.
         *
         * @param seed the seed
         * @return the new builder
         */
        public ForAll2<A, B> withSeed(long seed) {
            return new ForAll2<>(a, b, options.withSeed(seed));
        }

        /**
         * Returns a builder whose shrinker may replay the property at most this many times.
         *
         * @param maxShrinkAttempts the budget, zero to report the first counterexample as found
         * @return the new builder
         */
        public ForAll2<A, B> withMaxShrinkAttempts(int maxShrinkAttempts) {
            return new ForAll2<>(a, b, options.withMaxShrinkAttempts(maxShrinkAttempts));
        }

        /**
         * Checks the property.
         *
         * @param body the property; it fails by throwing
         * @throws PropertyFailure if the property fails for some arguments
         * @throws FilterTooStrictException if a filter or the assumptions reject too many values
         */
        @SuppressWarnings("unchecked")
        public void check(Body2<? super A, ? super B> body) {
            Objects.requireNonNull(body, "body");
            options.run(source -> new Object[] {source.draw(a), source.draw(b)}, 2,
                    args -> body.check((A) args[0], (B) args[1]));
        }
    }

    /**
     * A property of three arguments, ready to check.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     */
    public static final class ForAll3<A, B, C> {
        private final Gen<A> a;
        private final Gen<B> b;
        private final Gen<C> c;
        private final Options options;

        private ForAll3(Gen<A> a, Gen<B> b, Gen<C> c, Options options) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.options = options;
        }

        /**
         * Returns a builder that runs the given number of test cases.
         *
         * @param tries how many test cases to run, at least one
         * @return the new builder
         */
        public ForAll3<A, B, C> withTries(int tries) {
            return new ForAll3<>(a, b, c, options.withTries(tries));
        }

        /**
         * Returns a builder that uses the given seed, for example one printed by a failure report.
         *
         * @param seed the seed
         * @return the new builder
         */
        public ForAll3<A, B, C> withSeed(long seed) {
            return new ForAll3<>(a, b, c, options.withSeed(seed));
        }

        /**
         * Returns a builder whose shrinker may replay the property at most this many times.
         *
         * @param maxShrinkAttempts the budget, zero to report the first counterexample as found
         * @return the new builder
         */
        public ForAll3<A, B, C> withMaxShrinkAttempts(int maxShrinkAttempts) {
            return new ForAll3<>(a, b, c, options.withMaxShrinkAttempts(maxShrinkAttempts));
        }

        /**
         * Checks the property.
         *
         * @param body the property; it fails by throwing
         * @throws PropertyFailure if the property fails for some arguments
         * @throws FilterTooStrictException if a filter or the assumptions reject too many values
         */
        @SuppressWarnings("unchecked")
        public void check(Body3<? super A, ? super B, ? super C> body) {
            Objects.requireNonNull(body, "body");
            options.run(source -> new Object[] {source.draw(a), source.draw(b), source.draw(c)}, 3,
                    args -> body.check((A) args[0], (B) args[1], (C) args[2]));
        }
    }
}
