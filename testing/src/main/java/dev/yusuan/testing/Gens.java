package dev.yusuan.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Static factories of {@link Gen generators}: constants, numbers in ranges, booleans, elements of
 * a list, strings over an alphabet, collections, choices between generators, records built from
 * several generators, and lazy or recursive generators.
 *
 * <p>Every generator returned here is immutable and thread-safe, and shrinks towards a simple
 * value: numbers towards zero (or the bound of their range nearest to zero), collections and
 * strings towards fewer elements, choices ({@link #oneOf}, {@link #frequency}, {@link #elements})
 * towards the first alternative, booleans towards {@code false}.
 *
 * <pre>{@code
 * Gen<List<Integer>> smallLists = Gens.lists(Gens.integers(-100, 100), 0, 10);
 * Gen<Point> points = Gens.combine(Gens.integers(0, 9), Gens.integers(0, 9), Point::new);
 * }</pre>
 */
public final class Gens {

    private static final int MAX_DUPLICATES = 100;

    private Gens() {
    }

    // ---------------------------------------------------------------- constants and choices

    /**
     * Returns a generator that always gives the same value, drawing no choice.
     *
     * @param <T> the type of the value
     * @param value the value, may be {@code null}
     * @return the constant generator
     */
    public static <T> Gen<T> constant(T value) {
        return source -> value;
    }

    /**
     * Returns a generator of booleans, {@code true} and {@code false} equally likely. Shrinks
     * towards {@code false}.
     *
     * @return the boolean generator
     */
    public static Gen<Boolean> booleans() {
        return source -> source.chance(1, 2);
    }

    /**
     * Returns a generator of the given values, each equally likely. Shrinks towards the first.
     *
     * @param <T> the type of the values
     * @param values the values to choose from, at least one; {@code null} elements are allowed
     * @return the generator
     * @throws IllegalArgumentException if no value is given
     */
    @SafeVarargs
    public static <T> Gen<T> elements(T... values) {
        Objects.requireNonNull(values, "values");
        return elements(Arrays.asList(values));
    }

    /**
     * Returns a generator of the elements of a list, each position equally likely. Shrinks towards
     * the first element. The list is copied.
     *
     * @param <T> the type of the elements
     * @param values the values to choose from, at least one; {@code null} elements are allowed
     * @return the generator
     * @throws IllegalArgumentException if the list is empty
     */
    public static <T> Gen<T> elements(List<? extends T> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("elements needs at least one value");
        }
        List<T> copy = Collections.unmodifiableList(new ArrayList<>(values));
        long last = copy.size() - 1;
        return source -> copy.get((int) source.choose(last));
    }

    /**
     * Returns a generator that picks one of the given generators, each equally likely, and draws
     * from it. Shrinks towards the first generator.
     *
     * @param <T> the type of the values
     * @param gens the alternatives, at least one
     * @return the generator
     * @throws IllegalArgumentException if no generator is given
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        Objects.requireNonNull(gens, "gens");
        return oneOf(Arrays.asList(gens));
    }

    /**
     * Returns a generator that picks one of the listed generators, each equally likely, and draws
     * from it. Shrinks towards the first generator.
     *
     * @param <T> the type of the values
     * @param gens the alternatives, at least one
     * @return the generator
     * @throws IllegalArgumentException if the list is empty
     */
    public static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        Objects.requireNonNull(gens, "gens");
        if (gens.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one generator");
        }
        List<Gen<? extends T>> copy = List.copyOf(gens);
        long last = copy.size() - 1;
        return source -> source.draw(copy.get((int) source.choose(last)));
    }

    /**
     * Pairs a generator with a weight, for {@link #frequency}.
     *
     * @param <T> the type of the values
     * @param weight the relative weight, at least zero
     * @param gen the generator
     * @return the weighted alternative
     */
    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * Returns a generator that picks one of the given generators with probability proportional
     * to its weight, and draws from it. Shrinks towards the first alternative with a positive
     * weight.
     *
     * @param <T> the type of the values
     * @param alternatives the weighted generators; the weights must add up to more than zero
     * @return the generator
     * @throws IllegalArgumentException if no alternative has a positive weight
     */
    @SafeVarargs
    public static <T> Gen<T> frequency(Weighted<? extends T>... alternatives) {
        Objects.requireNonNull(alternatives, "alternatives");
        List<Weighted<? extends T>> copy = List.copyOf(Arrays.asList(alternatives));
        long[] cumulative = new long[copy.size()];
        long total = 0;
        for (int i = 0; i < copy.size(); i++) {
            total += copy.get(i).weight();
            cumulative[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("frequency needs an alternative with a positive weight");
        }
        long last = total - 1;
        return source -> {
            long pick = source.choose(last);
            int index = 0;
            while (cumulative[index] <= pick) {
                index++;
            }
            return drawWeighted(source, copy.get(index));
        };
    }

    private static <T> T drawWeighted(ChoiceSource source, Weighted<? extends T> alternative) {
        return source.draw(alternative.gen());
    }

    /**
     * A generator with a relative weight, for {@link #frequency}.
     *
     * @param <T> the type of the values
     * @param weight the relative weight, at least zero
     * @param gen the generator
     */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {

        /**
         * Validates the components.
         *
         * @param weight the relative weight, at least zero
         * @param gen the generator
         */
        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("weight must not be negative: " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Returns a generator of ints in {@code [min, max]}. Shrinks towards the value of the range
     * nearest to zero (zero itself if the range contains it); non-negative values are simpler
     * than negative ones.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code min > max}
     */
    public static Gen<Integer> integers(int min, int max) {
        checkRange(min, max);
        return source -> (int) drawLong(source, min, max);
    }

    /**
     * Returns a generator of longs in {@code [min, max]}. Shrinks as {@link #integers} does.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code min > max}
     */
    public static Gen<Long> longs(long min, long max) {
        checkRange(min, max);
        return source -> drawLong(source, min, max);
    }

    /**
     * Returns a generator of big integers in {@code [min, max]}, of any width. Shrinks as
     * {@link #integers} does.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code min > max}
     */
    public static Gen<BigInteger> bigIntegers(BigInteger min, BigInteger max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        BigInteger target = min.signum() >= 0 ? min : max.signum() <= 0 ? max : BigInteger.ZERO;
        BigInteger up = max.subtract(target);
        BigInteger down = target.subtract(min);
        return source -> {
            if (down.signum() == 0) {
                return target.add(drawBig(source, up));
            }
            if (up.signum() == 0) {
                return target.subtract(drawBig(source, down));
            }
            if (source.choose(1) == 0) {
                return target.add(drawBig(source, up));
            }
            return target.subtract(BigInteger.ONE).subtract(drawBig(source, down.subtract(BigInteger.ONE)));
        };
    }

    /**
     * Returns a generator of decimals with exactly the given scale in {@code [min, max]}, for
     * example amounts in yuan with {@code scale} 2. Shrinks as {@link #integers} does, on the
     * unscaled value.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @param scale the scale of every generated value (digits after the point)
     * @return the generator
     * @throws IllegalArgumentException if no value with this scale lies in the range
     */
    public static Gen<BigDecimal> bigDecimals(BigDecimal min, BigDecimal max, int scale) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        BigInteger low = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
        BigInteger high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue();
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("no value with scale " + scale + " lies in [" + min + ", " + max + "]");
        }
        return bigIntegers(low, high).map(unscaled -> new BigDecimal(unscaled, scale));
    }

    private static void checkRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }

    /**
     * Draws a long in {@code [min, max]}. Non-negative ranges count up from {@code min}, negative
     * ones down from {@code max}; a range around zero first draws a sign (0 for non-negative),
     * then a magnitude, so every value shrinks towards zero and negatives towards positives.
     */
    private static long drawLong(ChoiceSource source, long min, long max) {
        if (min >= 0) {
            return min + source.choose(max - min);
        }
        if (max < 0) {
            return max - source.choose(max - min);
        }
        if (source.choose(1) == 0) {
            return source.choose(max);
        }
        return -1 - source.choose(-(min + 1));
    }

    /**
     * Draws a big integer in {@code [0, bound]}. Beyond the range of a long, a first choice picks
     * zero (0), the bound (31) or a value drawn in chunks of 62 bits, most significant first (any
     * other choice), so that the edges come up about as often as for longs. The bound still draws
     * its chunks, so that it is not simpler than the values below it.
     */
    private static BigInteger drawBig(ChoiceSource source, BigInteger bound) {
        if (bound.bitLength() <= 63) {
            return BigInteger.valueOf(source.choose(bound.longValue()));
        }
        long mode = source.choose(31);
        if (mode == 0) {
            return BigInteger.ZERO;
        }
        BigInteger chunked = drawChunks(source, bound);
        return mode == 31 ? bound : chunked;
    }

    private static BigInteger drawChunks(ChoiceSource source, BigInteger bound) {
        int chunks = (bound.bitLength() + 61) / 62;
        BigInteger result = BigInteger.ZERO;
        for (int i = chunks - 1; i >= 0; i--) {
            long chunkMax = i == chunks - 1 ? bound.shiftRight(62 * i).longValueExact() : (1L << 62) - 1;
            result = result.shiftLeft(62).or(BigInteger.valueOf(source.choose(chunkMax)));
        }
        return result.min(bound);
    }

    // ---------------------------------------------------------------- strings and collections

    /**
     * Returns a generator of strings made of the code points of an alphabet, with a length (in
     * code points) between {@code minLength} and {@code maxLength}. Shrinks towards shorter
     * strings made of the first code points of the alphabet.
     *
     * <pre>{@code
     * Gen<String> digits = Gens.strings("0123456789", 1, 7);
     * Gen<String> units = Gens.strings("元万亿", 1, 1);
     * }</pre>
     *
     * @param alphabet the code points to use, at least one; repeated ones count once
     * @param minLength the smallest length, at least zero
     * @param maxLength the largest length, at least {@code minLength}
     * @return the generator
     * @throws IllegalArgumentException if the alphabet is empty or the lengths are invalid
     */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        Objects.requireNonNull(alphabet, "alphabet");
        int[] codePoints = alphabet.codePoints().distinct().toArray();
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("the alphabet is empty");
        }
        long last = codePoints.length - 1;
        Gen<Integer> letters = source -> codePoints[(int) source.choose(last)];
        return lists(letters, minLength, maxLength).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            for (int codePoint : list) {
                text.appendCodePoint(codePoint);
            }
            return text.toString();
        });
    }

    /**
     * Returns a generator of lists of {@code minSize} to {@code maxSize} elements. After the first
     * {@code minSize} elements, each further element is preceded by a "one more?" choice, so the
     * shrinker shortens a list by deleting elements or by ending it early. The lists are
     * unmodifiable and may contain {@code null} if the element generator gives it.
     *
     * @param <T> the type of the elements
     * @param element the generator of elements
     * @param minSize the smallest size, at least zero
     * @param maxSize the largest size, at least {@code minSize}
     * @return the generator
     * @throws IllegalArgumentException if the sizes are invalid
     */
    public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        Objects.requireNonNull(element, "element");
        Gen<Some<T>> next = nextElement(element, minSize, maxSize);
        return source -> {
            List<T> out = new ArrayList<>();
            while (out.size() < maxSize) {
                if (out.size() < minSize) {
                    out.add(source.draw(element));
                } else {
                    Some<T> step = source.draw(next);
                    if (step == null) {
                        break;
                    }
                    out.add(step.value());
                }
            }
            return Collections.unmodifiableList(out);
        };
    }

    /**
     * Returns a generator of sets of {@code minSize} to {@code maxSize} distinct elements, in the
     * order they were drawn. Elements that repeat are drawn again; if too many repeats occur
     * before {@code minSize} distinct elements are found, generation fails with
     * {@link FilterTooStrictException}. Shrinks as {@link #lists} does.
     *
     * @param <T> the type of the elements
     * @param element the generator of elements
     * @param minSize the smallest size, at least zero
     * @param maxSize the largest size, at least {@code minSize}
     * @return the generator of unmodifiable sets
     * @throws IllegalArgumentException if the sizes are invalid
     */
    public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
        Objects.requireNonNull(element, "element");
        Gen<Some<T>> next = nextElement(element, minSize, maxSize);
        return source -> {
            Set<T> out = new LinkedHashSet<>();
            int duplicates = 0;
            while (out.size() < maxSize) {
                T value;
                if (out.size() < minSize) {
                    value = source.draw(element);
                } else {
                    Some<T> step = source.draw(next);
                    if (step == null) {
                        break;
                    }
                    value = step.value();
                }
                if (!out.add(value) && ++duplicates > maxDuplicates(minSize)) {
                    if (out.size() >= minSize) {
                        break;
                    }
                    throw notEnoughDistinct(out.size(), minSize, duplicates);
                }
            }
            return Collections.unmodifiableSet(out);
        };
    }

    /**
     * Returns a generator of maps of {@code minSize} to {@code maxSize} entries with distinct keys,
     * in the order they were drawn. Each entry draws a key, then its value; a repeated key is
     * drawn again, as in {@link #sets}. Shrinks as {@link #lists} does.
     *
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @param keys the generator of keys
     * @param values the generator of values
     * @param minSize the smallest size, at least zero
     * @param maxSize the largest size, at least {@code minSize}
     * @return the generator of unmodifiable maps
     * @throws IllegalArgumentException if the sizes are invalid
     */
    public static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int minSize, int maxSize) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(values, "values");
        Gen<Map.Entry<K, V>> entries = source -> {
            K key = source.draw(keys);
            return new AbstractMap.SimpleImmutableEntry<>(key, source.draw(values));
        };
        Gen<Some<Map.Entry<K, V>>> next = nextElement(entries, minSize, maxSize);
        return source -> {
            Map<K, V> out = new LinkedHashMap<>();
            int duplicates = 0;
            while (out.size() < maxSize) {
                Map.Entry<K, V> entry;
                if (out.size() < minSize) {
                    entry = source.draw(entries);
                } else {
                    Some<Map.Entry<K, V>> step = source.draw(next);
                    if (step == null) {
                        break;
                    }
                    entry = step.value();
                }
                if (out.containsKey(entry.getKey())) {
                    if (++duplicates > maxDuplicates(minSize)) {
                        if (out.size() >= minSize) {
                            break;
                        }
                        throw notEnoughDistinct(out.size(), minSize, duplicates);
                    }
                } else {
                    out.put(entry.getKey(), entry.getValue());
                }
            }
            return Collections.unmodifiableMap(out);
        };
    }

    /** One drawn element; {@code null} in its place means "no more elements". */
    private record Some<T>(T value) {
    }

    /**
     * The optional part of a collection: a "one more?" choice and, if yes, an element, in one
     * span, so that deleting the span removes exactly one element.
     */
    private static <T> Gen<Some<T>> nextElement(Gen<T> element, int minSize, int maxSize) {
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException("invalid sizes: min " + minSize + ", max " + maxSize);
        }
        long extra = averageExtraSize(minSize, maxSize);
        return source -> source.chance(extra, extra + 1) ? new Some<>(source.draw(element)) : null;
    }

    /** The average number of elements beyond the minimum: about five, less for narrow ranges. */
    private static long averageExtraSize(int minSize, int maxSize) {
        long min = minSize;
        long average = Math.min(Math.max(2 * min, min + 5), (min + maxSize) / 2);
        return Math.max(1, average - min);
    }

    private static int maxDuplicates(int minSize) {
        return MAX_DUPLICATES + 4 * minSize;
    }

    private static FilterTooStrictException notEnoughDistinct(int found, int minSize, int duplicates) {
        return new FilterTooStrictException("Found only " + found + " distinct elements of the " + minSize
                + " required after " + duplicates + " repeated ones: the element generator has too few"
                + " distinct values for this minimum size.", duplicates);
    }

    // ---------------------------------------------------------------- records of several generators

    /**
     * Returns a generator that draws from two generators, in order, and combines the values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <R> the type of the result
     * @param a the first generator
     * @param b the second generator
     * @param combiner builds the result, for example a record's constructor
     * @return the generator
     */
    public static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b,
            BiFunction<? super A, ? super B, ? extends R> combiner) {
        requireAll(a, b, combiner);
        return source -> combiner.apply(source.draw(a), source.draw(b));
    }

    /**
     * Returns a generator that draws from three generators, in order, and combines the values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <R> the type of the result
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param combiner builds the result, for example a record's constructor
     * @return the generator
     */
    public static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c,
            Function3<? super A, ? super B, ? super C, ? extends R> combiner) {
        requireAll(a, b, c, combiner);
        return source -> combiner.apply(source.draw(a), source.draw(b), source.draw(c));
    }

    /**
     * Returns a generator that draws from four generators, in order, and combines the values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <R> the type of the result
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param d the fourth generator
     * @param combiner builds the result, for example a record's constructor
     * @return the generator
     */
    public static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
            Function4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
        requireAll(a, b, c, d, combiner);
        return source -> combiner.apply(source.draw(a), source.draw(b), source.draw(c), source.draw(d));
    }

    /**
     * Returns a generator that draws from five generators, in order, and combines the values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <R> the type of the result
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param d the fourth generator
     * @param e the fifth generator
     * @param combiner builds the result, for example a record's constructor
     * @return the generator
     */
    public static <A, B, C, D, E, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
            Function5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> combiner) {
        requireAll(a, b, c, d, e, combiner);
        return source -> combiner.apply(source.draw(a), source.draw(b), source.draw(c), source.draw(d),
                source.draw(e));
    }

    /**
     * Returns a generator that draws from six generators, in order, and combines the values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <F> the type of the sixth value
     * @param <R> the type of the result
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param d the fourth generator
     * @param e the fifth generator
     * @param f the sixth generator
     * @param combiner builds the result, for example a record's constructor
     * @return the generator
     */
    public static <A, B, C, D, E, F, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
            Gen<F> f, Function6<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? extends R> combiner) {
        requireAll(a, b, c, d, e, f, combiner);
        return source -> combiner.apply(source.draw(a), source.draw(b), source.draw(c), source.draw(d),
                source.draw(e), source.draw(f));
    }

    /**
     * Returns a generator that draws from seven generators, in order, and combines the values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <F> the type of the sixth value
     * @param <G> the type of the seventh value
     * @param <R> the type of the result
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param d the fourth generator
     * @param e the fifth generator
     * @param f the sixth generator
     * @param g the seventh generator
     * @param combiner builds the result, for example a record's constructor
     * @return the generator
     */
    public static <A, B, C, D, E, F, G, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
            Gen<E> e, Gen<F> f, Gen<G> g,
            Function7<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? super G, ? extends R> combiner) {
        requireAll(a, b, c, d, e, f, g, combiner);
        return source -> combiner.apply(source.draw(a), source.draw(b), source.draw(c), source.draw(d),
                source.draw(e), source.draw(f), source.draw(g));
    }

    /**
     * Returns a generator that draws from eight generators, in order, and combines the values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <F> the type of the sixth value
     * @param <G> the type of the seventh value
     * @param <H> the type of the eighth value
     * @param <R> the type of the result
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param d the fourth generator
     * @param e the fifth generator
     * @param f the sixth generator
     * @param g the seventh generator
     * @param h the eighth generator
     * @param combiner builds the result, for example a record's constructor
     * @return the generator
     */
    public static <A, B, C, D, E, F, G, H, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
            Gen<E> e, Gen<F> f, Gen<G> g, Gen<H> h,
            Function8<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? super G, ? super H,
                    ? extends R> combiner) {
        requireAll(a, b, c, d, e, f, g, h, combiner);
        return source -> combiner.apply(source.draw(a), source.draw(b), source.draw(c), source.draw(d),
                source.draw(e), source.draw(f), source.draw(g), source.draw(h));
    }

    private static void requireAll(Object... arguments) {
        for (Object argument : arguments) {
            Objects.requireNonNull(argument, "generators and combiner must not be null");
        }
    }

    /**
     * A function of three arguments, for {@link Gens#combine(Gen, Gen, Gen, Function3)}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <R> the type of the result
     */
    @FunctionalInterface
    public interface Function3<A, B, C, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @return the result
         */
        R apply(A a, B b, C c);
    }

    /**
     * A function of four arguments, for {@link Gens#combine(Gen, Gen, Gen, Gen, Function4)}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <R> the type of the result
     */
    @FunctionalInterface
    public interface Function4<A, B, C, D, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d);
    }

    /**
     * A function of five arguments, for {@link Gens#combine(Gen, Gen, Gen, Gen, Gen, Function5)}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <R> the type of the result
     */
    @FunctionalInterface
    public interface Function5<A, B, C, D, E, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e);
    }

    /**
     * A function of six arguments, for {@link Gens#combine(Gen, Gen, Gen, Gen, Gen, Gen, Function6)}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <F> the type of the sixth argument
     * @param <R> the type of the result
     */
    @FunctionalInterface
    public interface Function6<A, B, C, D, E, F, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @param f the sixth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f);
    }

    /**
     * A function of seven arguments, for
     * {@link Gens#combine(Gen, Gen, Gen, Gen, Gen, Gen, Gen, Function7)}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <F> the type of the sixth argument
     * @param <G> the type of the seventh argument
     * @param <R> the type of the result
     */
    @FunctionalInterface
    public interface Function7<A, B, C, D, E, F, G, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @param f the sixth argument
         * @param g the seventh argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f, G g);
    }

    /**
     * A function of eight arguments, for
     * {@link Gens#combine(Gen, Gen, Gen, Gen, Gen, Gen, Gen, Gen, Function8)}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <F> the type of the sixth argument
     * @param <G> the type of the seventh argument
     * @param <H> the type of the eighth argument
     * @param <R> the type of the result
     */
    @FunctionalInterface
    public interface Function8<A, B, C, D, E, F, G, H, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @param f the sixth argument
         * @param g the seventh argument
         * @param h the eighth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f, G g, H h);
    }

    // ---------------------------------------------------------------- lazy and recursive

    /**
     * Returns a generator that asks the supplier for the real generator each time it draws. Use it
     * to refer to a generator that is not built yet, such as a recursive one; put the simple,
     * non-recursive alternative first in a {@link #oneOf} so that values shrink to it, and keep
     * the recursive alternatives rare enough that generation stops.
     *
     * <pre>{@code
     * static Gen<Expr> exprs() {
     *     Gen<Expr> literals = Gens.integers(0, 9).map(Literal::new);
     *     Gen<Expr> sums = Gens.combine(Gens.lazy(() -> exprs()), Gens.lazy(() -> exprs()), Sum::new);
     *     return Gens.frequency(Gens.weighted(3, literals), Gens.weighted(2, sums));
     * }
     * }</pre>
     *
     * @param <T> the type of the values
     * @param supplier supplies the generator; called on every draw, must be pure
     * @return the lazy generator
     */
    public static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return source -> source.draw(Objects.requireNonNull(supplier.get(), "lazy supplier returned null"));
    }

    /**
     * Returns a generator of recursive values at most {@code maxDepth} levels deep: at each level
     * it draws either a base value or one more layer built by {@code step} from the level below,
     * each equally likely. Shrinks towards base values.
     *
     * <pre>{@code
     * Gen<Expr> literals = Gens.integers(0, 9).map(Literal::new);
     * Gen<Expr> exprs = Gens.recursive(literals, inner -> Gens.combine(inner, inner, Sum::new), 5);
     * }</pre>
     *
     * @param <T> the type of the values
     * @param base the generator of the simplest, non-recursive values
     * @param step builds a generator of one more level from the generator of the level below
     * @param maxDepth the most layers of {@code step} in one value, at least zero
     * @return the recursive generator
     * @throws IllegalArgumentException if {@code maxDepth} is negative
     */
    public static <T> Gen<T> recursive(Gen<T> base, Function<? super Gen<T>, ? extends Gen<T>> step, int maxDepth) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(step, "step");
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must not be negative: " + maxDepth);
        }
        Gen<T> current = base;
        for (int depth = 0; depth < maxDepth; depth++) {
            current = oneOf(base, Objects.requireNonNull(step.apply(current), "recursive step returned null"));
        }
        return current;
    }
}
