package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The factories respect their ranges and sizes, reach their edges, and shrink to their simplest values. */
class GensTest {

    private static <T> List<T> sample(Gen<T> gen, int count) {
        SplittableRandom random = new SplittableRandom(2024);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(gen.generate(random));
        }
        return out;
    }

    /** The value the shrinker reaches for a property that fails whenever {@code fails} says so. */
    private static <T> Object shrunk(Gen<T> gen, java.util.function.Predicate<T> fails) {
        Consumer<T> noop = x -> { };
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> PropertyCheck.forAll(gen)
                .withSeed(77)
                .check(x -> {
                    noop.accept(x);
                    assertThat(fails.test(x)).as("fails for %s", x).isFalse();
                }));
        assertThat(failure).as("the property should fail").isNotNull();
        return failure.shrunk();
    }

    @Test
    void integersStayInRangeAndReachEveryValueOfASmallRange() {
        assertThat(new HashSet<>(sample(Gens.integers(-3, 3), 500))).containsExactlyInAnyOrder(-3, -2, -1, 0, 1, 2, 3);
        assertThat(sample(Gens.integers(10, 20), 500)).allSatisfy(x -> assertThat(x).isBetween(10, 20));
        assertThat(sample(Gens.integers(-20, -10), 500)).allSatisfy(x -> assertThat(x).isBetween(-20, -10));
    }

    @Test
    void wideRangesReachTheirEdgesAndZero() {
        List<Long> longs = sample(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), 2000);
        assertThat(longs).contains(Long.MIN_VALUE, Long.MAX_VALUE, 0L);
        assertThat(longs).anySatisfy(x -> assertThat(x).isBetween(1L, 1000L));
        assertThat(sample(Gens.longs(Long.MIN_VALUE, 0), 2000)).contains(Long.MIN_VALUE, 0L)
                .allSatisfy(x -> assertThat(x).isNotPositive());
        assertThat(sample(Gens.integers(Integer.MIN_VALUE, Integer.MAX_VALUE), 2000))
                .contains(Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
    }

    @Test
    void numbersShrinkTowardsTheBoundNearestZero() {
        assertThat(shrunk(Gens.integers(10, 100), x -> true)).isEqualTo(10);
        assertThat(shrunk(Gens.integers(-100, -10), x -> true)).isEqualTo(-10);
        assertThat(shrunk(Gens.longs(Long.MIN_VALUE, 0), x -> true)).isEqualTo(0L);
        assertThat(shrunk(Gens.integers(-50, 50), x -> x != 0)).isEqualTo(1);
        assertThat(shrunk(Gens.integers(-50, 50), x -> x < 0)).isEqualTo(-1);
    }

    @Test
    void bigIntegersCoverHugeRangesAndShrink() {
        BigInteger huge = BigInteger.TEN.pow(30);
        List<BigInteger> values = sample(Gens.bigIntegers(huge.negate(), huge), 1000);
        assertThat(values).allSatisfy(x -> assertThat(x.abs()).isLessThanOrEqualTo(huge));
        assertThat(values).contains(huge, huge.negate(), BigInteger.ZERO);
        assertThat(values).anySatisfy(x -> assertThat(x.abs()).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE)));

        BigInteger limit = BigInteger.TEN.pow(25);
        assertThat(shrunk(Gens.bigIntegers(huge.negate(), huge), x -> x.compareTo(limit) > 0))
                .isEqualTo(limit.add(BigInteger.ONE));
        assertThat(shrunk(Gens.bigIntegers(BigInteger.TEN.pow(20), huge), x -> true)).isEqualTo(BigInteger.TEN.pow(20));
    }

    @Test
    void bigDecimalsHaveTheScaleAndShrink() {
        Gen<BigDecimal> amounts = Gens.bigDecimals(new BigDecimal("-5"), new BigDecimal("1000.005"), 2);
        assertThat(sample(amounts, 500)).allSatisfy(x -> {
            assertThat(x.scale()).isEqualTo(2);
            assertThat(x).isBetween(new BigDecimal("-5.00"), new BigDecimal("1000.00"));
        });
        assertThat(shrunk(amounts, x -> x.compareTo(new BigDecimal("1.5")) >= 0)).isEqualTo(new BigDecimal("1.50"));
        assertThatThrownBy(() -> Gens.bigDecimals(new BigDecimal("0.001"), new BigDecimal("0.009"), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choicesShrinkTowardsTheFirstAlternative() {
        assertThat(new HashSet<>(sample(Gens.elements("a", "b", "c"), 200))).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(shrunk(Gens.elements("a", "b", "c"), x -> true)).isEqualTo("a");
        assertThat(shrunk(Gens.booleans(), x -> true)).isEqualTo(false);
        assertThat(shrunk(Gens.oneOf(Gens.constant("x"), Gens.constant("y")), x -> true)).isEqualTo("x");
        Gen<String> weighted = Gens.frequency(Gens.weighted(0, Gens.constant("never")),
                Gens.weighted(1, Gens.constant("rare")), Gens.weighted(9, Gens.constant("common")));
        List<String> drawn = sample(weighted, 1000);
        assertThat(drawn).doesNotContain("never").contains("rare");
        assertThat(drawn.stream().filter("common"::equals).count()).isBetween(800L, 960L);
        assertThat(shrunk(weighted, x -> true)).isEqualTo("rare");
    }

    @Test
    void collectionsRespectTheirSizes() {
        assertThat(sample(Gens.lists(Gens.integers(0, 9), 2, 4), 300)).allSatisfy(l -> assertThat(l).hasSizeBetween(2, 4))
                .anySatisfy(l -> assertThat(l).hasSize(2)).anySatisfy(l -> assertThat(l).hasSize(4));
        assertThat(sample(Gens.lists(Gens.integers(0, 9), 0, 1), 100)).anySatisfy(l -> assertThat(l).isEmpty())
                .anySatisfy(l -> assertThat(l).hasSize(1));
        assertThat(sample(Gens.sets(Gens.integers(0, 9), 10, 10), 50)).allSatisfy(s -> assertThat(s).hasSize(10));
        assertThat(sample(Gens.maps(Gens.integers(0, 50), Gens.booleans(), 1, 5), 200))
                .allSatisfy(m -> assertThat(m).hasSizeBetween(1, 5));
        assertThat(shrunk(Gens.lists(Gens.integers(0, 9), 3, 10), x -> true)).isEqualTo(List.of(0, 0, 0));
        assertThat(shrunk(Gens.sets(Gens.integers(5, 9), 2, 10), x -> true)).isEqualTo(Set.of(5, 6));
        assertThat(shrunk(Gens.maps(Gens.strings("ab", 1, 2), Gens.integers(0, 9), 0, 10), x -> !x.isEmpty()))
                .isEqualTo(Map.of("a", 0));
        assertThatThrownBy(() -> Gens.lists(Gens.booleans(), 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.lists(Gens.booleans(), -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collectionsAreUnmodifiable() {
        List<Integer> list = Gens.lists(Gens.integers(0, 9), 1, 3).generate(new SplittableRandom(1));
        assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
        Set<Integer> set = Gens.sets(Gens.integers(0, 9), 1, 3).generate(new SplittableRandom(1));
        assertThatThrownBy(() -> set.add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void stringsUseTheAlphabetIncludingSupplementaryCodePoints() {
        String alphabet = "元万亿\uD840\uDC00";
        List<String> strings = sample(Gens.strings(alphabet, 1, 6), 300);
        assertThat(strings).allSatisfy(s -> {
            assertThat(s.codePointCount(0, s.length())).isBetween(1, 6);
            assertThat(s.codePoints()).allSatisfy(cp -> assertThat(alphabet.codePoints()).contains(cp));
        });
        assertThat(strings).anySatisfy(s -> assertThat(s).contains("\uD840\uDC00"));
        assertThat(shrunk(Gens.strings(alphabet, 2, 6), s -> true)).isEqualTo("元元");
        assertThatThrownBy(() -> Gens.strings("", 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    record Eight(int a, int b, int c, int d, int e, int f, int g, int h) {
    }

    @Test
    void eightGeneratorsCombineInOrder() {
        Gen<Integer> digit = Gens.integers(0, 9);
        Gen<Eight> eights = Gens.combine(Gens.constant(1), Gens.constant(2), Gens.constant(3), Gens.constant(4),
                Gens.constant(5), Gens.constant(6), Gens.constant(7), digit, Eight::new);
        assertThat(sample(eights, 20)).allSatisfy(e -> assertThat(e.a() + e.b() + e.c() + e.g()).isEqualTo(13));
        assertThat(shrunk(eights, e -> true)).isEqualTo(new Eight(1, 2, 3, 4, 5, 6, 7, 0));
    }

    /** A tree: a leaf holds a digit, a node two subtrees. */
    sealed interface Tree permits Leaf, Node {
        int depth();
    }

    record Leaf(int value) implements Tree {
        public int depth() {
            return 0;
        }
    }

    record Node(Tree left, Tree right) implements Tree {
        public int depth() {
            return 1 + Math.max(left.depth(), right.depth());
        }
    }

    static Gen<Tree> trees() {
        Gen<Tree> leaves = Gens.integers(0, 9).map(Leaf::new);
        return Gens.frequency(Gens.weighted(3, leaves),
                Gens.weighted(2, Gens.combine(Gens.lazy(GensTest::trees), Gens.lazy(GensTest::trees), Node::new)));
    }

    @Test
    void lazyGeneratorsCanRecurse() {
        assertThat(sample(trees(), 300)).anySatisfy(t -> assertThat(t.depth()).isGreaterThanOrEqualTo(3));
        // The smallest choice sequence of depth 2 puts the deep branch on the right: the left
        // subtree's first choice (leaf or node) is then a zero.
        assertThat(shrunk(trees(), t -> t.depth() >= 2))
                .isEqualTo(new Node(new Leaf(0), new Node(new Leaf(0), new Leaf(0))));
    }

    @Test
    void recursiveGeneratorsAreBoundedInDepth() {
        Gen<Tree> leaves = Gens.integers(0, 9).map(Leaf::new);
        Gen<Tree> trees = Gens.recursive(leaves, inner -> Gens.combine(inner, inner, Node::new), 4);
        List<Tree> sample = sample(trees, 500);
        assertThat(sample).allSatisfy(t -> assertThat(t.depth()).isLessThanOrEqualTo(4));
        assertThat(sample).anySatisfy(t -> assertThat(t.depth()).isEqualTo(4));
        assertThat(shrunk(trees, t -> t.depth() >= 1)).isEqualTo(new Node(new Leaf(0), new Leaf(0)));
        assertThatThrownBy(() -> Gens.recursive(leaves, inner -> inner, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGeneratorThatNeverStopsIsReported() {
        Gen<Integer> looping = source -> {
            while (true) {
                source.choose(1);
            }
        };
        assertThatThrownBy(() -> looping.generate(new SplittableRandom(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choices");
        // Inside the engine, such test cases are discarded, and too many discards are reported.
        assertThatThrownBy(() -> PropertyCheck.forAll(looping).withTries(1).check(x -> { }))
                .isInstanceOf(FilterTooStrictException.class)
                .hasMessageContaining("too many choices");
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> Gens.integers(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.longs(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.bigIntegers(BigInteger.TWO, BigInteger.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.oneOf(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.frequency(Gens.weighted(0, Gens.constant(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.weighted(-1, Gens.constant(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gens.integers(0, 1).map(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Gens.lists(null, 0, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Gens.integers(0, 1).generate((java.util.random.RandomGenerator) null))
                .isInstanceOf(NullPointerException.class);
    }
}
