package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.Generated.LedgerContent;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.gen.LedgerShape;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The round-trip properties on the testing module's domain generators: ledgers of the budget and
 * final-account shapes, and the statements derived from them.
 */
class BudgetGensProperties {
    static final Gen<Ledger> BUDGETS = BudgetGens.ledgers(LedgerShape.budget());
    static final Gen<Ledger> FINAL_ACCOUNTS = BudgetGens.ledgers(LedgerShape.finalAccount());
    static final Gen<PublishedStatement> DERIVED = BudgetGens.statements(LedgerShape.finalAccount());

    static boolean hasDuplicates(Ledger l) {
        Set<List<Object>> balances = new HashSet<>();
        for (BalanceLine b : l.balances()) {
            if (!balances.add(List.of(b.kind(), b.function(), b.source(), b.unit()))) {
                return true;
            }
        }
        return l.distinctCombinations() < l.size() || l.initialBudget().map(BudgetGensProperties::hasDuplicates).orElse(false);
    }

    static void ledgerRoundTrip(Ledger l) {
        if (hasDuplicates(l)) {
            // the format holds each line and balance key once: such a ledger is refused, never merged
            JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.toJson(l));
            assertThat(e).isNotNull();
            assertThat(e.kind()).isEqualTo(JsonFormatException.Kind.NOT_WRITABLE);
            assertThat(e.problem()).containsAnyOf("same key", "same kind");
            return;
        }
        String first = YusuanJson.toJson(l);
        Ledger read = YusuanJson.readLedger(first);
        assertThat(LedgerContent.of(read)).isEqualTo(LedgerContent.of(l));
        assertThat(YusuanJson.toJson(read)).isEqualTo(first);
    }

    @Property(tries = 150)
    void budgetLedgersRoundTrip(@ForAll("BUDGETS") Ledger l) {
        ledgerRoundTrip(l);
    }

    @Property(tries = 150)
    void finalAccountLedgersRoundTrip(@ForAll("FINAL_ACCOUNTS") Ledger l) {
        ledgerRoundTrip(l);
    }

    @Property(tries = 100)
    void derivedStatementsRoundTrip(@ForAll("DERIVED") PublishedStatement s) {
        String first = YusuanJson.toJson(s);
        PublishedStatement read = YusuanJson.readPublishedStatement(first);
        assertThat(read).isEqualTo(s);
        assertThat(YusuanJson.toJson(read)).isEqualTo(first);
        SchemaAndFormatDocTest.assertValid(first);
    }
}
