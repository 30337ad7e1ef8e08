package dev.yusuan.examples.convert;

import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the lines of a ledger that share a key (function, economic code, source, type, unit),
 * keeping the order of first appearance. {@link Ledger#toGovernmentEconomic} re-keys each line and
 * so may leave several lines with one key (30101, 30102 and 30103 all become 50101), while the
 * JSON format holds each key once.
 */
public final class LedgerMerge {
    private LedgerMerge() {
    }

    private record Key(int function, int economic, FundSource source, SpendingType type, int unit) {
    }

    /**
     * @param ledger a ledger
     * @return a ledger with one line per key (the initial budget merged likewise), the balances as they are
     */
    public static Ledger merged(Ledger ledger) {
        Map<Key, Long> sums = new LinkedHashMap<>();
        ledger.forEachLine((function, economic, source, type, unit, amount) ->
                sums.merge(new Key(function, economic, source, type, unit), amount, Math::addExact));
        Ledger.Builder b = Ledger.builder(ledger.header());
        sums.forEach((k, v) -> b.add(k.function(), k.economic(), k.source(), k.type(), k.unit(), v));
        List<BalanceLine> balances = ledger.balances();
        balances.forEach(b::addBalance);
        ledger.initialBudget().ifPresent(budget -> b.initialBudget(merged(budget)));
        return b.build();
    }
}
