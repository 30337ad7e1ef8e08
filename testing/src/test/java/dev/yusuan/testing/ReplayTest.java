package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A seed replays a run exactly, and the failure report says how. */
class ReplayTest {

    private static final Gen<List<Integer>> LISTS = Gens.lists(Gens.integers(-1000, 1000), 0, 20);

    private static List<List<Integer>> valuesSeenWith(long seed) {
        List<List<Integer>> seen = new ArrayList<>();
        PropertyCheck.forAll(LISTS).withSeed(seed).withTries(50).check(seen::add);
        return seen;
    }

    @Test
    void theSameSeedGeneratesTheSameValues() {
        List<List<Integer>> first = valuesSeenWith(4242);
        assertThat(first).hasSize(50);
        assertThat(valuesSeenWith(4242)).isEqualTo(first);
        assertThat(valuesSeenWith(4243)).isNotEqualTo(first);
    }

    private static PropertyFailure failingRun(long seed, List<List<Integer>> seen) {
        return catchThrowableOfType(PropertyFailure.class, () -> PropertyCheck.forAll(LISTS).withSeed(seed)
                .check(list -> {
                    seen.add(list);
                    assertThat(list).allSatisfy(x -> assertThat(x).isLessThan(500));
                }));
    }

    @Test
    void theSameSeedFindsAndShrinksTheSameCounterexample() {
        List<List<Integer>> firstSeen = new ArrayList<>();
        List<List<Integer>> secondSeen = new ArrayList<>();
        PropertyFailure first = failingRun(99, firstSeen);
        PropertyFailure second = failingRun(99, secondSeen);

        assertThat(first).isNotNull();
        assertThat(second.seed()).isEqualTo(first.seed()).isEqualTo(99);
        assertThat(second.tries()).isEqualTo(first.tries());
        assertThat(second.shrinkSteps()).isEqualTo(first.shrinkSteps()).isPositive();
        assertThat(second.originalArguments()).isEqualTo(first.originalArguments());
        assertThat(second.shrunkArguments()).isEqualTo(first.shrunkArguments()).containsExactly(List.of(500));
        assertThat(second.getMessage()).isEqualTo(first.getMessage());
        // Every value tried, while searching and while shrinking, comes again in the same order.
        assertThat(secondSeen).isEqualTo(firstSeen);
    }

    @Test
    void theSeedSystemPropertyOverridesTheSeedOfEveryCheck() {
        String previous = System.getProperty(PropertyCheck.SEED_PROPERTY);
        System.setProperty(PropertyCheck.SEED_PROPERTY, "4242");
        try {
            assertThat(valuesSeenWith(1)).isEqualTo(valuesSeenWith(2));
            PropertyFailure failure = failingRun(7, new ArrayList<>());
            assertThat(failure.seed()).isEqualTo(4242);
        } finally {
            restore(PropertyCheck.SEED_PROPERTY, previous);
        }
        assertThat(valuesSeenWith(4242)).isNotEqualTo(valuesSeenWith(1));
    }

    @Test
    void theTriesSystemPropertyOverridesTheTriesOfEveryCheck() {
        String previous = System.getProperty(PropertyCheck.TRIES_PROPERTY);
        System.setProperty(PropertyCheck.TRIES_PROPERTY, "17");
        try {
            assertThat(valuesSeenWith(1)).hasSize(17);
            System.setProperty(PropertyCheck.TRIES_PROPERTY, "lots");
            assertThatThrownBy(() -> valuesSeenWith(1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(PropertyCheck.TRIES_PROPERTY);
        } finally {
            restore(PropertyCheck.TRIES_PROPERTY, previous);
        }
        List<Integer> seen = new ArrayList<>();
        PropertyCheck.forAll(Gens.integers(0, 9)).check(seen::add);
        assertThat(seen).hasSize(PropertyCheck.DEFAULT_TRIES);
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, previous);
        }
    }

    @Test
    void theReportShowsBothCounterexamplesTheCountsAndHowToReRun() {
        PropertyFailure failure = failingRun(123, new ArrayList<>());
        String report = failure.getMessage();

        assertThat(report).isEqualTo(failure.report());
        assertThat(report).startsWith("Property failed after " + failure.tries() + (failure.tries() == 1 ? " try" : " tries")
                + " and " + failure.shrinkSteps() + " shrink steps (seed 123).");
        assertThat(report).contains("Shrunk counterexample:\n  #1 = [500]\n");
        assertThat(report).contains("Original counterexample:\n  #1 = " + failure.originalArguments().get(0) + "\n");
        assertThat(report).contains("Failure on the shrunk counterexample:");
        assertThat(report).contains("-Dyusuan.testing.seed=123", ".withSeed(123L)");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("500");
    }

    @Test
    void shrinkingCanBeTurnedOff() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyCheck.forAll(LISTS).withSeed(99).withMaxShrinkAttempts(0)
                        .check(list -> assertThat(list).allSatisfy(x -> assertThat(x).isLessThan(500))));
        assertThat(failure.shrinkSteps()).isZero();
        assertThat(failure.shrunkArguments()).isEqualTo(failure.originalArguments());
        assertThat(failure.getMessage()).contains("Counterexample (shrinking is off):");
    }

    @Test
    void aGeneratorIsAPlainFunctionOfARandomGenerator() {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            first.add(LISTS.generate(a));
            second.add(LISTS.generate(b));
        }
        assertThat(first).isEqualTo(second);
        assertThat(first).allSatisfy(list -> assertThat(list).hasSizeLessThanOrEqualTo(20)
                .allSatisfy(x -> assertThat(x).isBetween(-1000, 1000)));
        assertThat(new java.util.HashSet<>(first)).hasSizeGreaterThan(50);
    }
}
