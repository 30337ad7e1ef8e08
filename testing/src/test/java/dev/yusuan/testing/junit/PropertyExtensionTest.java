package dev.yusuan.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.PropertyFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes through the real Jupiter engine and checks what {@code @Property} does. */
class PropertyExtensionTest {

    static final AtomicInteger CALLS = new AtomicInteger();

    @BeforeEach
    void resetCalls() {
        CALLS.set(0);
    }

    private static EngineExecutionResults run(Class<?> fixture, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(FixturesOnly.PARAMETER, "true")
                .configurationParameters(parameters)
                .selectors(selectClass(fixture))
                .execute();
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return run(fixture, Map.of());
    }

    private static Throwable onlyFailure(EngineExecutionResults results) {
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1).succeeded(0));
        Event failed = results.testEvents().failed().list().get(0);
        return failed.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    private static List<String> publishedSeeds(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .map(entries -> entries.get(PropertyExtension.SEED_ENTRY))
                .collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- fixtures

    @ExtendWith(FixturesOnly.class)
    static class PassingProperty {
        static Gen<Integer> smallInts() {
            return Gens.integers(-1000, 1000);
        }

        @Property
        void additionCommutes(@ForAll("smallInts") int a, @ForAll("smallInts") int b) {
            CALLS.incrementAndGet();
            assertThat(a + b).isEqualTo(b + a);
        }
    }

    @ExtendWith(FixturesOnly.class)
    static class ThirtySevenTries {
        @Property(tries = 37)
        void counted(@ForAll("bits") boolean bit) {
            CALLS.incrementAndGet();
        }

        static Gen<Boolean> bits() {
            return Gens.booleans();
        }
    }

    @ExtendWith(FixturesOnly.class)
    static class FailingProperty {
        static final Gen<List<Integer>> LISTS = Gens.lists(Gens.integers(-1000, 1000), 0, 20);

        @Property
        void allAtMostAHundred(@ForAll("LISTS") List<Integer> values) {
            CALLS.incrementAndGet();
            assertThat(values).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(100));
        }
    }

    @ExtendWith(FixturesOnly.class)
    static class SeededFailingProperty {
        static Gen<Integer> ints() {
            return Gens.integers(0, 1_000_000);
        }

        @Property(seed = "42")
        void belowTenThousand(@ForAll("ints") int x) {
            assertThat(x).isLessThan(10_000);
        }
    }

    /** Generators from an instance method, a field and another class, next to a JUnit parameter. */
    @ExtendWith(FixturesOnly.class)
    static class MixedParameters {
        private final Gen<String> words = Gens.strings("ab", 1, 3);

        Gen<Integer> digits() {
            return Gens.integers(0, 9);
        }

        @Property(tries = 25)
        void mixed(@ForAll("digits") int digit, TestInfo info, @ForAll("words") String word,
                @ForAll(value = "letters", in = SharedGenerators.class) String letter) {
            CALLS.incrementAndGet();
            assertThat(digit).isBetween(0, 9);
            assertThat(info.getDisplayName()).startsWith("mixed");
            assertThat(word).hasSizeBetween(1, 3);
            assertThat(letter).isIn("x", "y");
        }
    }

    /** Generators shared by several test classes. */
    static final class SharedGenerators {
        static Gen<String> letters() {
            return Gens.elements("x", "y");
        }
    }

    @ExtendWith(FixturesOnly.class)
    static class MismatchedType {
        static Gen<String> words() {
            return Gens.strings("ab", 1, 3);
        }

        @Property
        void wrongType(@ForAll("words") int x) {
            CALLS.incrementAndGet();
        }
    }

    @ExtendWith(FixturesOnly.class)
    static class MissingGenerator {
        @Property
        void unknown(@ForAll("nowhere") int x) {
            CALLS.incrementAndGet();
        }
    }

    @ExtendWith(FixturesOnly.class)
    static class AssumingProperty {
        static Gen<Integer> digits() {
            return Gens.integers(0, 9);
        }

        @Property(tries = 50)
        void evenOnly(@ForAll("digits") int x) {
            Assumptions.assumeTrue(x % 2 == 0);
            CALLS.incrementAndGet();
            assertThat(x % 2).isZero();
        }
    }

    // ---------------------------------------------------------------- tests

    @Test
    void aPassingPropertyIsOneSuccessfulTestThatRunsTheDefaultNumberOfTries() {
        EngineExecutionResults results = run(PassingProperty.class);
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        assertThat(CALLS).hasValue(200);
        assertThat(publishedSeeds(results)).hasSize(1).allSatisfy(seed -> assertThat(Long.parseLong(seed)).isNotNull());
    }

    @Test
    void theTriesAttributeIsHonoured() {
        run(ThirtySevenTries.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(CALLS).hasValue(37);
    }

    @Test
    void theTriesParameterOverridesDefaultAndAttribute() {
        Map<String, String> sevenTries = Map.of("yusuan.testing.tries", "7");
        run(PassingProperty.class, sevenTries).testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(CALLS).hasValue(7);
        CALLS.set(0);
        run(ThirtySevenTries.class, sevenTries).testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(CALLS).hasValue(7);
    }

    @Test
    void aFailingPropertyIsOneFailedTestWithTheReport() {
        EngineExecutionResults results = run(FailingProperty.class);
        Throwable failure = onlyFailure(results);

        assertThat(failure).isInstanceOf(PropertyFailure.class);
        PropertyFailure property = (PropertyFailure) failure;
        assertThat(property.shrunk()).isEqualTo(List.of(101));
        String seed = Long.toString(property.seed());
        assertThat(publishedSeeds(results)).containsExactly(seed);
        assertThat(failure.getMessage())
                .contains("(seed " + seed + ")")
                .contains("Shrunk counterexample:\n  arg0 = [101]\n")
                .contains("Original counterexample:\n  arg0 = ")
                .contains("-Dyusuan.testing.seed=" + seed)
                .contains("@Property(seed = \"" + seed + "\")");
        // Searching, then shrinking, called the method many times, all inside the one test.
        assertThat(CALLS.get()).isGreaterThan(property.tries());
    }

    @Test
    void theSeedAttributeReplaysTheSameRun() {
        Throwable first = onlyFailure(run(SeededFailingProperty.class));
        Throwable second = onlyFailure(run(SeededFailingProperty.class));
        assertThat(first.getMessage()).contains("(seed 42)").isEqualTo(second.getMessage());
        assertThat(((PropertyFailure) first).shrunk()).isEqualTo(10_000);
    }

    @Test
    void theSeedParameterOverridesTheAttribute() {
        EngineExecutionResults results = run(SeededFailingProperty.class, Map.of("yusuan.testing.seed", "5"));
        assertThat(onlyFailure(results).getMessage()).contains("(seed 5)");
        assertThat(publishedSeeds(results)).containsExactly("5");

        // A property without a seed attribute takes it too, and replays exactly.
        Throwable first = onlyFailure(run(FailingProperty.class, Map.of("yusuan.testing.seed", "5")));
        Throwable second = onlyFailure(run(FailingProperty.class, Map.of("yusuan.testing.seed", "5")));
        assertThat(first.getMessage()).contains("(seed 5)").isEqualTo(second.getMessage());
    }

    @Test
    void generatorsMayComeFromInstanceMethodsFieldsAndOtherClassesNextToJUnitParameters() {
        run(MixedParameters.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(CALLS).hasValue(25);
    }

    @Test
    void aGeneratorOfTheWrongTypeFailsBeforeAnyTry() {
        Throwable failure = onlyFailure(run(MismatchedType.class));
        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@ForAll(\"words\")")
                .hasMessageContaining("Gen<java.lang.String>")
                .hasMessageContaining("int");
        assertThat(CALLS).hasValue(0);
    }

    @Test
    void aMissingGeneratorIsReported() {
        Throwable failure = onlyFailure(run(MissingGenerator.class));
        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("no method nowhere() or field nowhere");
        assertThat(CALLS).hasValue(0);
    }

    @Test
    void failedAssumptionsDiscardTestCases() {
        run(AssumingProperty.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(CALLS).hasValue(50);
    }

    @Test
    void fixturesDoNotRunOnTheirOwn() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(FailingProperty.class))
                .execute();
        results.containerEvents().assertStatistics(stats -> stats.skipped(1));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }
}
