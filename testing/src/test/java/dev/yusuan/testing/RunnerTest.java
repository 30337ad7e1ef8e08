package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the runner treats the different ways a property can fail. */
class RunnerTest {

    @Test
    void shrinkingKeepsTheKindOfFailure() {
        Set<Class<?>> kindsSeen = new HashSet<>();
        for (long i = 1; i <= 30; i++) {
            long seed = i;
            PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> PropertyCheck
                    .forAll(Gens.integers(0, 1000))
                    .withSeed(seed)
                    .check(x -> {
                        if (x > 500) {
                            throw new IllegalStateException("large: " + x);
                        }
                        if (x > 10) {
                            throw new AssertionError("medium: " + x);
                        }
                    }));
            Class<?> kind = failure.getCause().getClass();
            kindsSeen.add(kind);
            assertThat(failure.shrunk()).isEqualTo(kind == IllegalStateException.class ? 501 : 11);
        }
        assertThat(kindsSeen).containsExactlyInAnyOrder(IllegalStateException.class, AssertionError.class);
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void aStackOverflowInThePropertyIsACounterexample() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> PropertyCheck
                .forAll(Gens.integers(0, 10_000_000))
                .withSeed(3)
                .withMaxShrinkAttempts(30)
                .check(n -> assertThat(depth(n)).isEqualTo(n)));
        assertThat(failure.getCause()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void eachTryRunsTheBodyOnce() {
        int[] calls = {0};
        PropertyCheck.forAll(Gens.constant("x")).withTries(13).check(x -> calls[0]++);
        assertThat(calls[0]).isEqualTo(13);
    }
}
