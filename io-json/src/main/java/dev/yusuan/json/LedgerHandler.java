package dev.yusuan.json;

import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LineVisitor;

/**
 * Receives a {@code ledger} document while it is read, without the document or the ledger ever
 * being held in memory (流式读取): the header first, then the balances, then (for a final
 * account) the initial budget, then each line as primitives through
 * {@link LineVisitor#visit}, then {@link #end()}.
 *
 * <p>Every value has been checked before it is passed on: codes, the unit, the stage rules and
 * the exact scale of amounts; a line key seen twice stops the reading with a
 * {@link JsonFormatException} before the second line is passed on. An exception thrown by the
 * handler stops the reading; a {@link dev.yusuan.core.BudgetException} is rethrown as a
 * {@link JsonFormatException} pointing at the line concerned.
 *
 * <p>Used by {@link YusuanJson#readLedger(java.io.InputStream, LedgerHandler)}.
 */
public interface LedgerHandler extends LineVisitor {

    /**
     * Called once, before anything else.
     *
     * @param header the ledger's header
     */
    default void header(LedgerHeader header) {
    }

    /**
     * Called for each balance (结转结余), in document order, before the lines. Its amount is at
     * the header's scale.
     *
     * @param balance the balance
     */
    default void balance(BalanceLine balance) {
    }

    /**
     * Called when a final account's initial budget (年初预算数) starts, before the main lines.
     *
     * @param header the initial budget's header: this ledger's with stage {@code BUDGET}
     * @return the handler of the initial budget's balances and lines, or null to have them read
     *     and checked but not passed on (the default)
     */
    default LedgerHandler initialBudget(LedgerHeader header) {
        return null;
    }

    /** Called once after the last line, when the whole document has been read and checked. */
    default void end() {
    }
}
