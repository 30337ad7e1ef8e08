package dev.yusuan.testing;

/**
 * The only source of randomness a {@link Gen} may use: a stream of bounded, non-negative choices.
 *
 * <p>Every random decision a generator makes is a call to {@link #choose(long)} or
 * {@link #chance(long, long)}. While a property runs, the engine records each choice; to shrink a
 * failing case it edits that recorded <em>choice sequence</em> (deleting, zeroing and lowering
 * choices) and replays the generators on the edited sequence. Shrinking therefore works for every
 * generator, however composed, with no shrinking code of its own, provided generators respect one
 * convention: <strong>a smaller choice gives a simpler value</strong>, and {@code 0} gives the
 * simplest one.
 *
 * <p>A source is used by one thread, for one value (or one test case), and is then discarded.
 * Generators must not keep a reference to it.
 */
public interface ChoiceSource {

    /**
     * Draws a choice between {@code 0} and {@code max}, both inclusive.
     *
     * <p>When values are generated at random, zero, {@code max} and small values come up more
     * often than a uniform draw would give them. When the engine replays a shrunk sequence, the
     * recorded value is returned, lowered to {@code max} if it is larger.
     *
     * @param max the largest choice allowed, at least zero
     * @return a choice in {@code [0, max]}; {@code 0} must stand for the simplest outcome
     * @throws IllegalArgumentException if {@code max} is negative
     */
    long choose(long max);

    /**
     * Draws a boolean that is {@code true} with probability {@code numerator / denominator}.
     *
     * <p>The decision is recorded as one choice, {@code 0} for {@code false} and {@code 1} for
     * {@code true}, so shrinking turns {@code true} into {@code false}: make {@code false} the
     * simpler outcome (for example "stop adding elements"). A probability of zero or one still
     * takes one position in the sequence, so the positions of later choices do not depend on it.
     *
     * @param numerator the weight of {@code true}, at least zero
     * @param denominator the total weight, greater than zero
     * @return the drawn boolean
     * @throws IllegalArgumentException if {@code numerator} is negative or {@code denominator} is
     *     not positive
     */
    boolean chance(long numerator, long denominator);

    /**
     * Draws a value from another generator, as one unit of the choice sequence.
     *
     * <p>Composite generators call this for each part they draw (a list element, a record
     * component, a branch of {@link Gens#oneOf}): the engine remembers where each part's choices
     * start and end, and the shrinker tries deleting or reordering whole parts. The result is the
     * same as {@code gen.generate(this)}.
     *
     * @param <T> the type of value drawn
     * @param gen the generator to draw from
     * @return the drawn value
     */
    default <T> T draw(Gen<T> gen) {
        return gen.generate(this);
    }
}
