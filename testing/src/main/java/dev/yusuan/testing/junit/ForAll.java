package dev.yusuan.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter of a {@link Property @Property} method to a generator, by name.
 *
 * <p>The name refers to a method without parameters that returns a
 * {@link dev.yusuan.testing.Gen Gen}, or to a field of type {@code Gen}, declared in the test class
 * (or a superclass), or in the class given by {@link #in()}. Static and instance members of the
 * test class both work; members of another class must be static. The generator's type argument
 * must fit the parameter's type (primitives match their wrappers); a mismatch fails the test
 * before any test case runs.
 *
 * <pre>{@code
 * static Gen<String> codes() {
 *     return Gens.strings("0123456789", 3, 3);
 * }
 *
 * @Property
 * void codesHaveThreeDigits(@ForAll("codes") String code) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ForAll {

    /**
     * The name of the generator method or field.
     *
     * @return the name
     */
    String value();

    /**
     * The class that declares the generator; {@code void.class} (the default) means the test class.
     *
     * @return the declaring class
     */
    Class<?> in() default void.class;
}
