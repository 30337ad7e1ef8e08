package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/** The engine checks itself: properties of generators and of shrinking, for generated parameters. */
class GensProperties {

    /** A range {@code [min, max]} anywhere in the longs. */
    static Gen<long[]> ranges() {
        Gen<Long> any = Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
        return Gens.combine(any, any, (a, b) -> new long[] {Math.min(a, b), Math.max(a, b)});
    }

    static Gen<Long> seeds() {
        return Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Gen<Integer> thresholds() {
        return Gens.integers(0, 999);
    }

    @Property(tries = 300)
    void longsStayInTheirRange(@ForAll("ranges") long[] range, @ForAll("seeds") long seed) {
        long value = Gens.longs(range[0], range[1]).generate(new SplittableRandom(seed));
        assertThat(value).isBetween(range[0], range[1]);
    }

    @Property(tries = 300)
    void integersInAnyRangeShrinkToTheBoundNearestZero(@ForAll("ranges") long[] range) {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyCheck.forAll(Gens.longs(range[0], range[1])).withTries(1).check(x -> {
                    throw new AssertionError("always fails");
                }));
        long expected = range[0] > 0 ? range[0] : range[1] < 0 ? range[1] : 0;
        assertThat(failure.shrunk()).isEqualTo(expected);
    }

    @Property(tries = 100)
    void bigDecimalsKeepTheirScaleAndRange(@ForAll("thresholds") int cents, @ForAll("seeds") long seed) {
        BigDecimal max = BigDecimal.valueOf(cents, 2);
        BigDecimal value = Gens.bigDecimals(max.negate(), max, 2).generate(new SplittableRandom(seed));
        assertThat(value.scale()).isEqualTo(2);
        assertThat(value.abs()).isLessThanOrEqualTo(max);
    }

    /** For every limit, a list with an element above it shrinks to exactly {@code [limit + 1]}. */
    @Property(tries = 50)
    void listShrinkingIsExactForEveryLimit(@ForAll("thresholds") int limit, @ForAll("seeds") long seed) {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyCheck.forAll(Gens.lists(Gens.integers(0, 1000), 0, 20)).withSeed(seed)
                        .check(list -> assertThat(list).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(limit))));
        if (failure != null) {
            assertThat(failure.shrunk()).isEqualTo(List.of(limit + 1));
        }
    }
}
