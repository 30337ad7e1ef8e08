package dev.yusuan.codes.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, and then kept: a memoizing supplier. If the computation
 * throws, nothing is kept and the next call computes again. Thread-safe. Not exported.
 *
 * @param <T> the value type
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> compute;
    private volatile T value;

    private Lazy(Supplier<? extends T> compute) {
        this.compute = compute;
    }

    /**
     * @param <T> the value type
     * @param compute computes the value; called at most once if it succeeds
     * @return the memoizing supplier
     */
    public static <T> Lazy<T> of(Supplier<? extends T> compute) {
        return new Lazy<>(Objects.requireNonNull(compute, "compute"));
    }

    /**
     * @param <T> the value type
     * @param value a value already computed
     * @return a supplier that returns it
     */
    public static <T> Lazy<T> ofValue(T value) {
        Lazy<T> l = new Lazy<>(null);
        l.value = Objects.requireNonNull(value, "value");
        return l;
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            v = value;
            if (v == null) {
                v = Objects.requireNonNull(compute.get(), "the computed value");
                value = v;
                compute = null;
            }
            return v;
        }
    }

    @Override
    public String toString() {
        T v = value;
        return v == null ? "Lazy[not computed]" : "Lazy[" + v + "]";
    }
}
