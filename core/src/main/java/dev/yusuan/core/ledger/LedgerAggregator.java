package dev.yusuan.core.ledger;

import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import java.util.Arrays;
import java.util.Objects;

/**
 * Rolls up a ledger fed line by line (流式汇总), keeping only aggregates: one exact sum per function
 * 项, per economic code and per unit for each fund source × spending type, however many lines there
 * are. A 10-million-line ledger can be checked while streaming: feed the lines, then take the
 * {@link #result() roll-up}, which answers every total of {@link Rollup} and from which every
 * standard table can be derived.
 *
 * <p>Each line is validated as {@link Ledger.Builder} does (codes, stage, unit, exact scale); a
 * sum that overflows throws {@link dev.yusuan.core.money.AmountException} ({@code OVERFLOW}).
 *
 * <p>Not thread-safe: use one aggregator per thread and {@link #combine} them.
 */
public final class LedgerAggregator {
    private final LineEncoder encoder;
    private final Cubes cubes;
    private LongIntMap balIndex = new LongIntMap(16);
    private long[] balTuples = new long[16];
    private long[] balSums = new long[16];
    private int nb;
    private long lines;
    private long balances;
    private LedgerAggregator initialBudget;

    private LedgerAggregator(LedgerHeader header) {
        this.encoder = new LineEncoder(header);
        this.cubes = new Cubes(header.entity().units().size());
    }

    /**
     * @param header what the lines are about and their scale
     * @return an empty aggregator
     */
    public static LedgerAggregator of(LedgerHeader header) {
        return new LedgerAggregator(Objects.requireNonNull(header, "header"));
    }

    /** @return the header */
    public LedgerHeader header() {
        return encoder.header;
    }

    /**
     * Adds a line.
     *
     * @param line the line
     * @return this aggregator
     * @throws LedgerException if the line is invalid for the header (naming the line's index)
     * @throws dev.yusuan.core.money.AmountException if a sum overflows
     */
    public LedgerAggregator accept(LedgerLine line) {
        Objects.requireNonNull(line, "line");
        int economic = encoder.economic(line, lines);
        int unit = encoder.unitIndex(line.unit(), lines);
        return accept(line.function().toInt(), economic, line.source(), line.type(), unit, encoder.unscaled(line.amount(), lines, "amount"));
    }

    /**
     * Adds a line given as primitives, the fast path for bulk data.
     *
     * @param functionCode the function 项 as a number, e.g. {@code 2101501}
     * @param economicCode the economic 款 or local sub-item of the header's scheme as a number,
     *     e.g. {@code 30101}, or 0 for none
     * @param source the fund source
     * @param type the spending type
     * @param unitIndex the index of the unit in the entity's units, or -1 for none
     * @param unscaledAmount the amount as a whole number at the header's scale ({@code 168348}
     *     for 1683.48 at scale 2)
     * @return this aggregator
     * @throws LedgerException if a field is invalid
     * @throws dev.yusuan.core.money.AmountException if a sum overflows
     */
    public LedgerAggregator accept(int functionCode, int economicCode, FundSource source, SpendingType type, int unitIndex,
            long unscaledAmount) {
        int slot = encoder.check(functionCode, economicCode, source, type, unitIndex, lines);
        cubes.add(functionCode, economicCode, slot, source.ordinal() * TupleCodec.TYPES + type.ordinal(), unscaledAmount, lines);
        lines++;
        return this;
    }

    /**
     * Adds a balance (年初/年末结转和结余, 结余分配, 使用非财政拨款结余).
     *
     * @param balance the balance
     * @return this aggregator
     * @throws LedgerException if the stage does not hold that balance or a field is invalid
     */
    public LedgerAggregator acceptBalance(BalanceLine balance) {
        long tuple = encoder.encodeBalance(balance, balances);
        long v = encoder.unscaled(balance.amount(), balances, "balance amount");
        addBalance(tuple, v);
        balances++;
        return this;
    }

    private void addBalance(long tuple, long v) {
        int slot = balIndex.get(tuple);
        if (slot < 0) {
            slot = nb;
            if (nb == balTuples.length) {
                balTuples = Arrays.copyOf(balTuples, nb * 2);
                balSums = Arrays.copyOf(balSums, nb * 2);
            }
            balTuples[nb++] = tuple;
            balIndex.putIfAbsent(tuple, slot);
        }
        balSums[slot] = LineEncoder.add(balSums[slot], v, -1, "the balances");
    }

    /**
     * The aggregator of the initial budget (年初预算数) of a final account: feed it the budget
     * lines to have {@link Rollup#initialBudget()}. Created on first call.
     *
     * @return the initial-budget aggregator (stage 年初预算, otherwise the same header)
     * @throws LedgerException ({@link LedgerException.Kind#STAGE}) if this is not a final account
     */
    public LedgerAggregator initialBudget() {
        if (encoder.header.stage().isBudget()) {
            throw new LedgerException(LedgerException.Kind.STAGE, -1, "initialBudget",
                    "only a final account carries an initial budget; this is a " + encoder.header.stage().chineseName());
        }
        if (initialBudget == null) {
            initialBudget = new LedgerAggregator(encoder.header.withStage(Stage.BUDGET));
        }
        return initialBudget;
    }

    /**
     * Adds everything another aggregator holds (for parallel roll-ups).
     *
     * @param other an aggregator with the same header
     * @return this aggregator
     * @throws LedgerException ({@link LedgerException.Kind#HEADER_MISMATCH}) if the headers differ
     */
    public LedgerAggregator combine(LedgerAggregator other) {
        Objects.requireNonNull(other, "other");
        if (!other.encoder.header.equals(encoder.header)) {
            throw new LedgerException(LedgerException.Kind.HEADER_MISMATCH, -1, "header",
                    "cannot combine aggregators of different ledgers: " + encoder.header + " and " + other.encoder.header);
        }
        cubes.addAll(other.cubes);
        lines += other.lines;
        for (int i = 0; i < other.nb; i++) {
            addBalance(other.balTuples[i], other.balSums[i]);
        }
        balances += other.balances;
        if (other.initialBudget != null) {
            initialBudget().combine(other.initialBudget);
        }
        return this;
    }

    /** @return how many lines were accepted */
    public long lineCount() {
        return lines;
    }

    /**
     * How many aggregates the aggregator keeps: one per distinct function 项, per distinct economic
     * code and per unit (plus "no unit"), each a sum for every fund source × spending type. It keeps
     * no combination of them, so its memory does not grow with the number of distinct lines.
     *
     * @return the number of aggregates kept
     */
    public int distinctCombinations() {
        return cubes.functions.size() + cubes.economics.size() + cubes.byUnit.length / TupleCodec.CELLS;
    }

    /** @return the roll-ups of everything accepted so far (a snapshot; the aggregator can go on) */
    public Rollup result() {
        return Rollup.of(encoder.header, cubes.functions.toArray(), cubes.byFunction, cubes.economics.toArray(), cubes.byEconomic,
                cubes.byUnit, balTuples, balSums, nb, lines, initialBudget == null ? null : initialBudget.result());
    }
}
