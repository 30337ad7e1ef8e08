package dev.yusuan.testing.internal;

import dev.yusuan.testing.FilterTooStrictException;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.PropertyFailure;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.opentest4j.TestAbortedException;

/**
 * Runs a property: generates test cases from a seeded random source, stops at the first failure,
 * shrinks it and throws a {@link PropertyFailure} with the report.
 *
 * <p>A test case whose body throws {@link TestAbortedException} (a failed JUnit assumption) is
 * discarded, as is one whose generation runs past the length limit. Tries count the test cases
 * that were not discarded.
 */
public final class PropertyRunner {

    /** The most choices one test case may draw. */
    static final int MAX_CHOICES = 50_000;

    /** The body of a property, applied to the generated arguments. */
    @FunctionalInterface
    public interface Body {
        /**
         * Checks the property for one set of arguments.
         *
         * @param arguments the generated arguments
         * @throws Throwable if the property does not hold
         */
        void run(Object[] arguments) throws Throwable;
    }

    /**
     * How to run.
     *
     * @param tries how many (not discarded) test cases to run, at least one
     * @param seed the seed of the random source
     * @param maxShrinkAttempts how many replays the shrinker may make; zero turns shrinking off
     * @param names the argument names for the report
     * @param rerunHints the lines of the report that say how to set the seed; a tab separates code
     *     from its comment, and the comments are aligned
     */
    public record Config(int tries, long seed, int maxShrinkAttempts, List<String> names, List<String> rerunHints) {

        /**
         * Validates and copies the components.
         *
         * @param tries how many test cases to run
         * @param seed the seed
         * @param maxShrinkAttempts the shrink budget
         * @param names the argument names
         * @param rerunHints the re-run lines
         */
        public Config {
            if (tries < 1) {
                throw new IllegalArgumentException("tries must be at least 1: " + tries);
            }
            if (maxShrinkAttempts < 0) {
                throw new IllegalArgumentException("maxShrinkAttempts must not be negative: " + maxShrinkAttempts);
            }
            names = List.copyOf(names);
            rerunHints = List.copyOf(rerunHints);
        }
    }

    /**
     * What a passing run did.
     *
     * @param tries how many test cases ran
     * @param discarded how many test cases were discarded
     * @param seed the seed
     */
    public record Summary(int tries, int discarded, long seed) {
    }

    private enum Kind { PASSED, DISCARDED, FAILED }

    private record Run(Kind kind, Throwable failure) {
        static final Run PASSED = new Run(Kind.PASSED, null);
        static final Run DISCARDED = new Run(Kind.DISCARDED, null);
    }

    private final Gen<Object[]> arguments;
    private final Body body;
    private final Config config;

    private PropertyRunner(Gen<Object[]> arguments, Body body, Config config) {
        this.arguments = Objects.requireNonNull(arguments, "arguments");
        this.body = Objects.requireNonNull(body, "body");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Runs the property.
     *
     * @param arguments generates the arguments of one test case
     * @param body the property
     * @param config how to run
     * @return the summary of a passing run
     * @throws PropertyFailure if the property fails
     * @throws FilterTooStrictException if generation exhausts a filter, or too many test cases
     *     are discarded
     */
    public static Summary check(Gen<Object[]> arguments, Body body, Config config) {
        return new PropertyRunner(arguments, body, config).run();
    }

    private Summary run() {
        SplittableRandom random = new SplittableRandom(config.seed());
        int tries = 0;
        int discarded = 0;
        int maxDiscarded = 10 * config.tries() + 100;
        while (tries < config.tries()) {
            RecordingSource source = RecordingSource.generating(random, MAX_CHOICES);
            Object[] args;
            try {
                args = arguments.generate(source);
            } catch (Overrun e) {
                discarded = discard(discarded, maxDiscarded, tries);
                continue;
            }
            Run run = execute(args);
            if (run.kind() == Kind.DISCARDED) {
                discarded = discard(discarded, maxDiscarded, tries);
                continue;
            }
            tries++;
            if (run.kind() == Kind.FAILED) {
                throw fail(tries, source.recorded(), run.failure());
            }
        }
        return new Summary(tries, discarded, config.seed());
    }

    private int discard(int discarded, int maxDiscarded, int tries) {
        if (discarded + 1 > maxDiscarded) {
            throw new FilterTooStrictException("The property discarded " + (discarded + 1) + " test cases and ran only "
                    + tries + " (seed " + config.seed() + "): assumptions reject too many arguments, or generated"
                    + " values need too many choices. Generate valid arguments by construction instead.",
                    discarded + 1);
        }
        return discarded + 1;
    }

    private Run execute(Object[] args) {
        try {
            body.run(args);
            return Run.PASSED;
        } catch (TestAbortedException e) {
            return Run.DISCARDED;
        } catch (StackOverflowError e) {
            return new Run(Kind.FAILED, e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            return new Run(Kind.FAILED, t);
        }
    }

    private PropertyFailure fail(int tries, ChoiceSequence original, Throwable originalFailure) {
        ChoiceSequence shrunk = original;
        Throwable shrunkFailure = originalFailure;
        int steps = 0;
        int attempts = 0;
        if (config.maxShrinkAttempts() > 0) {
            Class<?> kind = originalFailure.getClass();
            Shrinker shrinker = new Shrinker(choices -> replay(choices, kind), original, originalFailure,
                    config.maxShrinkAttempts());
            shrinker.shrink();
            shrunk = shrinker.best();
            shrunkFailure = shrinker.bestFailure();
            steps = shrinker.steps();
            attempts = shrinker.attempts();
        }
        List<Object> shrunkArgs = regenerate(shrunk);
        List<Object> originalArgs = regenerate(original);
        String report = Report.of(config, tries, steps, attempts, shrunkArgs, originalArgs, shrunkFailure);
        PropertyFailure failure = new PropertyFailure(report, config.seed(), tries, steps, shrunkArgs, originalArgs,
                shrunkFailure);
        if (shrunkFailure != originalFailure) {
            failure.addSuppressed(originalFailure);
        }
        return failure;
    }

    private Shrinker.Attempt replay(long[] choices, Class<?> kind) {
        RecordingSource source = RecordingSource.replaying(choices, MAX_CHOICES);
        Object[] args;
        try {
            args = arguments.generate(source);
        } catch (RuntimeException | StackOverflowError e) {
            // Overrun, an exhausted filter, or a generator that cannot handle these choices.
            return new Shrinker.Attempt(Shrinker.Status.OVERRUN, null, null);
        }
        Run run = execute(args);
        switch (run.kind()) {
            case DISCARDED:
                return new Shrinker.Attempt(Shrinker.Status.OVERRUN, null, null);
            case FAILED:
                if (run.failure().getClass() == kind) {
                    return new Shrinker.Attempt(Shrinker.Status.FAILED, source.recorded(), run.failure());
                }
                return new Shrinker.Attempt(Shrinker.Status.PASSED, null, null);
            default:
                return new Shrinker.Attempt(Shrinker.Status.PASSED, null, null);
        }
    }

    /** Generates fresh arguments from recorded choices, so that the report shows them as generated. */
    private List<Object> regenerate(ChoiceSequence choices) {
        try {
            return Arrays.asList(arguments.generate(RecordingSource.replaying(choices.values(), MAX_CHOICES)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The generators did not replay their own choices " + choices
                    + " (seed " + config.seed() + "): a generator is not deterministic. Generators must take"
                    + " all randomness from their choice source.", e);
        }
    }
}
