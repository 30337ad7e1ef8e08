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
 * by economic code at every level (local sub-item → 款 → 类), by fund source, by spending type and
 * by unit, each restricted to any {@link Slice} of sources × types; its balances (结转结余) and the
 * income they imply; and, for a final account, the roll-ups of the initial budget (年初预算数).
 *
 * <p>Every total is exact: sums are {@code long} at the ledger's scale, added with
 * {@link Math#addExact}; an overflow throws {@link dev.yusuan.core.money.AmountException}
 * ({@code OVERFLOW}). Amounts are returned at the ledger's scale.
 *
 * <p>A roll-up holds aggregates only, not lines — one sum per code and per unit for each fund
 * source × spending type — so its size does not grow with the number of lines: it comes from
 * {@link Ledger#rollup()} or from a {@link LedgerAggregator} fed line by line (streaming), and both
 * give equal results for the same lines. Function and economic totals are over every unit; unit
 * totals are over every code.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rollup {
    private static final int CELLS = TupleCodec.CELLS;

    private final LedgerHeader header;
    private final long lineCount;
    private final int[] fnCodes;
    private final long[] fnCube;
    private final int[] econCodes;
    private final long[] econCube;
    private final long[] unitCube;
    private final long[] total = new long[CELLS];
    private final long[] balTuples;
    private final long[] balSums;
    private final boolean allocated;
    private final Rollup initialBudget;
    private final Map<String, Integer> unitSlots = new HashMap<>();
    private final ImmutableList<FunctionCode> functionList;
    private final ImmutableList<ClassificationCode<?>> economicList;

    private Rollup(LedgerHeader header, int[] items, long[] itemCube, int[] economics, long[] economicCube, long[] unitCube,
            long[] balTuples, long[] balSums, int nb, long lineCount, Rollup initialBudget) {
        this.header = header;
        this.lineCount = lineCount;
        this.initialBudget = initialBudget;
        this.balTuples = Arrays.copyOf(balTuples, nb);
        this.balSums = Arrays.copyOf(balSums, nb);
        this.unitCube = unitCube.clone();
        List<BudgetUnit> units = header.entity().units();
        for (int i = 0; i < units.size(); i++) {
            unitSlots.put(units.get(i).code(), i + 1);
        }

        int[] f = new int[(items.length + nb) * 3];
        int fi = 0;
        for (int code : items) {
            f[fi++] = code;
            f[fi++] = code / 100;
            f[fi++] = code / 10_000;
        }
        for (int b = 0; b < nb; b++) {
            int code = TupleCodec.balanceFunction(balTuples[b]);
            f[fi++] = code;
            f[fi++] = code / 100;
            f[fi++] = code / 10_000;
        }
        this.fnCodes = unique(f, fi);
        this.fnCube = new long[fnCodes.length * CELLS];
        for (int i = 0; i < items.length; i++) {
            int code = items[i];
            addRow(fnCube, Arrays.binarySearch(fnCodes, code), itemCube, i);
            addRow(fnCube, Arrays.binarySearch(fnCodes, code / 100), itemCube, i);
            addRow(fnCube, Arrays.binarySearch(fnCodes, code / 10_000), itemCube, i);
        }

        int[] e = new int[economics.length * 3];
        int ei = 0;
        for (int code : economics) {
            e[ei++] = code;
            if (code >= 100_000) {
                e[ei++] = code / 100;
                e[ei++] = code / 10_000;
            } else if (code > 0) {
                e[ei++] = code / 100;
            }
        }
        this.econCodes = unique(e, ei);
        this.econCube = new long[econCodes.length * CELLS];
        for (int i = 0; i < economics.length; i++) {
            int code = economics[i];
            addRow(econCube, Arrays.binarySearch(econCodes, code), economicCube, i);
            if (code >= 100_000) {
                addRow(econCube, Arrays.binarySearch(econCodes, code / 100), economicCube, i);
                addRow(econCube, Arrays.binarySearch(econCodes, code / 10_000), economicCube, i);
            } else if (code > 0) {
                addRow(econCube, Arrays.binarySearch(econCodes, code / 100), economicCube, i);
            }
        }

        for (int slot = 0; slot * CELLS < unitCube.length; slot++) {
            addRow(total, 0, unitCube, slot);
        }
        boolean unallocated = false;
        for (int c = 0; c < CELLS; c++) {
            unallocated |= unitCube[c] != 0;
        }
        for (int b = 0; b < nb; b++) {
            unallocated |= TupleCodec.balanceUnitSlot(balTuples[b]) == 0 && balSums[b] != 0;
        }
        this.allocated = !units.isEmpty() && !unallocated;

        List<FunctionCode> fl = new ArrayList<>(fnCodes.length);
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

    static Rollup of(LedgerHeader header, int[] items, long[] itemCube, int[] economics, long[] economicCube, long[] unitCube,
            long[] balTuples, long[] balSums, int nb, long lineCount, Rollup initialBudget) {
        return new Rollup(header, items, itemCube, economics, economicCube, unitCube, balTuples, balSums, nb, lineCount, initialBudget);
    }

    private static void addRow(long[] to, int row, long[] from, int fromRow) {
        int t = row * CELLS;
        int s = fromRow * CELLS;
        for (int c = 0; c < CELLS; c++) {
            long v = from[s + c];
            if (v != 0) {
                to[t + c] = LineEncoder.add(to[t + c], v, -1, "the roll-up");
            }
        }
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

    private ClassificationCode<?> economicCode(int code) {
        String s = Integer.toString(code);
        return header.economicScheme() == Scheme.DEPARTMENT_ECONOMIC ? DepartmentEconomicCode.parse(s) : GovernmentEconomicCode.parse(s);
    }

    private Amount amount(long unscaled) {
        return Amount.of(unscaled, header.scale());
    }

    private static long sumCells(long[] cube, int base, int[] cells) {
        long r = 0;
        int i = 0;
        try {
            for (; i < cells.length; i++) {
                r = Math.addExact(r, cube[base + cells[i]]);
            }
        } catch (ArithmeticException e) {
            throw LineEncoder.overflow(r, cube[base + cells[i]], -1, "the roll-up");
        }
        return r;
    }

    private static long row(int[] codes, long[] cube, int code, Slice s) {
        Objects.requireNonNull(s, "slice");
        int row = Arrays.binarySearch(codes, code);
        return row < 0 ? 0 : sumCells(cube, row * CELLS, s.cells());
    }

    private int slot(String unitCode) {
        Objects.requireNonNull(unitCode, "unitCode");
        Integer slot = unitSlots.get(unitCode);
        if (slot == null) {
            throw new LedgerException(LedgerException.Kind.UNKNOWN_UNIT, -1, "unit",
                    "unit " + unitCode + " is not a unit of " + header.entity().name() + " (units: " + unitSlots.keySet() + ")");
        }
        return slot;
    }

    /** @return the totals of every line by fund source × spending type */
    public SourceTypeTotals totals() {
        return new SourceTypeTotals(total, 0, header.scale());
    }

    /**
     * @param code a function code at any level
     * @return its totals by fund source × spending type (all zero if the code does not occur)
     */
    public SourceTypeTotals functionTotals(FunctionCode code) {
        int row = Arrays.binarySearch(fnCodes, Objects.requireNonNull(code, "code").toInt());
        return row < 0 ? SourceTypeTotals.zero(header.scale()) : new SourceTypeTotals(fnCube, row * CELLS, header.scale());
    }

    /**
     * @param code an economic code of the ledger's scheme, at any level
     * @return its totals by fund source × spending type (all zero if the code does not occur)
     * @throws LedgerException ({@link LedgerException.Kind#SCHEME_MISMATCH}) if the code is of the other scheme
     */
    public SourceTypeTotals economicTotals(ClassificationCode<?> code) {
        Objects.requireNonNull(code, "code");
        if (code.scheme() != header.economicScheme()) {
            throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, -1, "economic", "code " + code + " is of the "
                    + code.scheme().chineseName() + "; this ledger holds " + header.economicScheme().chineseName());
        }
        int row = Arrays.binarySearch(econCodes, code.toInt());
        return row < 0 ? SourceTypeTotals.zero(header.scale()) : new SourceTypeTotals(econCube, row * CELLS, header.scale());
    }

    /**
     * @param unitCode the code of a unit of the entity
     * @return the totals of that unit's lines by fund source × spending type
     * @throws LedgerException ({@link LedgerException.Kind#UNKNOWN_UNIT}) if the entity has no such unit
     */
    public SourceTypeTotals unitTotals(String unitCode) {
        return new SourceTypeTotals(unitCube, slot(unitCode) * CELLS, header.scale());
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
     */
    public Amount total(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        return amount(sumCells(total, 0, slice.cells()));
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
        return amount(row(fnCodes, fnCube, code.toInt(), slice));
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
        return amount(row(econCodes, econCube, code.toInt(), slice));
    }

    /**
     * @param slice the lines to add up
     * @return the total of the lines of the slice that have no economic code
     */
    public Amount withoutEconomicCode(Slice slice) {
        return amount(row(econCodes, econCube, 0, slice));
    }

    /**
     * @param slice the lines to look at
     * @return whether the lines of the slice without economic code add up to zero in every
     *     source × type cell, so that the economic roll-ups of the slice account for all of it
     */
    public boolean isEconomicallyClassified(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        int row = Arrays.binarySearch(econCodes, 0);
        if (row < 0) {
            return true;
        }
        for (int c : slice.cells()) {
            if (econCube[row * CELLS + c] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param unitCode the code of a unit of the entity
     * @param slice the lines to add up
     * @return the total of that unit's lines of the slice
     * @throws LedgerException ({@link LedgerException.Kind#UNKNOWN_UNIT}) if the entity has no such unit
     */
    public Amount unit(String unitCode, Slice slice) {
        return amount(sumCells(unitCube, slot(unitCode) * CELLS, Objects.requireNonNull(slice, "slice").cells()));
    }

    /**
     * @param slice the lines to add up
     * @return the total of the lines of the slice that have no unit
     */
    public Amount withoutUnit(Slice slice) {
        return amount(sumCells(unitCube, 0, Objects.requireNonNull(slice, "slice").cells()));
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
     * @param slice the lines to add up
     * @return totals by unit, in the entity's unit order (lines without unit are not included)
     */
    public Map<String, Amount> byUnit(Slice slice) {
        Objects.requireNonNull(slice, "slice");
        ImmutableMap.Builder<String, Amount> b = ImmutableMap.builder();
        for (BudgetUnit u : header.entity().units()) {
            b.put(u.code(), unit(u.code(), slice));
        }
        return b.build();
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
     * @param slice the sources (types are ignored)
     * @return the total of the balances of those sources
     */
    public Amount balance(BalanceKind kind, Slice slice) {
        return amount(balance(kind, 0, -1, slice));
    }

    /**
     * @param kind a balance item
     * @param code a function code at any level
     * @param slice the sources (types are ignored)
     * @return the total of the balances under that code
     */
    public Amount balance(BalanceKind kind, FunctionCode code, Slice slice) {
        Objects.requireNonNull(code, "code");
        return amount(balance(kind, code.toInt(), -1, slice));
    }

    /**
     * @param kind a balance item
     * @param unitCode the code of a unit of the entity
     * @param slice the sources (types are ignored)
     * @return the total of that unit's balances
     */
    public Amount balanceOfUnit(BalanceKind kind, String unitCode, Slice slice) {
        return amount(balance(kind, 0, slot(unitCode), slice));
    }

    private long balance(BalanceKind kind, int code, int slot, Slice slice) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slice, "slice");
        int div = code == 0 ? 0 : code < 1_000 ? 10_000 : code < 100_000 ? 100 : 1;
        long r = 0;
        for (int b = 0; b < balTuples.length; b++) {
            long t = balTuples[b];
            if (TupleCodec.balanceKind(t) == kind.ordinal()
                    && slice.sources().contains(TupleCodec.SOURCE_VALUES[TupleCodec.balanceSource(t)])
                    && (div == 0 || TupleCodec.balanceFunction(t) / div == code)
                    && (slot < 0 || TupleCodec.balanceUnitSlot(t) == slot)) {
                r = LineEncoder.add(r, balSums[b], -1, "the balances");
            }
        }
        return r;
    }

    /**
     * The income (本年收入) implied by the spending and the balances: 本年支出 + 结余分配 +
     * 年末结转和结余 − 年初结转和结余 − 使用非财政拨款结余, for the sources of the slice (its types
     * are ignored: income has no spending type). In a budget the spending financed by
     * {@link FundSource#CARRY_OVER} is the 上年结转 on the income side.
     *
     * @param slice the sources
     * @return the income
     */
    public Amount income(Slice slice) {
        Slice all = Objects.requireNonNull(slice, "slice").withAllTypes();
        return amount(income(sumCells(total, 0, all.cells()), 0, -1, all));
    }

    /**
     * @param code a function code at any level
     * @param slice the sources (types are ignored)
     * @return the income under that code, as {@link #income(Slice)}
     */
    public Amount income(FunctionCode code, Slice slice) {
        Objects.requireNonNull(code, "code");
        Slice all = Objects.requireNonNull(slice, "slice").withAllTypes();
        return amount(income(row(fnCodes, fnCube, code.toInt(), all), code.toInt(), -1, all));
    }

    /**
     * @param unitCode the code of a unit of the entity
     * @param slice the sources (types are ignored)
     * @return the income of that unit, as {@link #income(Slice)}
     */
    public Amount incomeOfUnit(String unitCode, Slice slice) {
        Slice all = Objects.requireNonNull(slice, "slice").withAllTypes();
        int slot = slot(unitCode);
        return amount(income(sumCells(unitCube, slot * CELLS, all.cells()), 0, slot, all));
    }

    private long income(long spending, int code, int slot, Slice all) {
        long r = LineEncoder.add(spending, balance(BalanceKind.CLOSING_CARRY_OVER, code, slot, all), -1, "the income");
        r = LineEncoder.add(r, balance(BalanceKind.SURPLUS_DISTRIBUTION, code, slot, all), -1, "the income");
        r = LineEncoder.subtract(r, balance(BalanceKind.OPENING_CARRY_OVER, code, slot, all), "the income");
        return LineEncoder.subtract(r, balance(BalanceKind.USE_OF_NON_FISCAL_SURPLUS, code, slot, all), "the income");
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
