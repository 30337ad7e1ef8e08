package dev.yusuan.core.ledger;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A selection of lines for a roll-up (取数口径): a set of fund sources × a set of spending types,
 * optionally restricted to some budget units. {@code Slice.of(GENERAL_PUBLIC_BUDGET).withTypes(BASIC_PERSONNEL,
 * BASIC_PUBLIC)} selects the 一般公共预算 基本支出 of every unit.
 *
 * <p>Balances (结转结余) have no spending type: for them a slice's types are ignored.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Slice {
    private static final Slice ALL = new Slice(EnumSet.allOf(FundSource.class), EnumSet.allOf(SpendingType.class), null);

    private final Set<FundSource> sources;
    private final Set<SpendingType> types;
    private final Set<String> units;
    private final int[] cells;

    private Slice(Set<FundSource> sources, Set<SpendingType> types, Set<String> units) {
        this.sources = Sets.immutableEnumSet(sources);
        this.types = Sets.immutableEnumSet(types);
        this.units = units == null ? null : ImmutableSet.copyOf(units);
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

    /** @return every line: all sources, all types, all units */
    public static Slice all() {
        return ALL;
    }

    /**
     * @param sources fund sources
     * @return the lines of those sources, all types, all units
     */
    public static Slice of(FundSource... sources) {
        return ofSources(Arrays.asList(sources));
    }

    /**
     * @param sources fund sources
     * @return the lines of those sources, all types, all units
     */
    public static Slice ofSources(Collection<FundSource> sources) {
        return ALL.withSources(sources);
    }

    /**
     * @param types spending types
     * @return the lines of those types, all sources, all units
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
        return new Slice(s, types, units);
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
        return new Slice(sources, t, units);
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
        return new Slice(sources, EnumSet.allOf(SpendingType.class), units);
    }

    /**
     * @param unitCodes codes of budget units of the ledger's entity
     * @return this slice restricted to those units (lines without unit are excluded)
     */
    public Slice withUnits(Collection<String> unitCodes) {
        Objects.requireNonNull(unitCodes, "unitCodes");
        unitCodes.forEach(u -> Objects.requireNonNull(u, "unit"));
        return new Slice(sources, types, ImmutableSet.copyOf(unitCodes));
    }

    /**
     * @param unitCode the code of a budget unit of the ledger's entity
     * @return this slice restricted to that unit
     */
    public Slice withUnit(String unitCode) {
        return withUnits(ImmutableSet.of(Objects.requireNonNull(unitCode, "unitCode")));
    }

    /** @return this slice over every unit, and lines without unit */
    public Slice withAllUnits() {
        return new Slice(sources, types, null);
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
        Set<String> u;
        if (units == null) {
            u = other.units;
        } else if (other.units == null) {
            u = units;
        } else {
            u = Sets.intersection(units, other.units);
        }
        return new Slice(s, t, u);
    }

    /** @return the fund sources */
    public Set<FundSource> sources() {
        return sources;
    }

    /** @return the spending types */
    public Set<SpendingType> types() {
        return types;
    }

    /** @return the unit codes, empty when the slice covers every unit (and lines without unit) */
    public Optional<Set<String>> units() {
        return Optional.ofNullable(units);
    }

    /**
     * @param source a fund source
     * @param type a spending type
     * @return whether lines of that source and type are selected (units aside)
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
        return obj instanceof Slice && ((Slice) obj).sources.equals(sources) && ((Slice) obj).types.equals(types)
                && Objects.equals(((Slice) obj).units, units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, types, units);
    }

    @Override
    public String toString() {
        return "Slice" + sources + "×" + types + (units == null ? "" : " units " + units);
    }
}
