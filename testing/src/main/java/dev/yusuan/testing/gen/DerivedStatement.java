package dev.yusuan.testing.gen;

import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.table.PublishedStatement;
import java.util.Objects;

/**
 * A generated ledger (明细账) and the standard tables derived from it (由明细账生成的公开表), as
 * {@link BudgetGens#derivedStatements} generates them. Its {@link #toString()} lists the lines, so
 * that a failure report shows the data behind a counterexample.
 *
 * @param ledger the ledger
 * @param statement the tables derived from it
 */
public record DerivedStatement(Ledger ledger, PublishedStatement statement) {

    /** Validates. */
    public DerivedStatement {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(statement, "statement");
    }

    /** @return the ledger's lines, balances and initial budget, then the number of derived tables */
    @Override
    public String toString() {
        return BudgetGens.describe(ledger) + "\n  → " + statement.tables().size() + " derived tables";
    }
}
