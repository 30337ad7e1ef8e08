package dev.yusuan.core.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.money.Amount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The roll-ups of a ledger (汇总): totals of its lines by function at every level (项 → 款 → 类),
 * by economic code at every level (local sub-item → 款 → 类), by fund source, by spending type, by
 * unit, and any combination through a {@link Slice}; its balances (结转结余) and the income they
 * imply; and, for a final account, the roll-ups of the initial budget (年初预算数).
 *
 * <p>Every total is exact: sums are {@code long} at the ledger's scale, added with
 * {@link Math#addExact}; an overflow throws {@link dev.yusuan.core.money.AmountException}
 * ({@code OVERFLOW}). Amounts are returned at the ledger's scale.
 *
 * <p>A roll-up holds aggregates only, not lines: it comes from {@link Ledger#rollup()} or from a
 * {@link LedgerAggregator} fed line by line (streaming). Both give equal results for the same lines.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rollup {
    private static final int CELLS = TupleCodec.CELLS;

    private final LedgerHeader header;
    private final long lineCount;
    private final int[] fnCodes;
    private final long[] fnCube;
    private final Map<Long, long[]> fnUnit;
    private final int[] econCodes;
    private final long[] econCube;
    private final Map<Long, long[]> econUnit;
    private final long[] total = new long[CELLS];
    private final Map<Integer, long[]> unitTotals;
    private final long[] balTuples;
    private final long[] balSums;
    private final boolean allocated;
    private final Rollup initialBudget;
    private final Map<String, Integer> unitSlots = new HashMap<>();
    private final ImmutableList<FunctionCode> functionList;
    private final ImmutableList<ClassificationCode<?>> economicList;

    private Rollup(LedgerHeader header, long[] tuples, long[] sums, int n, long[] balTuples, long[] balSums, int nb, long lineCount,
            Rollup initialBudget) {
        this.header = header;
        this.lineCount = lineCount;
        this.initialBudget = initialBudget;
        this.balTuples = Arrays.copyOf(balTuples, nb);
        this.balSums = Arrays.copyOf(balSums, nb);
        TupleCodec codec = new TupleCodec(header.economicScheme());
        List<BudgetUnit> units = header.entity().units();
        for (int i = 0; i < units.size(); i++) {
            unitSlots.put(units.get(i).code(), i + 1);
        }
        boolean byUnit = !units.isEmpty();
        this.fnUnit = byUnit ? new HashMap<>() : null;
        this.econUnit = byUnit ? new HashMap<>() : null;
        this.unitTotals = byUnit ? new HashMap<>() : null;

        int[] f = new int[(n + nb) * 3];
        int[] e = new int[n * 3];
        int fi = 0;
        int ei = 0;
        for (int t = 0; t < n; t++) {
            int code = TupleCodec.function(tuples[t]);
            f[fi++] = code;
            f[fi++] = code / 100;
            f[fi++] = code / 10_000;
            int ec = codec.economic(tuples[t]);
            e[ei++] = ec;
            if (ec >= 100_000) {
                e[ei++] = ec / 100;
                e[ei++] = ec / 10_000;
            } else if (ec > 0) {
                e[ei++] = ec / 100;
            }
        }
        for (int b = 0; b < nb; b++) {
            int code = TupleCodec.balanceFunction(balTuples[b]);
            f[fi++] = code;
            f[fi++] = code / 100;
            f[fi++] = code / 10_000;
        }
        this.fnCodes = unique(f, fi);
        this.econCodes = unique(e, ei);
        this.fnCube = new long[fnCodes.length * CELLS];
        this.econCube = new long[econCodes.length * CELLS];

        boolean unallocated = false;
        for (int t = 0; t < n; t++) {
            long tuple = tuples[t];
            long v = sums[t];
            int cell = TupleCodec.cell(tuple);
            int slot = TupleCodec.unitSlot(tuple);
            if (slot == 0 && v != 0) {
                unallocated = true;
            }
            int code = TupleCodec.function(tuple);
            addTo(fnCodes, fnCube, fnUnit, code, slot, cell, v);
            addTo(fnCodes, fnCube, fnUnit, code / 100, slot, cell, v);
            addTo(fnCodes, fnCube, fnUnit, code / 10_000, slot, cell, v);
            int ec = codec.economic(tuple);
            addTo(econCodes, econCube, econUnit, ec, slot, cell, v);
            if (ec >= 100_000) {
                addTo(econCodes, econCube, econUnit, ec / 100, slot, cell, v);
                addTo(econCodes, econCube, econUnit, ec / 10_000, slot, cell, v);
            } else if (ec > 0) {
                addTo(econCodes, econCube, econUnit, ec / 100, slot, cell, v);
            }
            total[cell] = LineEncoder.add(total[cell], v, -1, "the roll-up");
            if (byUnit) {
                long[] u = unitTotals.computeIfAbsent(slot, k -> new long[CELLS]);
                u[cell] = LineEncoder.add(u[cell], v, -1, "the roll-up");
            }
        }
        for (int b = 0; b < nb; b++) {
            if (TupleCodec.balanceUnitSlot(balTuples[b]) == 0 && balSums[b] != 0) {
                unallocated = true;
            }
        }
        this.allocated = byUnit && !unallocated;

        List<FunctionCode> fl = new ArrayList<>();
        for (int c : fnCodes) {
            fl.add(FunctionCode.parse(Integer.toString(c)));
        }
        fl.sort(Comparator.naturalOrder());
        this.functionList = ImmutableList.copyOf(fl);
        List<ClassificationCode<?>> el = new ArrayList<>();
        for (int c : econCodes) {
            if (c != 0) {
                el.add(economicCode(c));
            }
        }
        el.sort(Comparator.comparing(Object::toString));
        this.economicList = ImmutableList.copyOf(el);
    }

    static Rollup of(LedgerHeader header, long[] tuples, long[] sums, int n, long[] balTuples, long[] balSums, int nb, long lineCount,
            Rollup initialBudget) {
        return new Rollup(header, tuples, sums, n, balTuples, balSums, nb, lineCount, initialBudget);
    }

    private static int[] unique(int[] a, int n) {
        int[] s = Arrays.copyOf(a, n);
        Arrays.sort(s);
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[k++] = s[i];
            }
        }
        return Arrays.copyOf(s, k);
    }

    private static void addTo(int[] codes, long[] cube, Map<Long, long[]> byUnit, int code, int slot, int cell, long v) {
        int row = Arrays.binarySearch(codes, code);
        int i = row * CELLS + cell;
        cube[i] = LineEncoder.add(cube[i], v, -1, "the roll-up");
        if (byUnit != null) {
            long[] u = byUnit.computeIfAbsent(((long) row << 16) | slot, k -> new long[CELLS]);
            u[cell] = LineEncoder.add(u[cell], v, -1, "the roll-up");
        }
    }

    private ClassificationCode<?> economicCode(int code) {
        String s = Integer.toString(code);
        return header.economicScheme() == Scheme.DEPARTMENT_ECONOMIC ? DepartmentEconomicCode.parse(s) : GovernmentEconomicCode.parse(s);
    }

    private Amount amount(long unscaled) {
        return Amount.of(unscaled, header.scale());
    }

    private static long sumCells(long[] cube, int base, int[] cells) {
        long r = 0;
        for (int c : cells) {
            r = LineEncoder.add(r, cube[base + c], -1, "the roll-up");
        }
        return r;
    }

    private int[] slots(Slice s) {
        Optional<java.util.Set<String>> units = s.units();
        if (units.isEmpty()) {
            return null;
        }
        int[] r = new int[units.get().size()];
        int i = 0;
        for (String u : units.get()) {
            Integer slot = unitSlots.get(u);
            if (slot == null) {
                throw new LedgerException(LedgerException.Kind.UNKNOWN_UNIT, -1, "unit",
                        "unit " + u + " is not a unit of " + header.entity().name() + " (units: " + unitSlots.keySet() + ")");
            }
            r[i++] = slot;
        }
        return r;
    }

    private long cube(int[] codes, long[] cube, Map<Long, long[]> byUnit, int code, Slice s) {
        Objects.requireNonNull(s, "slice");
        int[] slots = slots(s);
        int row = Arrays.binarySearch(codes, code);
        if (row < 0) {
            return 0;
        }
        if (slots == null) {
            return sumCells(cube, row * CELLS, s.cells());
        }
        long r = 0;
        for (int slot : slots) {
            long[] u = byUnit.get(((long) row << 16) | slot);
            if (u != null) {
                r = LineEncoder.add(r, sumCells(u, 0, s.cells()), -1, "the roll-up");
            }
        }
        return r;
    }

    private long totalUnscaled(Slice s) {
        Objects.requireNonNull(s, "slice");
        int[] slots = slots(s);
        if (slots == null) {
            return sumCells(total, 0, s.cells());
        }
        long r = 0;
        for (int slot : slots) {
            long[] u = unitTotals.get(slot);
            if (u != null) {
                r = LineEncoder.add(r, sumCells(u, 0, s.cells()), -1, "the roll-up");
            }
        }
        return r;
    }

    /** @return the header of the ledger rolled up */
    public LedgerHeader header() {
        return header;
    }

    /** @return how many lines were rolled up */
    public long lineCount() {
        return lineCount;
    }

    /** @return the total of every line (本年支出合计) */
    public Amount total() {
        return total(Slice.all());
    }

    /**
     * @param slice the lines to add up
     * @return their total
     * @throws LedgerException if the slice names a unit the entity does not have
     */
    public Amount total(Slice slice) {
        return amount(totalUnscaled(slice));
    }

    /**
     * @param code a function code at any level (类, 款 or 项)
     * @return the total of every line under it
     */
    public Amount function(FunctionCode code) {
        return function(code, Slice.all());
    }

    /**
     * @param code a function code at any level (类, 款 or 项)
     * @param slice the lines to add up
     * @return the total of the lines of the slice under that code (zero if none)
     */
    public Amount function(FunctionCode code, Slice slice) {
        Objects.requireNonNull(code, "code");
        return amount(cube(fnCodes, fnCube, fnUnit, code.toInt(), slice));
    }

    /**
     * @param code an economic code of the ledger's scheme, at any level (类, 款, local)
     * @return the total of every line under it
     * @throws LedgerException ({@link LedgerException.Kind#SCHEME_MISMATCH}) if the code is of the other scheme
     */
    public Amount economic(ClassificationCode<?> code) {
        return economic(code, Slice.all());
    }

    /**
     * @param code an economic code of the ledger's scheme, at any level (类, 款, local)
     * @param slice the lines to add up
     * @return the total of the lines of the slice under that code (zero if none)
     * @throws LedgerException ({@link LedgerException.Kind#SCHEME_MISMATCH}) if the code is of the
     *     other scheme or not an economic code
     */
    public Amount economic(ClassificationCode<?> code, Slice slice) {
        Objects.requireNonNull(code, "code");
        if (code.scheme() != header.economicScheme()) {
            throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, -1, "economic", "code " + code + " is of the "
                    + code.scheme().chineseName() + "; this ledger holds " + header.economicScheme().chineseName());
        }
        return amount(cube(econCodes, econCube, econUnit, code.toInt(), slice));
    }

    /**
     * @param slice the lines to add up
     * @return the total of the lines of the slice that have no economic code
     */
    public Amount withoutEconomicCode(Slice slice) {
        return amount(cube(econCodes, econCube, econUnit, 0, slice));
    }

    /**
     * @param slice the lines to look at
     * @return whether the lines of the slice without economic code add up to zero in every
     *     source × type cell, so that the economic roll-ups of the slice account for all of it
     */
    public boolean isEconomicallyClassified(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        for (int c : slice.cells()) {
            if (cube(econCodes, econCube, econUnit, 0, Slice.all().intersect(cellSlice(c)).intersect(unitsOf(slice))) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Slice cellSlice(int cell) {
        return Slice.of(TupleCodec.SOURCE_VALUES[cell / TupleCodec.TYPES]).withTypes(TupleCodec.TYPE_VALUES[cell % TupleCodec.TYPES]);
    }

    private static Slice unitsOf(Slice s) {
        return s.units().map(u -> Slice.all().withUnits(u)).orElse(Slice.all());
    }

    /**
     * @return whether the entity has units and every non-zero line and balance is allocated to
     *     one, so that totals by unit account for all of the ledger
     */
    public boolean isAllocatedToUnits() {
        return allocated;
    }

    /**
     * @param slice the lines to add up
     * @return totals by fund source, for the sources of the slice, in enum order
     */
    public Map<FundSource, Amount> bySource(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        ImmutableMap.Builder<FundSource, Amount> b = ImmutableMap.builder();
        for (FundSource s : slice.sources()) {
            b.put(s, total(slice.withSources(s)));
        }
        return b.build();
    }

    /**
     * @param slice the lines to add up
     * @return totals by spending type, for the types of the slice, in enum order
     */
    public Map<SpendingType, Amount> byType(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        ImmutableMap.Builder<SpendingType, Amount> b = ImmutableMap.builder();
        for (SpendingType t : slice.types()) {
            b.put(t, total(slice.withTypes(t)));
        }
        return b.build();
    }

    /**
     * @param slice the lines to add up (its unit restriction, if any, is replaced)
     * @return totals by unit, in the entity's unit order (lines without unit are not included)
     */
    public Map<String, Amount> byUnit(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        ImmutableMap.Builder<String, Amount> b = ImmutableMap.builder();
        for (BudgetUnit u : header.entity().units()) {
            b.put(u.code(), total(slice.withUnit(u.code())));
        }
        return b.build();
    }

    /**
     * @param slice the lines to add up (its unit restriction, if any, is ignored)
     * @return the total of the lines of the slice that have no unit
     */
    public Amount withoutUnit(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        if (unitTotals == null) {
            return total(slice.withAllUnits());
        }
        long[] u = unitTotals.get(0);
        return amount(u == null ? 0 : sumCells(u, 0, slice.cells()));
    }

    /**
     * @param level 类, 款 or 项
     * @param slice the lines to add up
     * @return the total of every function code at that level that occurs in the ledger (in lines
     *     or balances), in code order
     */
    public SortedMap<FunctionCode, Amount> byFunction(CodeLevel level, Slice slice) {
        Objects.requireNonNull(level, "level");
        ImmutableSortedMap.Builder<FunctionCode, Amount> b = ImmutableSortedMap.naturalOrder();
        for (FunctionCode c : functionList) {
            if (c.level() == level) {
                b.put(c, function(c, slice));
            }
        }
        return b.build();
    }

    /**
     * @param level 类, 款 or local sub-item
     * @param slice the lines to add up
     * @return the total of every 部门 economic code at that level that occurs, in code order
     * @throws LedgerException if the ledger holds 政府 economic codes
     */
    public SortedMap<DepartmentEconomicCode, Amount> byDepartmentEconomic(CodeLevel level, Slice slice) {
        return byEconomic(level, slice, Scheme.DEPARTMENT_ECONOMIC, DepartmentEconomicCode.class);
    }

    /**
     * @param level 类, 款 or local sub-item
     * @param slice the lines to add up
     * @return the total of every 政府 economic code at that level that occurs, in code order
     * @throws LedgerException if the ledger holds 部门 economic codes
     */
    public SortedMap<GovernmentEconomicCode, Amount> byGovernmentEconomic(CodeLevel level, Slice slice) {
        return byEconomic(level, slice, Scheme.GOVERNMENT_ECONOMIC, GovernmentEconomicCode.class);
    }

    private <C extends ClassificationCode<C>> SortedMap<C, Amount> byEconomic(CodeLevel level, Slice slice, Scheme scheme, Class<C> type) {
        Objects.requireNonNull(level, "level");
        if (header.economicScheme() != scheme) {
            throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, -1, "economic",
                    "this ledger holds " + header.economicScheme().chineseName() + ", not " + scheme.chineseName());
        }
        ImmutableSortedMap.Builder<C, Amount> b = ImmutableSortedMap.naturalOrder();
        for (ClassificationCode<?> c : economicList) {
            if (c.level() == level) {
                b.put(type.cast(c), economic(c, slice));
            }
        }
        return b.build();
    }

    /** @return every function code that occurs (in lines or balances), at every level, in code order ({@code 210 < 21011 < 2101101}) */
    public List<FunctionCode> functionCodes() {
        return functionList;
    }

    /** @return every economic code that occurs, at every level, in code order */
    public List<ClassificationCode<?>> economicCodes() {
        return economicList;
    }

    /**
     * @param kind a balance item
     * @param slice the balances to add up (sources and units; types are ignored)
     * @return their total
     */
    public Amount balance(BalanceKind kind, Slice slice) {
        return amount(balance(kind, 0, slice));
    }

    /**
     * @param kind a balance item
     * @param code a function code at any level
     * @param slice the balances to add up (sources and units; types are ignored)
     * @return the total of the balances under that code
     */
    public Amount balance(BalanceKind kind, FunctionCode code, Slice slice) {
        Objects.requireNonNull(code, "code");
        return amount(balance(kind, code.toInt(), slice));
    }

    private long balance(BalanceKind kind, int code, Slice slice) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slice, "slice");
        int[] slots = slots(slice);
        int div = code == 0 ? 0 : code < 1_000 ? 10_000 : code < 100_000 ? 100 : 1;
        long r = 0;
        for (int b = 0; b < balTuples.length; b++) {
            long t = balTuples[b];
            if (TupleCodec.balanceKind(t) != kind.ordinal()
                    || !slice.sources().contains(TupleCodec.SOURCE_VALUES[TupleCodec.balanceSource(t)])
                    || (div != 0 && TupleCodec.balanceFunction(t) / div != code)) {
                continue;
            }
            if (slots != null) {
                int slot = TupleCodec.balanceUnitSlot(t);
                boolean in = false;
                for (int s : slots) {
                    in |= s == slot;
                }
                if (!in) {
                    continue;
                }
            }
            r = LineEncoder.add(r, balSums[b], -1, "the balances");
        }
        return r;
    }

    /**
     * The income (本年收入) implied by the spending and the balances: 本年支出 + 结余分配 +
     * 年末结转和结余 − 年初结转和结余 − 使用非财政拨款结余, for the sources and units of the slice
     * (its types are ignored: income has no spending type). In a budget the spending financed by
     * {@link FundSource#CARRY_OVER} is the 上年结转 on the income side.
     *
     * @param slice the sources and units
     * @return the income
     */
    public Amount income(Slice slice) {
        return amount(income(0, slice));
    }

    /**
     * @param code a function code at any level
     * @param slice the sources and units (types are ignored)
     * @return the income under that code, as {@link #income(Slice)}
     */
    public Amount income(FunctionCode code, Slice slice) {
        Objects.requireNonNull(code, "code");
        return amount(income(code.toInt(), slice));
    }

    private long income(int code, Slice slice) {
        Slice all = slice.withAllTypes();
        long spending = code == 0 ? totalUnscaled(all) : cube(fnCodes, fnCube, fnUnit, code, all);
        long r = LineEncoder.add(spending, balance(BalanceKind.CLOSING_CARRY_OVER, code, all), -1, "the income");
        r = LineEncoder.add(r, balance(BalanceKind.SURPLUS_DISTRIBUTION, code, all), -1, "the income");
        r = LineEncoder.subtract(r, balance(BalanceKind.OPENING_CARRY_OVER, code, all), "the income");
        return LineEncoder.subtract(r, balance(BalanceKind.USE_OF_NON_FISCAL_SURPLUS, code, all), "the income");
    }

    /** @return for a final account, the roll-ups of its initial budget (年初预算数); empty otherwise */
    public Optional<Rollup> initialBudget() {
        return Optional.ofNullable(initialBudget);
    }

    @Override
    public String toString() {
        return "Rollup of " + lineCount + " lines of " + header.entity().name() + " " + header.year() + " "
                + header.stage().chineseName() + ", total " + total() + " " + header.unit().chineseName();
    }
}
