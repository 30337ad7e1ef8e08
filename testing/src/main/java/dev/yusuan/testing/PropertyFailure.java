package dev.yusuan.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The failure of a property: an {@link AssertionError} whose message is the full report, and
 * which carries the shrunk and original counterexamples, the seed and the counts.
 *
 * <p>The report reads:
 * <pre>
 * Property failed after 1 try and 18 shrink steps (seed 20240601).
 *
 * Shrunk counterexample:
 *   #1 = [1, 1000]
 * Original counterexample:
 *   #1 = [270, 85, 656, 353, 622, 0, 546]
 *
 * Failure on the shrunk counterexample:
 *   org.opentest4j.AssertionFailedError: sum 1001 exceeds 1000 ==&gt; expected: &lt;true&gt; but was: &lt;false&gt;
 *
 * To re-run exactly this case, set the seed:
 *   -Dyusuan.testing.seed=20240601   (system property: every property in the run)
 *   .withSeed(20240601L)             (this check only)
 * </pre>
 *
 * <p>The {@linkplain #getCause() cause} is what the property threw on the shrunk counterexample.
 * Instances are created by the engine.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The seed of the run. */
    private final long seed;
    /** How many test cases ran, the failing one included. */
    private final int tries;
    /** How many simpler failing cases the shrinker found. */
    private final int shrinkSteps;
    private final transient List<Object> shrunkArguments;
    private final transient List<Object> originalArguments;

    /**
     * Creates a failure.
     *
     * @param report the full report, used as the message
     * @param seed the seed of the run
     * @param tries how many test cases ran, the failing one included
     * @param shrinkSteps how many times the shrinker found a simpler failing case
     * @param shrunkArguments the arguments of the shrunk counterexample
     * @param originalArguments the arguments of the counterexample as first found
     * @param cause what the property threw on the shrunk counterexample
     */
    public PropertyFailure(String report, long seed, int tries, int shrinkSteps, List<?> shrunkArguments,
            List<?> originalArguments, Throwable cause) {
        super(Objects.requireNonNull(report, "report"), cause);
        this.seed = seed;
        this.tries = tries;
        this.shrinkSteps = shrinkSteps;
        this.shrunkArguments = Collections.unmodifiableList(new ArrayList<>(shrunkArguments));
        this.originalArguments = Collections.unmodifiableList(new ArrayList<>(originalArguments));
    }

    /**
     * Returns the full report, the same text as {@link #getMessage()}.
     *
     * @return the report
     */
    public String report() {
        return getMessage();
    }

    /**
     * Returns the seed of the run; setting it again replays the run exactly.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns how many test cases ran, the failing one included.
     *
     * @return the number of tries
     */
    public int tries() {
        return tries;
    }

    /**
     * Returns how many times the shrinker found a simpler failing case.
     *
     * @return the number of shrink steps
     */
    public int shrinkSteps() {
        return shrinkSteps;
    }

    /**
     * Returns the arguments of the shrunk counterexample, in parameter order.
     *
     * @return an unmodifiable list, which may contain {@code null}
     */
    public List<Object> shrunkArguments() {
        return shrunkArguments;
    }

    /**
     * Returns the first (for a property of one argument, the only) argument of the shrunk
     * counterexample.
     *
     * @return the shrunk value, may be {@code null}
     * @throws IllegalStateException if the property has no arguments
     */
    public Object shrunk() {
        if (shrunkArguments.isEmpty()) {
            throw new IllegalStateException("the property has no arguments");
        }
        return shrunkArguments.get(0);
    }

    /**
     * Returns the arguments of the counterexample as first found, before shrinking.
     *
     * @return an unmodifiable list, which may contain {@code null}
     */
    public List<Object> originalArguments() {
        return originalArguments;
    }
}
