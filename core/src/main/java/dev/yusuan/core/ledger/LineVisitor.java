package dev.yusuan.core.ledger;

import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;

/**
 * Receives the lines of a ledger as primitives (逐行访问), without creating a {@link LedgerLine}
 * per line: the fast path of {@link Ledger#forEachLine}.
 */
@FunctionalInterface
public interface LineVisitor {

    /**
     * @param functionCode the function 项 as a number, e.g. {@code 2101501}
     * @param economicCode the economic code as a number, or 0 for none
     * @param source the fund source
     * @param type the spending type
     * @param unitIndex the index of the unit in the entity's units, or -1 for none
     * @param unscaledAmount the amount as a whole number at the ledger's scale
     */
    void visit(int functionCode, int economicCode, FundSource source, SpendingType type, int unitIndex, long unscaledAmount);
}
