package dev.yusuan.core.ledger;

import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.money.Amount;
import java.util.Objects;

/**
 * The totals of one code, one unit or the whole ledger by fund source × spending type
 * (按资金来源和支出类型的汇总): the grid a roll-up keeps for each function code, economic code and
 * unit. A view into the roll-up, not a copy: take it once per row and {@link #sum sum} it for each
 * column, instead of looking the code up again for every column.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceTypeTotals {
    private static final int CELLS = TupleCodec.CELLS;

    private final long[] cube;
    private final int base;
    private final int scale;

    SourceTypeTotals(long[] cube, int base, int scale) {
        this.cube = cube;
        this.base = base;
        this.scale = scale;
    }

    static SourceTypeTotals zero(int scale) {
        return new SourceTypeTotals(new long[CELLS], 0, scale);
    }

    /**
     * @param slice the sources × types to add up
     * @return their total as a whole number at the ledger's scale
     * @throws dev.yusuan.core.money.AmountException if the sum overflows
     */
    public long unscaledSum(Slice slice) {
        long r = 0;
        int[] cells = Objects.requireNonNull(slice, "slice").cells();
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

    /**
     * @param slice the sources × types to add up
     * @return their total, at the ledger's scale
     */
    public Amount sum(Slice slice) {
        return Amount.of(unscaledSum(slice), scale);
    }

    /**
     * @param source a fund source
     * @param type a spending type
     * @return the total of that one cell
     */
    public Amount get(FundSource source, SpendingType type) {
        return Amount.of(cube[base + source.ordinal() * TupleCodec.TYPES + type.ordinal()], scale);
    }

    /** @return whether every cell is zero */
    public boolean isZero() {
        for (int c = 0; c < CELLS; c++) {
            if (cube[base + c] != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "SourceTypeTotals[" + sum(Slice.all()) + "]";
    }
}
