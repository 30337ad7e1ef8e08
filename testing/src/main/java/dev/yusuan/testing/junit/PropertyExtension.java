package dev.yusuan.testing.junit;

import dev.yusuan.testing.Gen;
import dev.yusuan.testing.internal.PropertyRunner;
import dev.yusuan.testing.internal.Settings;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs {@link Property @Property} methods: resolves {@link ForAll @ForAll} parameters to
 * placeholders so that JUnit accepts the method, then replaces the single invocation with the
 * property run, calling the method once per test case.
 */
final class PropertyExtension implements ParameterResolver, InvocationInterceptor {

    /** The key of the report entry that publishes the seed of each run. */
    static final String SEED_ENTRY = "yusuan.testing.seed";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(ForAll.class)
                && parameterContext.getDeclaringExecutable().isAnnotationPresent(Property.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        Method method = invocationContext.getExecutable();
        Property property = method.getAnnotation(Property.class);
        if (property == null) {
            invocation.proceed();
            return;
        }
        Object target = invocationContext.getTarget().orElse(null);
        Class<?> testClass = invocationContext.getTargetClass();
        List<Object> resolved = invocationContext.getArguments();
        Parameter[] parameters = method.getParameters();

        List<Integer> positions = new ArrayList<>();
        List<Gen<?>> gens = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            ForAll forAll = parameters[i].getAnnotation(ForAll.class);
            if (forAll != null) {
                positions.add(i);
                gens.add(generatorFor(parameters[i], forAll, testClass, target));
                names.add(parameters[i].isNamePresent() ? parameters[i].getName() : "arg" + i);
            }
        }
        invocation.skip();

        int tries = Settings.tries(extensionContext.getConfigurationParameter(Settings.TRIES_PROPERTY).orElse(null),
                property.tries());
        long seed = Settings.seed(extensionContext.getConfigurationParameter(Settings.SEED_PROPERTY).orElse(null),
                property.seed());
        extensionContext.publishReportEntry(SEED_ENTRY, Long.toString(seed));

        if (!method.trySetAccessible() && !method.canAccess(target)) {
            throw new ExtensionConfigurationException("cannot call " + method + ": open its package to the module"
                    + " dev.yusuan.testing (or run the tests on the class path)");
        }
        Gen<Object[]> arguments = source -> {
            Object[] values = new Object[gens.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = source.draw(gens.get(k));
            }
            return values;
        };
        PropertyRunner.Body body = values -> {
            Object[] all = resolved.toArray();
            for (int k = 0; k < values.length; k++) {
                all[positions.get(k)] = values[k];
            }
            try {
                method.invoke(target, all);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        List<String> hints = List.of(
                "-D" + Settings.SEED_PROPERTY + "=" + seed + "\t(system property or JUnit configuration parameter:"
                        + " every property in the run)",
                "@Property(seed = \"" + seed + "\")\t(this property only)");
        PropertyRunner.check(arguments, body, new PropertyRunner.Config(tries, seed,
                Settings.maxShrinkAttempts(property.maxShrinkAttempts()), names, hints));
    }

    // ---------------------------------------------------------------- generator lookup

    private static Gen<?> generatorFor(Parameter parameter, ForAll forAll, Class<?> testClass, Object target) {
        Class<?> owner = forAll.in() == void.class ? testClass : forAll.in();
        String name = forAll.value();
        String where = "@ForAll(\"" + name + "\") on parameter " + parameter.getName() + " of "
                + parameter.getDeclaringExecutable().getName();
        Member member = find(owner, name);
        if (member == null) {
            throw new ExtensionConfigurationException(where + ": " + owner.getName()
                    + " has no method " + name + "() or field " + name + " (nor has any superclass)");
        }
        boolean isStatic = Modifier.isStatic(member.getModifiers());
        if (!isStatic && (owner != testClass || target == null)) {
            throw new ExtensionConfigurationException(where + ": " + name + " must be static when declared in "
                    + owner.getName());
        }
        Type type = member instanceof Method ? ((Method) member).getGenericReturnType() : ((Field) member).getGenericType();
        Class<?> raw = member instanceof Method ? ((Method) member).getReturnType() : ((Field) member).getType();
        if (!Gen.class.isAssignableFrom(raw)) {
            throw new ExtensionConfigurationException(where + ": " + name + " is a " + type.getTypeName()
                    + ", not a Gen");
        }
        checkType(where, type, parameter);
        Object gen;
        try {
            ((AccessibleObject) member).trySetAccessible();
            Object instance = isStatic ? null : target;
            gen = member instanceof Method ? ((Method) member).invoke(instance) : ((Field) member).get(instance);
        } catch (InvocationTargetException e) {
            throw new ExtensionConfigurationException(where + ": " + name + "() threw " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException(where + ": cannot access " + name
                    + "; make it accessible (or open its package)", e);
        }
        if (gen == null) {
            throw new ExtensionConfigurationException(where + ": " + name + " is null");
        }
        return (Gen<?>) gen;
    }

    private static Member find(Class<?> owner, String name) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 0 && !method.isSynthetic()) {
                    return method;
                }
            }
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && !field.isSynthetic()) {
                    return field;
                }
            }
        }
        return null;
    }

    /** Checks that a {@code Gen<X>} fits a parameter, as far as the declared types tell. */
    private static void checkType(String where, Type genType, Parameter parameter) {
        if (!(genType instanceof ParameterizedType) || ((ParameterizedType) genType).getRawType() != Gen.class) {
            return;
        }
        Class<?> produced = rawClass(((ParameterizedType) genType).getActualTypeArguments()[0]);
        if (produced == null) {
            return;
        }
        Class<?> expected = wrap(parameter.getType());
        if (!expected.isAssignableFrom(wrap(produced))) {
            throw new ExtensionConfigurationException(where + ": the generator is a " + genType.getTypeName()
                    + ", which does not fit the parameter type " + parameter.getParameterizedType().getTypeName());
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return rawClass(((ParameterizedType) type).getRawType());
        }
        if (type instanceof WildcardType) {
            Type[] upper = ((WildcardType) type).getUpperBounds();
            Class<?> bound = upper.length == 1 ? rawClass(upper[0]) : null;
            return bound == Object.class ? null : bound;
        }
        if (type instanceof TypeVariable) {
            return null;
        }
        return null;
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Array.get(Array.newInstance(type, 1), 0).getClass();
    }
}
