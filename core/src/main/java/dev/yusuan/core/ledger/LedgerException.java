package dev.yusuan.core.ledger;

import dev.yusuan.core.BudgetException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when line-level data is invalid (明细数据错误): a line whose function code is not a 项, an
 * amount with more decimals than the ledger keeps, a spending type or fund source the stage does
 * not allow, a unit the reporting entity does not have, an economic code of the wrong scheme, a
 * code the economic mapping does not cover. The message names the line (its index, 0-based, in
 * the order the lines were added) and the field. Overflow of a sum is reported as
 * {@link dev.yusuan.core.money.AmountException} ({@code OVERFLOW}), never wrapped.
 */
public final class LedgerException extends BudgetException {
    private static final long serialVersionUID = 1L;

    /** Why line-level data was rejected. */
    public enum Kind {
        /** The ledger header is invalid (year, scale, scheme). */
        INVALID_HEADER,
        /** A line or balance is invalid (a code at the wrong level, two economic codes). */
        INVALID_LINE,
        /** An amount has more decimals than the ledger keeps and cannot be rescaled exactly. */
        SCALE,
        /** The stage does not allow the spending type, fund source or balance kind. */
        STAGE,
        /** A unit code the reporting entity does not list, or a unit index out of range. */
        UNKNOWN_UNIT,
        /** An economic code of the other scheme than the ledger's. */
        SCHEME_MISMATCH,
        /** An economic code the mapping does not cover. */
        UNMAPPED_CODE,
        /** Two ledgers or aggregators that should share a header do not. */
        HEADER_MISMATCH
    }

    private final Kind kind;
    private final long line;
    private final String field;

    /**
     * @param kind why it failed
     * @param line the 0-based index of the line concerned, or -1 if none
     * @param field the field concerned (function, economic, source, type, unit, amount, …), or null
     * @param message a sentence naming the value and the problem
     */
    public LedgerException(Kind kind, long line, String field, String message) {
        super((line >= 0 ? "ledger line " + line + (field != null ? ", " + field : "") + ": "
                : field != null ? field + ": " : "") + message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.line = line;
        this.field = field;
    }

    /** @return why it failed */
    public Kind kind() {
        return kind;
    }

    /** @return the 0-based index of the line concerned */
    public OptionalLong line() {
        return line >= 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /** @return the field concerned */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
