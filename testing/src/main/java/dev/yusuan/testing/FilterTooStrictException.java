package dev.yusuan.testing;

/**
 * Thrown when a generator cannot find an acceptable value within its budget of tries: a
 * {@link Gen#filter(java.util.function.Predicate, int) filter} rejected every candidate, a set or
 * map could not find enough distinct elements, or a property discarded too many test cases.
 *
 * <p>This is a fault of the generator or the property, not a counterexample: generate valid values
 * by construction instead (narrower ranges, {@link Gen#map}, {@link Gen#flatMap}, a smaller
 * alphabet), or raise the budget. The engine never reports it as a shrunk failure.
 */
public final class FilterTooStrictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** How many candidates or test cases were rejected. */
    private final int rejected;

    /**
     * Creates the exception.
     *
     * @param message what was filtered and how to fix it
     * @param rejected how many candidates (or test cases) were rejected before giving up
     */
    public FilterTooStrictException(String message, int rejected) {
        super(message);
        this.rejected = rejected;
    }

    /**
     * Returns how many candidates (or test cases) were rejected before the engine gave up.
     *
     * @return the number of rejections
     */
    public int rejected() {
        return rejected;
    }
}
