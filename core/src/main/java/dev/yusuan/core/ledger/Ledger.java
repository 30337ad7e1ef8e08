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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A line-level statement (明细账): the lines of a budget (预算) or final account (决算) of one
 * reporting entity and year — function 项 × economic 款 (either scheme, or none) × fund source ×
 * spending type × unit → amount — and, for a final account, its balances (年初/年末结转和结余,
 * 结余分配, 使用非财政拨款结余) and its initial budget (年初预算数) beside the final amounts.
 *
 * <p><b>Layout.</b> Columnar and dictionary-encoded: each line is an {@code int} key into a table
 * of distinct dimension combinations (each packed into one {@code long}) and a {@code long}
 * unscaled amount at the one ledger-wide {@linkplain LedgerHeader#scale() scale}. That is 12 bytes
 * per line plus 8 bytes per distinct combination (at most 20 bytes per line when every line is
 * distinct). Amounts are exact; an amount with more decimals than the ledger keeps is rejected,
 * never rounded.
 *
 * <p>{@link #rollup()} gives every total (by function, economic code, source, type, unit); it is
 * computed once, in one pass with one array update per line. {@link #forEachLine} and
 * {@link #lines()} read the lines back in the order they were added.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder}; equality is identity.
 */
public final class Ledger {
    private final LedgerHeader header;
    private final TupleCodec codec;
    private final long[] tuples;
    private final int[] keys;
    private final long[] amounts;
    private final ImmutableList<BalanceLine> balances;
    private final Ledger initialBudget;
    private volatile Rollup rollup;

    private Ledger(LedgerHeader header, long[] tuples, int[] keys, long[] amounts, ImmutableList<BalanceLine> balances, Ledger initialBudget) {
        this.header = header;
        this.codec = new TupleCodec(header.economicScheme());
        this.tuples = tuples;
        this.keys = keys;
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
        return keys.length;
    }

    /** @return the number of distinct dimension combinations among the lines */
    public int distinctCombinations() {
        return tuples.length;
    }

    private long tuple(int i) {
        return tuples[keys[Objects.checkIndex(i, keys.length)]];
    }

    /**
     * @param i a line index, 0-based
     * @return the function 项 of the line as a number
     */
    public int functionCode(int i) {
        return TupleCodec.function(tuple(i));
    }

    /**
     * @param i a line index
     * @return the economic code of the line as a number, 0 for none
     */
    public int economicCode(int i) {
        return codec.economic(tuple(i));
    }

    /**
     * @param i a line index
     * @return the fund source of the line
     */
    public FundSource source(int i) {
        return TupleCodec.SOURCE_VALUES[TupleCodec.source(tuple(i))];
    }

    /**
     * @param i a line index
     * @return the spending type of the line
     */
    public SpendingType type(int i) {
        return TupleCodec.TYPE_VALUES[TupleCodec.type(tuple(i))];
    }

    /**
     * @param i a line index
     * @return the index of the line's unit in the entity's units, -1 for none
     */
    public int unitIndex(int i) {
        return TupleCodec.unitSlot(tuple(i)) - 1;
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
        long t = tuple(i);
        int econ = codec.economic(t);
        Optional<DepartmentEconomicCode> dept = Optional.empty();
        Optional<GovernmentEconomicCode> gov = Optional.empty();
        if (econ != 0) {
            if (header.economicScheme() == Scheme.DEPARTMENT_ECONOMIC) {
                dept = Optional.of(DepartmentEconomicCode.parse(Integer.toString(econ)));
            } else {
                gov = Optional.of(GovernmentEconomicCode.parse(Integer.toString(econ)));
            }
        }
        int slot = TupleCodec.unitSlot(t);
        Optional<String> unit = slot == 0 ? Optional.empty() : Optional.of(header.entity().units().get(slot - 1).code());
        return new LedgerLine(FunctionCode.parse(Integer.toString(TupleCodec.function(t))), dept, gov,
                TupleCodec.SOURCE_VALUES[TupleCodec.source(t)], TupleCodec.TYPE_VALUES[TupleCodec.type(t)], unit, amount(i));
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
            return keys.length;
        }
    }

    /**
     * Visits every line as primitives, in the order added.
     *
     * @param visitor the visitor
     */
    public void forEachLine(LineVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        for (int i = 0; i < keys.length; i++) {
            long t = tuples[keys[i]];
            visitor.visit(TupleCodec.function(t), codec.economic(t), TupleCodec.SOURCE_VALUES[TupleCodec.source(t)],
                    TupleCodec.TYPE_VALUES[TupleCodec.type(t)], TupleCodec.unitSlot(t) - 1, amounts[i]);
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
     * amount into the sum of its dimension combination with {@link Math#addExact}, then the
     * combinations into the totals of every level.
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
        long[] sums = new long[tuples.length];
        int i = 0;
        try {
            for (; i < keys.length; i++) {
                int k = keys[i];
                sums[k] = Math.addExact(sums[k], amounts[i]);
            }
        } catch (ArithmeticException e) {
            throw LineEncoder.overflow(sums[keys[i]], amounts[i], i, "the lines");
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
        return Rollup.of(header, tuples, sums, tuples.length, bt, bs, nb, keys.length,
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
     * mapping, by the type of each line's unit. Each distinct combination is mapped once; the lines
     * are re-keyed with one array lookup each, and the amounts are shared, not copied. The initial
     * budget is converted too; balances have no economic code.
     *
     * @param mapping the 部门 → 政府 correspondence
     * @param defaultUnitType the unit type for lines without unit
     * @return a ledger with the same lines in 政府 economic codes
     * @throws LedgerException ({@link LedgerException.Kind#SCHEME_MISMATCH}) if this ledger already
     *     holds 政府 codes; ({@link LedgerException.Kind#UNMAPPED_CODE}) naming the code and unit
     *     type if the mapping does not cover a code
     */
    public Ledger toGovernmentEconomic(EconomicMapping mapping, UnitType defaultUnitType) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(defaultUnitType, "defaultUnitType");
        if (header.economicScheme() != Scheme.DEPARTMENT_ECONOMIC) {
            throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, -1, "economic",
                    "this ledger already holds " + header.economicScheme().chineseName());
        }
        LedgerHeader gov = header.withEconomicScheme(Scheme.GOVERNMENT_ECONOMIC);
        TupleCodec target = new TupleCodec(Scheme.GOVERNMENT_ECONOMIC);
        List<BudgetUnit> units = header.entity().units();
        Map<Long, Integer> cache = new HashMap<>();
        LongIntMap index = new LongIntMap(tuples.length);
        long[] out = new long[tuples.length];
        int n = 0;
        int[] remap = new int[tuples.length];
        for (int t = 0; t < tuples.length; t++) {
            long tuple = tuples[t];
            int slot = TupleCodec.unitSlot(tuple);
            int econ = codec.economic(tuple);
            int mapped = 0;
            if (econ != 0) {
                UnitType type = slot == 0 ? defaultUnitType : units.get(slot - 1).type();
                mapped = cache.computeIfAbsent(((long) econ << 8) | type.ordinal(), k -> map(mapping, econ, type));
            }
            long nt = target.pack(TupleCodec.function(tuple), mapped, TupleCodec.source(tuple), TupleCodec.type(tuple), slot);
            int existing = index.putIfAbsent(nt, n);
            if (existing < 0) {
                out[n] = nt;
                remap[t] = n++;
            } else {
                remap[t] = existing;
            }
        }
        int[] newKeys = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            newKeys[i] = remap[keys[i]];
        }
        return new Ledger(gov, Arrays.copyOf(out, n), newKeys, amounts, balances,
                initialBudget == null ? null : initialBudget.toGovernmentEconomic(mapping, defaultUnitType));
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
        return "Ledger of " + header.entity().name() + " " + header.year() + " " + header.stage().chineseName() + ", " + keys.length
                + " lines, " + balances.size() + " balances";
    }

    /**
     * Builds a {@link Ledger}, validating each line as it is added. Not thread-safe.
     */
    public static final class Builder {
        private final LineEncoder encoder;
        private final LongIntMap index = new LongIntMap(256);
        private long[] tuples = new long[256];
        private int nt;
        private int[] keys = new int[1024];
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
            long tuple = encoder.encode(line, n);
            return append(tuple, encoder.unscaled(line.amount(), n, "amount"));
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
         * @throws LedgerException if a field is invalid
         */
        public Builder add(int functionCode, int economicCode, FundSource source, SpendingType type, int unitIndex, long unscaledAmount) {
            return append(encoder.encode(functionCode, economicCode, source, type, unitIndex, n), unscaledAmount);
        }

        private Builder append(long tuple, long unscaled) {
            int k = index.get(tuple);
            if (k < 0) {
                k = nt;
                if (nt == tuples.length) {
                    tuples = Arrays.copyOf(tuples, nt * 2);
                }
                tuples[nt++] = tuple;
                index.putIfAbsent(tuple, k);
            }
            if (n == keys.length) {
                int cap = n + (n >> 1);
                keys = Arrays.copyOf(keys, cap);
                amounts = Arrays.copyOf(amounts, cap);
            }
            keys[n] = k;
            amounts[n++] = unscaled;
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
            return new Ledger(encoder.header, Arrays.copyOf(tuples, nt), Arrays.copyOf(keys, n), Arrays.copyOf(amounts, n),
                    ImmutableList.copyOf(balances), initialBudget);
        }
    }
}
