package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Filters, distinct collections and assumptions have budgets, and say so when they run out. */
class FilterTest {

    @Test
    void aFilterThatRejectsEverythingReportsThatItIsTooStrict() {
        Gen<Integer> never = Gens.integers(0, 1000).filter(x -> x > 5000);
        FilterTooStrictException e = catchThrowableOfType(FilterTooStrictException.class,
                () -> never.generate(new SplittableRandom(1)));
        assertThat(e.rejected()).isEqualTo(Gen.DEFAULT_FILTER_TRIES);
        assertThat(e).hasMessageContaining("rejected 100 candidates in a row")
                .hasMessageContaining("too strict")
                .hasMessageContaining("filter(predicate, maxTries)");
    }

    @Test
    void theFilterBudgetCanBeSet() {
        AtomicInteger calls = new AtomicInteger();
        Gen<Integer> never = Gens.integers(0, 1000).filter(x -> calls.incrementAndGet() < 0, 7);
        FilterTooStrictException e = catchThrowableOfType(FilterTooStrictException.class,
                () -> never.generate(new SplittableRandom(1)));
        assertThat(e.rejected()).isEqualTo(7);
        assertThat(calls).hasValue(7);
        assertThatThrownBy(() -> Gens.integers(0, 1).filter(x -> true, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPropertyWhoseFilterIsTooStrictFailsWithTheFilterExceptionNotACounterexample() {
        Gen<Integer> rare = Gens.integers(0, 1_000_000).filter(x -> x == 123_456);
        assertThatThrownBy(() -> PropertyCheck.forAll(rare).withSeed(1).check(x -> assertThat(x).isEqualTo(123_456)))
                .isInstanceOf(FilterTooStrictException.class)
                .isNotInstanceOf(PropertyFailure.class)
                .hasMessageContaining("too strict");
    }

    @Test
    void aFilterThatAcceptsSomeValuesWorks() {
        Gen<Integer> odd = Gens.integers(0, 1000).filter(x -> x % 2 == 1);
        PropertyCheck.forAll(odd).withSeed(3).check(x -> assertThat(x % 2).isEqualTo(1));
    }

    @Test
    void aSetThatCannotHaveEnoughDistinctElementsReportsIt() {
        Gen<?> impossible = Gens.sets(Gens.integers(0, 3), 5, 10);
        assertThatThrownBy(() -> impossible.generate(new SplittableRandom(1)))
                .isInstanceOf(FilterTooStrictException.class)
                .hasMessageContaining("distinct");
        Gen<?> impossibleMap = Gens.maps(Gens.booleans(), Gens.integers(0, 3), 3, 3);
        assertThatThrownBy(() -> impossibleMap.generate(new SplittableRandom(1)))
                .isInstanceOf(FilterTooStrictException.class);
    }

    @Test
    void failedAssumptionsDiscardTestCases() {
        AtomicInteger kept = new AtomicInteger();
        PropertyCheck.forAll(Gens.integers(0, 9)).withSeed(11).withTries(100).check(x -> {
            assumeTrue(x % 2 == 0);
            kept.incrementAndGet();
        });
        assertThat(kept).hasValue(100);
    }

    @Test
    void tooManyDiscardedTestCasesAreReported() {
        assertThatThrownBy(() -> PropertyCheck.forAll(Gens.integers(0, 9)).withSeed(11).withTries(10)
                        .check(x -> assumeTrue(x > 100)))
                .isInstanceOf(FilterTooStrictException.class)
                .hasMessageContaining("discarded 201 test cases")
                .hasMessageContaining("seed 11");
    }
}
