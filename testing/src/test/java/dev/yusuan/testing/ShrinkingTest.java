package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shrinking reaches the known minimal counterexample of classic properties. Each case runs with
 * several seeds, so that the result does not depend on a lucky first counterexample.
 */
class ShrinkingTest {

    private static PropertyFailure failure(Runnable check) {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, check::run);
        assertThat(failure).as("the property should fail").isNotNull();
        return failure;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99, 20240601, 7_000_000_007L})
    void anIntegerAboveTheLimitShrinksToTheLimitPlusOne(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.integers(-1_000_000, 1_000_000))
                .withSeed(seed)
                .check(x -> assertThat(x).isLessThanOrEqualTo(100)));
        assertThat(failure.shrunk()).isEqualTo(101);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aLongBelowTheLimitShrinksToTheLimitMinusOne(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
                .withSeed(seed)
                .check(x -> assertThat(x).isGreaterThanOrEqualTo(-100L)));
        assertThat(failure.shrunk()).isEqualTo(-101L);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99, 20240601, 7_000_000_007L})
    void aListContainingAValueAboveTheLimitShrinksToThatSingleValue(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.lists(Gens.integers(-1000, 1000), 0, 30))
                .withSeed(seed)
                .check(list -> assertThat(list).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(100))));
        assertThat(failure.shrunk()).isEqualTo(List.of(101));
    }

    /**
     * No single element (at most 1000) can exceed 1000, so the shortest failing list has two
     * elements. Among pairs, the choice sequence [1, a, 1, b, 0] is smallest with the smallest
     * first element: a = 1 forces b = 1000. The shrinker gets there by moving value from the
     * first element to the second.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99, 20240601, 7_000_000_007L})
    void aListWhoseSumExceedsTheLimitShrinksToTheSmallestPair(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.lists(Gens.integers(0, 1000), 0, 30))
                .withSeed(seed)
                .check(list -> assertThat(list.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(1000)));
        assertThat(failure.shrunk()).isEqualTo(List.of(1, 1000));
    }

    /** When one element can exceed the limit alone, the minimum is that single element. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99, 20240601, 7_000_000_007L})
    void aListWhoseSumExceedsTheLimitShrinksToOneValueWhenOneSuffices(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.lists(Gens.integers(0, 10_000), 0, 30))
                .withSeed(seed)
                .check(list -> assertThat(list.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(1000)));
        assertThat(failure.shrunk()).isEqualTo(List.of(1001));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aStringContainingACharacterShrinksToThatCharacter(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.strings("abcdefghijklmnopqrstuvwxyz", 0, 20))
                .withSeed(seed)
                .check(s -> assertThat(s).doesNotContain("q")));
        assertThat(failure.shrunk()).isEqualTo("q");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aFilteredGeneratorShrinksToTheSmallestAcceptedValue(long seed) {
        Gen<Integer> evens = Gens.integers(0, 10_000).filter(x -> x % 2 == 0);
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(evens)
                .withSeed(seed)
                .check(x -> assertThat(x).isLessThan(999)));
        assertThat(failure.shrunk()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aMappedGeneratorShrinksThroughTheMapping(long seed) {
        Gen<Integer> evens = Gens.integers(0, 10_000).map(x -> 2 * x);
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(evens)
                .withSeed(seed)
                .check(x -> assertThat(x).isLessThan(999)));
        assertThat(failure.shrunk()).isEqualTo(1000);
    }

    /**
     * The size is drawn first and the list has exactly that size, so deleting an element alone
     * runs out of choices; the shrinker also lowers the size, and reaches one element.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aFlatMappedGeneratorShrinksBothTheSizeAndTheElements(long seed) {
        Gen<List<Integer>> sized = Gens.integers(1, 20).flatMap(n -> Gens.lists(Gens.integers(0, 1000), n, n));
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(sized)
                .withSeed(seed)
                .check(list -> assertThat(list).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(500))));
        assertThat(failure.shrunk()).isEqualTo(List.of(501));
    }

    record Pair(int a, int b) {
    }

    /** The smallest first component that can fail is 50 (with b = 100); choices are [50, 100]. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aCombinedGeneratorShrinksEveryComponent(long seed) {
        Gen<Pair> pairs = Gens.combine(Gens.integers(0, 100), Gens.integers(0, 100), Pair::new);
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(pairs)
                .withSeed(seed)
                .check(p -> assertThat(p.a() + p.b()).isLessThan(150)));
        assertThat(failure.shrunk()).isEqualTo(new Pair(50, 100));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aOneOfShrinksTowardsTheFirstAlternativeThatFails(long seed) {
        Gen<Integer> mixed = Gens.oneOf(Gens.integers(0, 10), Gens.integers(100, 200));
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(mixed)
                .withSeed(seed)
                .check(x -> assertThat(x).isLessThan(150)));
        assertThat(failure.shrunk()).isEqualTo(150);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aSetShrinksToTheSmallestDistinctElements(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.sets(Gens.integers(0, 1000), 0, 20))
                .withSeed(seed)
                .check(set -> assertThat(set).hasSizeLessThan(3)));
        assertThat(failure.shrunk()).isEqualTo(Set.of(0, 1, 2));
        assertThat(List.<Object>copyOf((Set<?>) failure.shrunk())).containsExactly(0, 1, 2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, -99})
    void aMapShrinksToOneEntry(long seed) {
        Gen<Map<Integer, Integer>> maps = Gens.maps(Gens.integers(0, 100), Gens.integers(0, 100), 0, 10);
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(maps)
                .withSeed(seed)
                .check(map -> assertThat(map.values()).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(50))));
        assertThat(failure.shrunk()).isEqualTo(Map.of(0, 51));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void twoArgumentsShrinkIndependently(long seed) {
        PropertyFailure failure = failure(() -> PropertyCheck.forAll(Gens.integers(0, 1000), Gens.strings("ab", 0, 10))
                .withSeed(seed)
                .check((n, s) -> assertThat(n < 10 || s.length() < 2).isTrue()));
        assertThat(failure.shrunkArguments()).containsExactly(10, "aa");
    }
}
