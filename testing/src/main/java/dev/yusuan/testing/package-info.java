/**
 * A property-based testing engine with integrated shrinking.
 *
 * <p>{@link dev.yusuan.testing.Gen} is a generator; {@link dev.yusuan.testing.Gens} builds and
 * combines them. {@link dev.yusuan.testing.PropertyCheck} checks a property inside any test, and
 * {@link dev.yusuan.testing.junit.Property @Property} turns a JUnit Jupiter method into one.
 *
 * <p>Generators draw every random decision from a {@link dev.yusuan.testing.ChoiceSource}. The
 * engine records those choices, so it can shrink a failing case of any generator by simplifying
 * the recorded choices and replaying them, and it can replay a whole run from its seed.
 */
package dev.yusuan.testing;
