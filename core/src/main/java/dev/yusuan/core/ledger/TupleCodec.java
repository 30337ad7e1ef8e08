package dev.yusuan.core.ledger;

import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;

/**
 * Packs the dimensions of a line into one long (a "tuple"): function 项 (20 bits), economic code
 * (20 bits), fund source (4), spending type (3), unit slot (16; 0 = no unit). Package-private.
 *
 * <p>Function 项 codes are 2000000–2999999, stored minus 2000000. Economic codes of the ledger's
 * scheme with leading digit d: 0 = none; a 款 d0000–d9999 is stored as 1–10000; a local sub-item
 * d000000–d999999 as 10001–1010000.
 *
 * <p>Balance tuples: kind (2 bits), function (20), source (4), unit slot (16).
 */
final class TupleCodec {
    static final int SOURCES = FundSource.values().length;
    static final int TYPES = SpendingType.values().length;
    static final int CELLS = SOURCES * TYPES;
    static final FundSource[] SOURCE_VALUES = FundSource.values();
    static final SpendingType[] TYPE_VALUES = SpendingType.values();

    static {
        if (SOURCES > 16 || TYPES > 8) {
            throw new ExceptionInInitializerError("tuple layout holds at most 16 fund sources and 8 spending types");
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

    long pack(int function, int economic, int source, int type, int unitSlot) {
        long e;
        if (economic == 0) {
            e = 0;
        } else if (economic < base5 + 10_000) {
            e = economic - base5 + 1;
        } else {
            e = economic - base7 + 10_001L;
        }
        return (function - 2_000_000L) | (e << 20) | ((long) source << 40) | ((long) type << 44) | ((long) unitSlot << 47);
    }

    static int function(long tuple) {
        return (int) (tuple & 0xFFFFF) + 2_000_000;
    }

    int economic(long tuple) {
        int e = (int) ((tuple >>> 20) & 0xFFFFF);
        if (e == 0) {
            return 0;
        }
        return e <= 10_000 ? base5 + e - 1 : base7 + e - 10_001;
    }

    static int source(long tuple) {
        return (int) ((tuple >>> 40) & 0xF);
    }

    static int type(long tuple) {
        return (int) ((tuple >>> 44) & 0x7);
    }

    static int unitSlot(long tuple) {
        return (int) ((tuple >>> 47) & 0xFFFF);
    }

    static int cell(long tuple) {
        return source(tuple) * TYPES + type(tuple);
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
