package dev.yusuan.core.ledger;

import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;

/**
 * Layout constants and packing of the ledger. Package-private.
 *
 * <p>A cube cell is a fund source × spending type: {@code source.ordinal() * TYPES + type.ordinal()}.
 * A unit slot is 0 for "no unit", {@code i + 1} for unit {@code i} of the entity.
 *
 * <p>Balance tuples pack kind (2 bits), function 项 minus 2000000 (20), source (4), unit slot (16).
 */
final class TupleCodec {
    static final int SOURCES = FundSource.values().length;
    static final int TYPES = SpendingType.values().length;
    static final int CELLS = SOURCES * TYPES;
    static final FundSource[] SOURCE_VALUES = FundSource.values();
    static final SpendingType[] TYPE_VALUES = SpendingType.values();

    static {
        if (SOURCES > 16 || TYPES > 8) {
            throw new ExceptionInInitializerError("the ledger layout holds at most 16 fund sources and 8 spending types");
        }
    }

    private final int base5;
    private final int base7;

    TupleCodec(Scheme scheme) {
        int lead = scheme.leadingDigit() - '0';
        this.base5 = lead * 10_000;
        this.base7 = lead * 1_000_000;
    }

    static boolean isFunctionItem(int code) {
        return code >= 2_000_000 && code <= 2_999_999;
    }

    /** @return whether the code is 0 (none) or a 款 or local code of this scheme */
    boolean isEconomic(int code) {
        return code == 0 || (code >= base5 && code < base5 + 10_000) || (code >= base7 && code < base7 + 1_000_000);
    }

    static long packBalance(int kind, int function, int source, int unitSlot) {
        return kind | ((function - 2_000_000L) << 2) | ((long) source << 22) | ((long) unitSlot << 26);
    }

    static int balanceKind(long tuple) {
        return (int) (tuple & 0x3);
    }

    static int balanceFunction(long tuple) {
        return (int) ((tuple >>> 2) & 0xFFFFF) + 2_000_000;
    }

    static int balanceSource(long tuple) {
        return (int) ((tuple >>> 22) & 0xF);
    }

    static int balanceUnitSlot(long tuple) {
        return (int) ((tuple >>> 26) & 0xFFFF);
    }
}
