package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code USAGE.md}, compiled and run. Every code block of that page appears here
 * word for word ({@code UsageDocTest} checks it).
 */
class UsageExamplesTest {

    // ---------------------------------------------------------------- @Property

    static Gen<Integer> amounts() {
        return Gens.integers(0, 1_000_000);
    }

    @Property(tries = 500)
    void additionCommutes(@ForAll("amounts") int a, @ForAll("amounts") int b) {
        assertThat(a + b).isEqualTo(b + a);
    }

    static final Gen<List<Integer>> SMALL_LISTS = Gens.lists(Gens.integers(-100, 100), 0, 20);

    @Property
    void reversingTwiceGivesTheList(@ForAll("SMALL_LISTS") List<Integer> list) {
        List<Integer> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        Collections.reverse(copy);
        assertThat(copy).isEqualTo(list);
    }

    // ---------------------------------------------------------------- PropertyCheck

    @Test
    void sortingKeepsTheElements() {
        Gen<List<Integer>> lists = Gens.lists(Gens.integers(-100, 100), 0, 20);
        PropertyCheck.forAll(lists).withTries(500).check(list -> {
            List<Integer> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            assertThat(sorted).containsExactlyInAnyOrderElementsOf(list);
        });
    }

    @Test
    void twoArguments() {
        PropertyCheck.forAll(Gens.integers(0, 100), Gens.strings("ab", 0, 5))
                .check((n, s) -> assertThat(s.repeat(n)).hasSize(n * s.length()));
    }

    // ---------------------------------------------------------------- building generators

    record Item(String code, BigDecimal amount) {
    }

    static Gen<Item> items() {
        Gen<String> codes = Gens.strings("0123456789", 3, 3);
        Gen<BigDecimal> yuan = Gens.bigDecimals(BigDecimal.ZERO, new BigDecimal("99999.99"), 2);
        return Gens.combine(codes, yuan, Item::new);
    }

    @Test
    void buildingGenerators() {
        Gen<Integer> evens = Gens.integers(0, 500).map(x -> 2 * x);
        Gen<Integer> odds = Gens.integers(0, 1000).filter(x -> x % 2 == 1);
        Gen<List<Item>> statements = Gens.integers(1, 5).flatMap(n -> Gens.lists(items(), n, n));
        Gen<String> units = Gens.elements("元", "万元");
        Gen<Integer> mostlySmall = Gens.frequency(
                Gens.weighted(9, Gens.integers(0, 9)),
                Gens.weighted(1, Gens.integers(10, 1_000_000)));
        Gen<Set<String>> distinctCodes = Gens.sets(Gens.strings("0123456789", 3, 3), 1, 10);
        Gen<Map<String, Integer>> counts = Gens.maps(units, Gens.integers(0, 99), 0, 2);

        PropertyCheck.forAll(evens, odds).check((e, o) -> assertThat((e + o) % 2).isEqualTo(1));
        PropertyCheck.forAll(statements).check(list -> assertThat(list).hasSizeBetween(1, 5));
        PropertyCheck.forAll(mostlySmall, distinctCodes, counts).check((x, codes, map) -> {
            assertThat(x).isBetween(0, 1_000_000);
            assertThat(codes).hasSizeBetween(1, 10);
            assertThat(map).hasSizeLessThanOrEqualTo(2);
        });
    }

    /** A tree of sums: leaves first, so that trees shrink to a single leaf. */
    sealed interface Expr permits Literal, Sum {
        int value();
    }

    record Literal(int value) implements Expr {
    }

    record Sum(Expr left, Expr right) implements Expr {
        public int value() {
            return left.value() + right.value();
        }
    }

    static Gen<Expr> exprs() {
        Gen<Expr> literals = Gens.integers(0, 9).map(Literal::new);
        return Gens.recursive(literals, inner -> Gens.combine(inner, inner, Sum::new), 5);
    }

    @Test
    void recursiveGenerators() {
        PropertyCheck.forAll(exprs()).check(e -> assertThat(e.value()).isNotNegative());
    }

    /** A hand-written generator: every random decision comes from the source. */
    static final Gen<int[]> PAIRS_IN_ORDER = source -> {
        int low = (int) source.choose(100);
        int high = low + (int) source.choose(100);
        return new int[] {low, high};
    };

    @Test
    void handWrittenGenerators() {
        PropertyCheck.forAll(PAIRS_IN_ORDER).check(pair -> assertThat(pair[0]).isLessThanOrEqualTo(pair[1]));
    }

    // ---------------------------------------------------------------- failure report

    @Test
    void aFailureReport() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
                PropertyCheck.forAll(Gens.lists(Gens.integers(0, 1000), 0, 30))
                        .withSeed(20240601L)
                        .check(list -> {
                            int sum = list.stream().mapToInt(Integer::intValue).sum();
                            assertTrue(sum <= 1000, "sum " + sum + " exceeds 1000");
                        }));

        assertThat(failure.shrunk()).isEqualTo(List.of(1, 1000));
        assertThat(failure.getMessage()).isEqualTo(EXPECTED_REPORT);
    }

    private static final String EXPECTED_REPORT = """
            Property failed after 1 try and 18 shrink steps (seed 20240601).

            Shrunk counterexample:
              #1 = [1, 1000]
            Original counterexample:
              #1 = [270, 85, 656, 353, 622, 0, 546]

            Failure on the shrunk counterexample:
              org.opentest4j.AssertionFailedError: sum 1001 exceeds 1000 ==> expected: <true> but was: <false>

            To re-run exactly this case, set the seed:
              -Dyusuan.testing.seed=20240601   (system property: every property in the run)
              .withSeed(20240601L)             (this check only)
            """;

    // ---------------------------------------------------------------- other engines

    @Test
    void generatorsAsPlainFunctions() {
        RandomGenerator random = new SplittableRandom(7);
        Item item = items().generate(random);
        List<Integer> list = SMALL_LISTS.generate(random);

        assertThat(item.code()).hasSize(3);
        assertThat(list).hasSizeLessThanOrEqualTo(20);
    }
}
