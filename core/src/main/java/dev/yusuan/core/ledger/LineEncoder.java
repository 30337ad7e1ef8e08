package dev.yusuan.core.ledger;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Validates lines and balances against a header and packs them. Package-private, not thread-safe. */
final class LineEncoder {
    final LedgerHeader header;
    final TupleCodec codec;
    private final Map<String, Integer> units = new HashMap<>();

    private final boolean stageIsBudget;
    private final int unitCount;

    LineEncoder(LedgerHeader header) {
        this.header = header;
        this.codec = new TupleCodec(header.economicScheme());
        this.stageIsBudget = header.stage().isBudget();
        this.unitCount = header.entity().units().size();
        for (int i = 0; i < header.entity().units().size(); i++) {
            units.put(header.entity().units().get(i).code(), i);
        }
    }

    /**
     * Checks a line given as primitives.
     *
     * @return the unit slot (0 for none)
     */
    int check(int function, int economic, FundSource source, SpendingType type, int unitIndex, long line) {
        if (source == null || type == null) {
            throw new NullPointerException(source == null ? "source" : "type");
        }
        if (!TupleCodec.isFunctionItem(function)) {
            throw new LedgerException(LedgerException.Kind.INVALID_LINE, line, "function",
                    "function code " + function + " is not a 支出功能分类 项 (7 digits starting with 2)");
        }
        if (!codec.isEconomic(economic)) {
            throw new LedgerException(LedgerException.Kind.INVALID_LINE, line, "economic",
                    "economic code " + economic + " is not a " + header.economicScheme().chineseName()
                            + " 款 (5 digits) or local sub-item (7 digits) starting with " + header.economicScheme().leadingDigit()
                            + ", nor 0 for none");
        }
        if (stageIsBudget ? type.isFinalAccountOnly() : (source == FundSource.CARRY_OVER || source == FundSource.BUSINESS_FUND)) {
            if (stageIsBudget) {
                throw new LedgerException(LedgerException.Kind.STAGE, line, "type",
                        type.chineseName() + " appears only in final accounts, not in a " + header.stage().chineseName() + " ledger");
            }
            checkSource(source, line, "source");
        }
        if (unitIndex < -1 || unitIndex >= unitCount) {
            throw new LedgerException(LedgerException.Kind.UNKNOWN_UNIT, line, "unit",
                    "unit index " + unitIndex + " is outside -1.." + (unitCount - 1));
        }
        return unitIndex + 1;
    }

    private void checkSource(FundSource source, long line, String field) {
        if (!header.stage().isBudget() && (source == FundSource.CARRY_OVER || source == FundSource.BUSINESS_FUND)) {
            throw new LedgerException(LedgerException.Kind.STAGE, line, field, "a final account holds " + source.chineseName()
                    + " as a balance (" + (source == FundSource.CARRY_OVER ? BalanceKind.OPENING_CARRY_OVER : BalanceKind.USE_OF_NON_FISCAL_SURPLUS)
                    + "), not as a fund source");
        }
    }

    /** The economic code of a line as a number (0 for none), checked against the ledger's scheme. */
    int economic(LedgerLine l, long line) {
        Optional<? extends ClassificationCode<?>> econ = l.economic();
        if (econ.isEmpty()) {
            return 0;
        }
        if (econ.get().scheme() != header.economicScheme()) {
            throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, line, "economic", "economic code " + econ.get()
                    + " is of the " + econ.get().scheme().chineseName() + "; this ledger holds " + header.economicScheme().chineseName());
        }
        return econ.get().toInt();
    }

    int unitIndex(Optional<String> unit, long line) {
        if (unit.isEmpty()) {
            return -1;
        }
        Integer i = units.get(unit.get());
        if (i == null) {
            throw new LedgerException(LedgerException.Kind.UNKNOWN_UNIT, line, "unit",
                    "unit " + unit.get() + " is not a unit of " + header.entity().name() + " (units: " + units.keySet() + ")");
        }
        return i;
    }

    /** The unscaled value of an amount at the ledger's scale, exactly. */
    long unscaled(Amount amount, long line, String field) {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() == header.scale()) {
            return amount.unscaledValue();
        }
        try {
            return amount.withScale(header.scale()).unscaledValue();
        } catch (AmountException e) {
            if (e.kind() == AmountException.Kind.ROUNDING_NECESSARY) {
                throw new LedgerException(LedgerException.Kind.SCALE, line, field, "amount " + amount + " has " + amount.scale()
                        + " decimals; this ledger keeps " + header.scale() + " and does not round");
            }
            throw new AmountException(e.kind(), e.input(), "ledger line " + line + ", " + field + ": " + e.getMessage());
        }
    }

    /** Packs a balance, after checking it is allowed in the stage. */
    long encodeBalance(BalanceLine b, long index) {
        Objects.requireNonNull(b, "balance");
        if (!b.kind().allowedIn(header.stage())) {
            throw new LedgerException(LedgerException.Kind.STAGE, index, "balance", b.kind().chineseName() + " is not held in a "
                    + header.stage().chineseName() + " ledger (a budget holds 上年结转 and 用事业基金弥补 as fund sources)");
        }
        if ((b.kind() == BalanceKind.SURPLUS_DISTRIBUTION || b.kind() == BalanceKind.USE_OF_NON_FISCAL_SURPLUS) && b.source().isFiscal()) {
            throw new LedgerException(LedgerException.Kind.INVALID_LINE, index, "source", b.kind().chineseName()
                    + " concerns non-fiscal money; it cannot have the fiscal source " + b.source().chineseName());
        }
        checkSource(b.source(), index, "source");
        return TupleCodec.packBalance(b.kind().ordinal(), b.function().toInt(), b.source().ordinal(), unitIndex(b.unit(), index) + 1);
    }

    static long add(long a, long b, long line, String what) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a, b, line, what);
        }
    }

    static AmountException overflow(long a, long b, long line, String what) {
        return new AmountException(AmountException.Kind.OVERFLOW, a + " + " + b,
                (line >= 0 ? "ledger line " + line + ": " : "") + "the sum of " + what + " overflows the exact amount range");
    }

    static long subtract(long a, long b, String what) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw new AmountException(AmountException.Kind.OVERFLOW, a + " - " + b,
                    "the difference in " + what + " overflows the exact amount range");
        }
    }

    Scheme scheme() {
        return header.economicScheme();
    }
}
