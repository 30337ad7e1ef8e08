package dev.yusuan.core.ledger;

import com.google.common.collect.ImmutableList;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A line-level statement (明细账): the lines of a budget (预算) or final account (决算) of one
 * reporting entity and year — function 项 × economic 款 (either scheme, or none) × fund source ×
 * spending type × unit → amount — and, for a final account, its balances (年初/年末结转和结余,
 * 结余分配, 使用非财政拨款结余) and its initial budget (年初预算数) beside the final amounts.
 *
 * <p><b>Layout.</b> Columnar: per line an {@code int} index into the ledger's table of distinct
 * function codes, an {@code int} index into its table of distinct economic codes, a {@code char}
 * unit slot, a {@code byte} fund source × spending type cell and a {@code long} unscaled amount at
 * the one ledger-wide {@linkplain LedgerHeader#scale() scale}: 19 bytes per line, plus the code
 * tables (a few thousand codes). Amounts are exact; an amount with more decimals than the ledger
 * keeps is rejected, never rounded.
 *
 * <p>{@link #rollup()} gives every total (by function, economic code, source, type, unit); it is
 * computed once, in one pass with three array updates per line. {@link #forEachLine} and
 * {@link #lines()} read the lines back in the order they were added.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder}; equality is identity.
 */
public final class Ledger {
    private static final int CELLS = TupleCodec.CELLS;

    private final LedgerHeader header;
    private final int[] functionCodes;
    private final int[] economicCodes;
    private final int[] function;
    private final int[] economic;
    private final char[] unit;
    private final byte[] cell;
    private final long[] amounts;
    private final ImmutableList<BalanceLine> balances;
    private final Ledger initialBudget;
    private volatile Rollup rollup;
    private volatile int distinct = -1;

    private Ledger(LedgerHeader header, int[] functionCodes, int[] economicCodes, int[] function, int[] economic, char[] unit, byte[] cell,
            long[] amounts, ImmutableList<BalanceLine> balances, Ledger initialBudget) {
        this.header = header;
        this.functionCodes = functionCodes;
        this.economicCodes = economicCodes;
        this.function = function;
        this.economic = economic;
        this.unit = unit;
        this.cell = cell;
        this.amounts = amounts;
        this.balances = balances;
        this.initialBudget = initialBudget;
    }

    /**
     * @param header what the ledger is about and how it keeps amounts
     * @return an empty builder
     */
    public static Builder builder(LedgerHeader header) {
        return new Builder(Objects.requireNonNull(header, "header"));
    }

    /** @return the header: entity, year, stage, unit, scale, economic scheme */
    public LedgerHeader header() {
        return header;
    }

    /** @return the number of lines */
    public int size() {
        return amounts.length;
    }

    /**
     * The number of distinct combinations of dimensions (function, economic code, source, type,
     * unit) among the lines: equal to {@link #size()} when no two lines share a key. Computed on
     * first call with one hashing pass.
     *
     * @return the number of distinct combinations
     */
    public int distinctCombinations() {
        int d = distinct;
        if (d < 0) {
            LongIntMap seen = new LongIntMap(Math.min(amounts.length, 1 << 20));
            for (int i = 0; i < amounts.length; i++) {
                long key = (((long) function[i] * economicCodes.length + economic[i]) * 65536L + unit[i]) * CELLS + cell[i];
                seen.putIfAbsent(key, 0);
            }
            d = seen.size();
            distinct = d;
        }
        return d;
    }

    /**
     * @param i a line index, 0-based
     * @return the function 项 of the line as a number
     */
    public int functionCode(int i) {
        return functionCodes[function[Objects.checkIndex(i, amounts.length)]];
    }

    /**
     * @param i a line index
     * @return the economic code of the line as a number, 0 for none
     */
    public int economicCode(int i) {
        return economicCodes[economic[Objects.checkIndex(i, amounts.length)]];
    }

    /**
     * @param i a line index
     * @return the fund source of the line
     */
    public FundSource source(int i) {
        return TupleCodec.SOURCE_VALUES[cell[Objects.checkIndex(i, amounts.length)] / TupleCodec.TYPES];
    }

    /**
     * @param i a line index
     * @return the spending type of the line
     */
    public SpendingType type(int i) {
        return TupleCodec.TYPE_VALUES[cell[Objects.checkIndex(i, amounts.length)] % TupleCodec.TYPES];
    }

    /**
     * @param i a line index
     * @return the index of the line's unit in the entity's units, -1 for none
     */
    public int unitIndex(int i) {
        return unit[Objects.checkIndex(i, amounts.length)] - 1;
    }

    /**
     * @param i a line index
     * @return the amount as a whole number at the ledger's scale
     */
    public long unscaledAmount(int i) {
        return amounts[Objects.checkIndex(i, amounts.length)];
    }

    /**
     * @param i a line index
     * @return the amount, at the ledger's scale
     */
    public Amount amount(int i) {
        return Amount.of(unscaledAmount(i), header.scale());
    }

    /**
     * @param i a line index, 0-based
     * @return the line as a record (created on each call)
     */
    public LedgerLine line(int i) {
        int econ = economicCode(i);
        Optional<DepartmentEconomicCode> dept = Optional.empty();
        Optional<GovernmentEconomicCode> gov = Optional.empty();
        if (econ != 0) {
            if (header.economicScheme() == Scheme.DEPARTMENT_ECONOMIC) {
                dept = Optional.of(DepartmentEconomicCode.parse(Integer.toString(econ)));
            } else {
                gov = Optional.of(GovernmentEconomicCode.parse(Integer.toString(econ)));
            }
        }
        int slot = unit[i];
        Optional<String> u = slot == 0 ? Optional.empty() : Optional.of(header.entity().units().get(slot - 1).code());
        return new LedgerLine(FunctionCode.parse(Integer.toString(functionCode(i))), dept, gov, source(i), type(i), u, amount(i));
    }

    /** @return the lines as a list view, in the order added (records created on access) */
    public List<LedgerLine> lines() {
        return new LineList();
    }

    private final class LineList extends AbstractList<LedgerLine> implements RandomAccess {
        @Override
        public LedgerLine get(int index) {
            return line(index);
        }

        @Override
        public int size() {
            return amounts.length;
        }
    }

    /**
     * Visits every line as primitives, in the order added.
     *
     * @param visitor the visitor
     */
    public void forEachLine(LineVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        for (int i = 0; i < amounts.length; i++) {
            visitor.visit(functionCodes[function[i]], economicCodes[economic[i]], TupleCodec.SOURCE_VALUES[cell[i] / TupleCodec.TYPES],
                    TupleCodec.TYPE_VALUES[cell[i] % TupleCodec.TYPES], unit[i] - 1, amounts[i]);
        }
    }

    /** @return the balances (结转结余), in the order added, at the ledger's scale */
    public ImmutableList<BalanceLine> balances() {
        return balances;
    }

    /** @return for a final account, its initial budget (年初预算数) as a budget ledger; empty otherwise */
    public Optional<Ledger> initialBudget() {
        return Optional.ofNullable(initialBudget);
    }

    /** @return the total of every line */
    public Amount total() {
        return rollup().total();
    }

    /**
     * The roll-ups of this ledger, computed on first call: one pass over the lines adding each
     * amount into the sums of its function 项, its economic code and its unit with
     * {@link Math#addExact}, then those sums into the totals of every level.
     *
     * @return the roll-ups
     * @throws dev.yusuan.core.money.AmountException if a sum overflows
     */
    public Rollup rollup() {
        Rollup r = rollup;
        if (r == null) {
            synchronized (this) {
                r = rollup;
                if (r == null) {
                    r = computeRollup();
                    rollup = r;
                }
            }
        }
        return r;
    }

    private Rollup computeRollup() {
        long[] byFunction = new long[functionCodes.length * CELLS];
        long[] byEconomic = new long[economicCodes.length * CELLS];
        long[] byUnit = new long[(header.entity().units().size() + 1) * CELLS];
        int i = 0;
        try {
            for (; i < amounts.length; i++) {
                int c = cell[i];
                long a = amounts[i];
                int f = function[i] * CELLS + c;
                byFunction[f] = Math.addExact(byFunction[f], a);
                int e = economic[i] * CELLS + c;
                byEconomic[e] = Math.addExact(byEconomic[e], a);
                int u = unit[i] * CELLS + c;
                byUnit[u] = Math.addExact(byUnit[u], a);
            }
        } catch (ArithmeticException e) {
            throw LineEncoder.overflow(byUnit[unit[i] * CELLS + cell[i]], amounts[i], i, "the lines");
        }
        LineEncoder enc = new LineEncoder(header);
        LongIntMap index = new LongIntMap(balances.size());
        long[] bt = new long[balances.size()];
        long[] bs = new long[balances.size()];
        int nb = 0;
        for (int b = 0; b < balances.size(); b++) {
            long t = enc.encodeBalance(balances.get(b), b);
            long v = balances.get(b).amount().unscaledValue();
            int slot = index.putIfAbsent(t, nb);
            if (slot < 0) {
                bt[nb] = t;
                bs[nb++] = v;
            } else {
                bs[slot] = LineEncoder.add(bs[slot], v, -1, "the balances");
            }
        }
        return Rollup.of(header, functionCodes, byFunction, economicCodes, byEconomic, byUnit, bt, bs, nb, amounts.length,
                initialBudget == null ? null : initialBudget.rollup());
    }

    /**
     * Feeds every line, balance and initial-budget line of this ledger to an aggregator.
     *
     * @param aggregator an aggregator with the same header
     * @throws LedgerException ({@link LedgerException.Kind#HEADER_MISMATCH}) if the headers differ
     */
    public void feed(LedgerAggregator aggregator) {
        Objects.requireNonNull(aggregator, "aggregator");
        if (!aggregator.header().equals(header)) {
            throw new LedgerException(LedgerException.Kind.HEADER_MISMATCH, -1, "header",
                    "the aggregator is for " + aggregator.header() + ", this ledger is " + header);
        }
        forEachLine(aggregator::accept);
        balances.forEach(aggregator::acceptBalance);
        if (initialBudget != null) {
            initialBudget.feed(aggregator.initialBudget());
        }
    }

    /**
     * Converts the 部门 economic codes of the lines to 政府 economic codes (经济分类转换) with a
     * mapping, by the type of each line's unit. Each distinct (部门 code, unit type) is mapped once;
     * each line is then converted with one array lookup, and the other columns are shared, not
     * copied. Lines that meet in one key (the same 项, 政府 code, source, type and unit: 30101 +
     * 30102 + 30103 → 50101) are added up, exactly, into the first of them; the lines keep the
     * order of their keys' first lines. The initial budget is converted too; balances have no
     * economic code.
     *
     * @param mapping the 部门 → 政府 correspondence
     * @param defaultUnitType the unit type for lines without unit
     * @return a ledger with the same spending in 政府 economic codes
     * @throws LedgerException ({@link LedgerException.Kind#SCHEME_MISMATCH}) if this ledger already
     *     holds 政府 codes; ({@link LedgerException.Kind#UNMAPPED_CODE}) naming the code and unit
     *     type if the mapping does not cover a code
     */
    public Ledger toGovernmentEconomic(EconomicMapping mapping, UnitType defaultUnitType) {
        return toGovernmentEconomic(mapping, defaultUnitType, ConversionPath.ANY);
    }

    /** How {@link #toGovernmentEconomic} finds the lines that meet: the choice is the tests'. */
    enum ConversionPath {
        /** By runs of a (项, unit) when the lines are grouped so, by hash otherwise. */
        ANY,
        /** By runs only: no ledger (null) when the lines are not grouped by (项, unit). */
        RUNS,
        /** By the hash of each line's key. */
        HASH
    }

    /** As {@link #toGovernmentEconomic(EconomicMapping, UnitType)}, by the given path. */
    Ledger toGovernmentEconomic(EconomicMapping mapping, UnitType defaultUnitType, ConversionPath path) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(defaultUnitType, "defaultUnitType");
        if (header.economicScheme() != Scheme.DEPARTMENT_ECONOMIC) {
            throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, -1, "economic",
                    "this ledger already holds " + header.economicScheme().chineseName());
        }
        List<BudgetUnit> units = header.entity().units();
        UnitType[] types = UnitType.values();
        int nt = types.length;
        byte[] typeOfSlot = new byte[units.size() + 1];
        typeOfSlot[0] = (byte) defaultUnitType.ordinal();
        for (int u = 0; u < units.size(); u++) {
            typeOfSlot[u + 1] = (byte) units.get(u).type().ordinal();
        }
        boolean[] usedType = new boolean[nt];
        for (byte t : typeOfSlot) {
            usedType[t] = true;
        }
        // map only the (code, unit type) pairs some line uses: a code that only an institution
        // spends (30107 绩效工资) need not map for an administrative unit
        int[] remap = new int[economicCodes.length * nt];
        java.util.Arrays.fill(remap, -2);
        for (int i = 0; i < amounts.length; i++) {
            remap[economic[i] * nt + typeOfSlot[unit[i]]] = -1;
        }
        CodeDictionary target = new CodeDictionary();
        for (int k = 0; k < remap.length; k++) {
            if (remap[k] == -1) {
                int e = k / nt;
                remap[k] = target.indexOf(economicCodes[e] == 0 ? 0 : map(mapping, economicCodes[e], types[k % nt]));
            }
        }
        // lines whose department codes map to the same government code are added together, exactly,
        // so that the converted ledger has one line per key, as any ledger does
        int[] targets = target.toArray();
        Converted out = path == ConversionPath.HASH ? null : convertRuns(remap, typeOfSlot, nt, targets.length);
        if (out == null && path == ConversionPath.RUNS) {
            return null;
        }
        if (out == null) {
            out = convertHashed(remap, typeOfSlot, nt);
        }
        int n = out.size;
        return new Ledger(header.withEconomicScheme(Scheme.GOVERNMENT_ECONOMIC), functionCodes, targets,
                java.util.Arrays.copyOf(out.function, n), java.util.Arrays.copyOf(out.economic, n), java.util.Arrays.copyOf(out.unit, n),
                java.util.Arrays.copyOf(out.cell, n), java.util.Arrays.copyOf(out.amounts, n), balances,
                initialBudget == null ? null : initialBudget.toGovernmentEconomic(mapping, defaultUnitType,
                        path == ConversionPath.RUNS ? ConversionPath.ANY : path));
    }

    /** The converted lines, in the order of each key's first line; the arrays are as long as the input. */
    private static final class Converted {
        final int[] function;
        final int[] economic;
        final char[] unit;
        final byte[] cell;
        final long[] amounts;
        int size;

        Converted(int lines) {
            function = new int[lines];
            economic = new int[lines];
            unit = new char[lines];
            cell = new byte[lines];
            amounts = new long[lines];
        }

        /** Appends a line. @return its index */
        int add(int f, int econ, char u, byte c, long amount) {
            function[size] = f;
            economic[size] = econ;
            unit[size] = u;
            cell[size] = c;
            amounts[size] = amount;
            return size++;
        }

        /** Adds an amount to line {@code at}, the sum of the lines from {@code line} on. */
        void addTo(int at, long amount, int line) {
            try {
                amounts[at] = Math.addExact(amounts[at], amount);
            } catch (ArithmeticException ex) {
                throw new dev.yusuan.core.money.AmountException(dev.yusuan.core.money.AmountException.Kind.OVERFLOW,
                        "line " + line, "converting line " + line + " overflows the sum of its government code");
            }
        }
    }

    /**
     * Converts when the lines of each (function 项, unit) are adjacent, as in a ledger sorted or
     * grouped by unit and 项: lines can then meet only within such a run, and a small dense table
     * over (government code × cell), cleared after each run, finds where each one goes.
     *
     * @return the converted lines, or null if a (项, unit) comes back after another one
     */
    private Converted convertRuns(int[] remap, byte[] typeOfSlot, int nt, int targets) {
        int slots = targets * CELLS;
        int[] lineOfSlot = new int[slots];
        java.util.Arrays.fill(lineOfSlot, -1);
        int[] touched = new int[slots];
        int touchedCount = 0;
        LongIntMap runs = new LongIntMap(1024);
        Converted out = new Converted(amounts.length);
        for (int i = 0; i < amounts.length; i++) {
            if (i == 0 || function[i] != function[i - 1] || unit[i] != unit[i - 1]) {
                for (int t = 0; t < touchedCount; t++) {
                    lineOfSlot[touched[t]] = -1;
                }
                touchedCount = 0;
                if (runs.putIfAbsent(((long) function[i] << 16) | unit[i], 0) >= 0) {
                    return null;
                }
            }
            int econ = remap[economic[i] * nt + typeOfSlot[unit[i]]];
            int slot = econ * CELLS + cell[i];
            int at = lineOfSlot[slot];
            if (at < 0) {
                lineOfSlot[slot] = out.add(function[i], econ, unit[i], cell[i], amounts[i]);
                touched[touchedCount++] = slot;
            } else {
                out.addTo(at, amounts[i], i);
            }
        }
        return out;
    }

    /** Converts lines in any order, finding where each one goes by a hash of its whole key. */
    private Converted convertHashed(int[] remap, byte[] typeOfSlot, int nt) {
        LongIntMap merged = new LongIntMap(Math.max(16, amounts.length));
        Converted out = new Converted(amounts.length);
        for (int i = 0; i < amounts.length; i++) {
            int econ = remap[economic[i] * nt + typeOfSlot[unit[i]]];
            long key = ((long) function[i] << 40) ^ ((long) econ << 24) ^ ((long) unit[i] << 8) ^ (cell[i] & 0xFF);
            if (function[i] >= (1 << 23) || econ >= (1 << 16)) {
                throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, i, "economic", "too many distinct codes to convert");
            }
            int at = merged.putIfAbsent(key, out.size);
            if (at < 0) {
                out.add(function[i], econ, unit[i], cell[i], amounts[i]);
            } else {
                out.addTo(at, amounts[i], i);
            }
        }
        return out;
    }

    private static int map(EconomicMapping mapping, int econ, UnitType type) {
        DepartmentEconomicCode code = DepartmentEconomicCode.parse(Integer.toString(econ));
        Optional<GovernmentEconomicCode> g = mapping.map(code, type);
        if (g.isEmpty() && code.level() == CodeLevel.LOCAL) {
            g = mapping.map(code.atLevel(CodeLevel.SECTION), type);
        }
        GovernmentEconomicCode r = g.orElseThrow(() -> new LedgerException(LedgerException.Kind.UNMAPPED_CODE, -1, "economic",
                "the mapping has no 政府 economic code for " + code + " in a " + type.chineseName()));
        if (r.level() == CodeLevel.CATEGORY) {
            throw new LedgerException(LedgerException.Kind.UNMAPPED_CODE, -1, "economic",
                    "the mapping gives the 类 " + r + " for " + code + "; it must give a 款");
        }
        return r.toInt();
    }

    @Override
    public String toString() {
        return "Ledger of " + header.entity().name() + " " + header.year() + " " + header.stage().chineseName() + ", " + amounts.length
                + " lines, " + balances.size() + " balances";
    }

    /**
     * Builds a {@link Ledger} (明细账), validating each line as it is added. Not thread-safe.
     */
    public static final class Builder {
        private static final int MAX_LINES = Integer.MAX_VALUE - 16;

        private final LineEncoder encoder;
        private final CodeDictionary functions = new CodeDictionary();
        private final CodeDictionary economics = new CodeDictionary();
        private int[] function = new int[1024];
        private int[] economic = new int[1024];
        private char[] unit = new char[1024];
        private byte[] cell = new byte[1024];
        private long[] amounts = new long[1024];
        private int n;
        private final List<BalanceLine> balances = new ArrayList<>();
        private Ledger initialBudget;

        private Builder(LedgerHeader header) {
            this.encoder = new LineEncoder(header);
        }

        /**
         * Adds a line. Its amount is held at the ledger's scale: fewer decimals are padded
         * exactly ({@code 30.0} at scale 2 is {@code 30.00}); more decimals are accepted only if
         * they are zeros.
         *
         * @param line the line
         * @return this builder
         * @throws LedgerException naming the line's index and field: a function code not a 项,
         *     an economic code of the other scheme, a unit the entity does not have, a spending
         *     type or source the stage does not allow, an amount that would need rounding
         */
        public Builder add(LedgerLine line) {
            Objects.requireNonNull(line, "line");
            int econ = encoder.economic(line, n);
            int u = encoder.unitIndex(line.unit(), n);
            return add(line.function().toInt(), econ, line.source(), line.type(), u, encoder.unscaled(line.amount(), n, "amount"));
        }

        /**
         * Adds a line given as primitives, the fast path for bulk data.
         *
         * @param functionCode the function 项 as a number, e.g. {@code 2101501}
         * @param economicCode the economic 款 or local sub-item of the header's scheme as a
         *     number, or 0 for none
         * @param source the fund source
         * @param type the spending type
         * @param unitIndex the index of the unit in the entity's units, or -1 for none
         * @param unscaledAmount the amount as a whole number at the ledger's scale
         * @return this builder
         * @throws LedgerException if a field is invalid, or the ledger already holds the most lines
         *     an array can (use a {@link LedgerAggregator} beyond that)
         */
        public Builder add(int functionCode, int economicCode, FundSource source, SpendingType type, int unitIndex, long unscaledAmount) {
            int slot = encoder.check(functionCode, economicCode, source, type, unitIndex, n);
            if (n == function.length) {
                if (n >= MAX_LINES) {
                    throw new LedgerException(LedgerException.Kind.INVALID_LINE, n, null,
                            "a ledger holds at most " + MAX_LINES + " lines; stream larger ones through a LedgerAggregator");
                }
                int cap = (int) Math.min(MAX_LINES, n + (long) (n >> 1) + 16);
                function = Arrays.copyOf(function, cap);
                economic = Arrays.copyOf(economic, cap);
                unit = Arrays.copyOf(unit, cap);
                cell = Arrays.copyOf(cell, cap);
                amounts = Arrays.copyOf(amounts, cap);
            }
            function[n] = functions.indexOf(functionCode);
            economic[n] = economics.indexOf(economicCode);
            unit[n] = (char) slot;
            cell[n] = (byte) (source.ordinal() * TupleCodec.TYPES + type.ordinal());
            amounts[n++] = unscaledAmount;
            return this;
        }

        /**
         * Adds a balance (结转结余). A budget holds only 年末结转和结余 (结转下年) and 结余分配; a
         * final account all four kinds.
         *
         * @param balance the balance
         * @return this builder
         * @throws LedgerException if the stage does not hold that kind, the source is not allowed,
         *     the unit is unknown or the amount needs rounding
         */
        public Builder addBalance(BalanceLine balance) {
            int i = balances.size();
            encoder.encodeBalance(balance, i);
            long v = encoder.unscaled(balance.amount(), i, "balance amount");
            balances.add(balance.withAmount(Amount.of(v, encoder.header.scale())));
            return this;
        }

        /**
         * Sets the initial budget (年初预算数) of a final account.
         *
         * @param budget a ledger of stage 年初预算 with otherwise the same header
         * @return this builder
         * @throws LedgerException if this is not a final account ({@link LedgerException.Kind#STAGE})
         *     or the headers differ ({@link LedgerException.Kind#HEADER_MISMATCH})
         */
        public Builder initialBudget(Ledger budget) {
            Objects.requireNonNull(budget, "budget");
            if (encoder.header.stage().isBudget()) {
                throw new LedgerException(LedgerException.Kind.STAGE, -1, "initialBudget",
                        "only a final account carries an initial budget; this is a " + encoder.header.stage().chineseName());
            }
            if (!budget.header.equals(encoder.header.withStage(Stage.BUDGET))) {
                throw new LedgerException(LedgerException.Kind.HEADER_MISMATCH, -1, "initialBudget",
                        "the initial budget must have the header " + encoder.header.withStage(Stage.BUDGET) + ", got " + budget.header);
            }
            this.initialBudget = budget;
            return this;
        }

        /** @return the number of lines added so far */
        public int size() {
            return n;
        }

        /** @return the ledger */
        public Ledger build() {
            return new Ledger(encoder.header, functions.toArray(), economics.toArray(), Arrays.copyOf(function, n),
                    Arrays.copyOf(economic, n), Arrays.copyOf(unit, n), Arrays.copyOf(cell, n), Arrays.copyOf(amounts, n),
                    ImmutableList.copyOf(balances), initialBudget);
        }
    }
}
