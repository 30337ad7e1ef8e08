package dev.yusuan.codes.internal;

import java.util.Arrays;

/**
 * An immutable open-addressing hash table from positive {@code int} keys to values, without
 * boxing on lookup. Classification codes never start with 0, and the leading digit and length of
 * a code decide its scheme, so a code's {@code toInt()} identifies it among all schemes. Built
 * once; safe to share between threads after construction. Not exported.
 *
 * @param <V> the value type
 */
public final class IntIndex<V> {
    private final int[] keys;
    private final Object[] values;
    private final int mask;
    private final int size;

    private IntIndex(int[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
        this.size = size;
    }

    /**
     * @param <V> the value type
     * @param keys positive distinct keys
     * @param values the values, same order
     * @return the index
     * @throws IllegalArgumentException if a key is not positive or appears twice
     */
    public static <V> IntIndex<V> of(int[] keys, Object[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 3)) << 1;
        int[] k = new int[capacity];
        Object[] v = new Object[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            int key = keys[i];
            if (key <= 0) {
                throw new IllegalArgumentException("key " + key + " is not positive");
            }
            int slot = mix(key) & mask;
            while (k[slot] != 0) {
                if (k[slot] == key) {
                    throw new IllegalArgumentException("duplicate key " + key);
                }
                slot = (slot + 1) & mask;
            }
            k[slot] = key;
            v[slot] = values[i];
        }
        return new IntIndex<>(k, v, keys.length);
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * @param key a key
     * @return its value, or {@code null} if absent (internal use only; the public API never returns null)
     */
    @SuppressWarnings("unchecked")
    public V get(int key) {
        int[] k = keys;
        int slot = mix(key) & mask;
        while (true) {
            int found = k[slot];
            if (found == key) {
                return (V) values[slot];
            }
            if (found == 0) {
                return null;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return the number of keys */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "IntIndex[size=" + size + ", capacity=" + keys.length + ", keys=" + Arrays.stream(keys).filter(x -> x != 0).count() + "]";
    }
}
