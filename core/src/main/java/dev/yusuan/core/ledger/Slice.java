package dev.yusuan.core.ledger;

import com.google.common.collect.Sets;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A selection of lines for a roll-up (取数口径): a set of fund sources × a set of spending types.
 * {@code Slice.of(GENERAL_PUBLIC_BUDGET).withTypes(BASIC_PERSONNEL, BASIC_PUBLIC)} selects the
 * 一般公共预算 基本支出. Units are selected with {@link Rollup#unit(String, Slice)}.
 *
 * <p>Balances (结转结余) have no spending type: for them a slice's types are ignored.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Slice {
    private static final Slice ALL = new Slice(EnumSet.allOf(FundSource.class), EnumSet.allOf(SpendingType.class));

    private final Set<FundSource> sources;
    private final Set<SpendingType> types;
    private final int[] cells;

    private Slice(Set<FundSource> sources, Set<SpendingType> types) {
        this.sources = Sets.immutableEnumSet(sources);
        this.types = Sets.immutableEnumSet(types);
        int[] c = new int[sources.size() * types.size()];
        int i = 0;
        for (FundSource s : this.sources) {
            for (SpendingType t : this.types) {
                c[i++] = s.ordinal() * TupleCodec.TYPES + t.ordinal();
            }
        }
        Arrays.sort(c);
        this.cells = c;
    }

    /** @return every line: all sources, all types */
    public static Slice all() {
        return ALL;
    }

    /**
     * @param sources fund sources
     * @return the lines of those sources, all types
     */
    public static Slice of(FundSource... sources) {
        return ofSources(Arrays.asList(sources));
    }

    /**
     * @param sources fund sources
     * @return the lines of those sources, all types
     */
    public static Slice ofSources(Collection<FundSource> sources) {
        return ALL.withSources(sources);
    }

    /**
     * @param types spending types
     * @return the lines of those types, all sources
     */
    public static Slice ofTypes(SpendingType... types) {
        return ALL.withTypes(types);
    }

    /**
     * @param newSources fund sources
     * @return this slice with exactly those sources
     */
    public Slice withSources(Collection<FundSource> newSources) {
        Objects.requireNonNull(newSources, "newSources");
        EnumSet<FundSource> s = EnumSet.noneOf(FundSource.class);
        newSources.forEach(x -> s.add(Objects.requireNonNull(x, "source")));
        return new Slice(s, types);
    }

    /**
     * @param newSources fund sources
     * @return this slice with exactly those sources
     */
    public Slice withSources(FundSource... newSources) {
        return withSources(Arrays.asList(newSources));
    }

    /**
     * @param newTypes spending types
     * @return this slice with exactly those types
     */
    public Slice withTypes(Collection<SpendingType> newTypes) {
        Objects.requireNonNull(newTypes, "newTypes");
        EnumSet<SpendingType> t = EnumSet.noneOf(SpendingType.class);
        newTypes.forEach(x -> t.add(Objects.requireNonNull(x, "type")));
        return new Slice(sources, t);
    }

    /**
     * @param newTypes spending types
     * @return this slice with exactly those types
     */
    public Slice withTypes(SpendingType... newTypes) {
        return withTypes(Arrays.asList(newTypes));
    }

    /** @return this slice with every spending type */
    public Slice withAllTypes() {
        if (types.size() == TupleCodec.TYPES) {
            return this;
        }
        return new Slice(sources, EnumSet.allOf(SpendingType.class));
    }

    /**
     * @param other another slice
     * @return the lines in both
     */
    public Slice intersect(Slice other) {
        Objects.requireNonNull(other, "other");
        EnumSet<FundSource> s = EnumSet.noneOf(FundSource.class);
        s.addAll(sources);
        s.retainAll(other.sources);
        EnumSet<SpendingType> t = EnumSet.noneOf(SpendingType.class);
        t.addAll(types);
        t.retainAll(other.types);
        return new Slice(s, t);
    }

    /** @return the fund sources */
    public Set<FundSource> sources() {
        return sources;
    }

    /** @return the spending types */
    public Set<SpendingType> types() {
        return types;
    }

    /**
     * @param source a fund source
     * @param type a spending type
     * @return whether lines of that source and type are selected
     */
    public boolean includes(FundSource source, SpendingType type) {
        return sources.contains(source) && types.contains(type);
    }

    /** The cube cells (source × type) selected, ascending. Do not modify. */
    int[] cells() {
        return cells;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Slice && ((Slice) obj).sources.equals(sources) && ((Slice) obj).types.equals(types);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, types);
    }

    @Override
    public String toString() {
        return "Slice" + sources + "×" + types;
    }
}
