package dev.yusuan.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit Jupiter test method as a property: the method runs once per generated test case,
 * with its {@link ForAll @ForAll} parameters drawn from generators, and the whole property is one
 * test in the report.
 *
 * <pre>{@code
 * class AdditionProperties {
 *     static Gen<Integer> smallInts() {
 *         return Gens.integers(-1000, 1000);
 *     }
 *
 *     @Property(tries = 500)
 *     void additionCommutes(@ForAll("smallInts") int a, @ForAll("smallInts") int b) {
 *         assertThat(a + b).isEqualTo(b + a);
 *     }
 * }
 * }</pre>
 *
 * <p>At the first failing test case the engine shrinks the arguments and fails the test with a
 * {@link dev.yusuan.testing.PropertyFailure}, whose message shows the shrunk and original
 * counterexamples, the seed, the tries and shrink steps, and how to re-run. A failed JUnit
 * assumption inside the method discards that test case. Parameters without {@code @ForAll} are
 * resolved by JUnit as usual ({@code TestInfo}, {@code TestReporter}, ...).
 *
 * <p>Configuration parameters (system properties, or entries of
 * {@code junit-platform.properties}) override the attributes for a whole run:
 * {@code yusuan.testing.tries} sets the tries of every property and {@code yusuan.testing.seed}
 * the seed. The seed of every run is also published as a report entry.
 *
 * <p>Lifecycle methods ({@code @BeforeEach}, {@code @AfterEach}) run once around the whole
 * property, not around each test case: a property should not depend on state that its test cases
 * change.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@ExtendWith(PropertyExtension.class)
public @interface Property {

    /**
     * How many test cases to run; unset (negative) means
     * {@value dev.yusuan.testing.PropertyCheck#DEFAULT_TRIES}. The configuration parameter
     * {@code yusuan.testing.tries} overrides it.
     *
     * @return the number of tries
     */
    int tries() default -1;

    /**
     * The seed, as printed in a failure report, to replay a run exactly; empty means a fresh seed
     * for every run. The configuration parameter {@code yusuan.testing.seed} overrides it.
     *
     * @return the seed, as a decimal long, or empty
     */
    String seed() default "";

    /**
     * How many times the shrinker may replay the property; unset (negative) means
     * {@value dev.yusuan.testing.PropertyCheck#DEFAULT_MAX_SHRINK_ATTEMPTS}, and zero turns
     * shrinking off.
     *
     * @return the shrink budget
     */
    int maxShrinkAttempts() default -1;
}
