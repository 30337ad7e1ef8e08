package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.PropertyCheck;
import dev.yusuan.testing.gen.DerivedStatement;
import dev.yusuan.testing.gen.LedgerShape;
import dev.yusuan.testing.mutate.Broken;
import dev.yusuan.testing.mutate.Mutators;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Any single cell of a derived table changed by more than rounding gives an ERROR that names the
 * cell (table kind, row key, column): every try derives a statement from a small ledger and changes
 * one cell of <em>every</em> table in it, so that 1,000 tries check every table kind 1,000 times.
 *
 * <p>For speed the changed tables of a try are validated together, once: the rules within a table
 * (hierarchy, identities, column groups, balance, code order) find in each table what they would
 * find in it alone, so a change counts as named when a finding of such a rule, located in its
 * table, names it. Only a change that none names is validated again on its own, in its whole
 * statement, for the checks across tables.
 */
class CellChangeProperties {

    private static final int TRIES = 1_000;
    private static final Validator VALIDATOR = Validator.builder().build();

    /** A derived statement and one changed cell in each of its tables. */
    record Case(DerivedStatement derived, List<Broken<PublishedStatement>> changes) {
        @Override
        public String toString() {
            return derived + changes.stream().map(b -> "\n  " + b.description()).collect(Collectors.joining());
        }
    }

    static Gen<Case> cases(Gen<DerivedStatement> statements) {
        // cells no rule checks are left out: see Known.unchecked for the gaps
        return statements.flatMap(d -> Mutators.changeCellInEveryTable(d.statement(), c -> !Known.unchecked(d.statement(), c))
                .map(changes -> new Case(d, changes)));
    }

    /** Small budgets of several shapes, each with every budget table (部门 economic codes on every line). */
    static Gen<DerivedStatement> budgets() {
        return Gens.oneOf(ValidatorProperties.derived(LedgerShape.budget().lines(1, 6).units(0, 2)),
                ValidatorProperties.derived(LedgerShape.budget().stage(Stage.ADJUSTED_BUDGET).lines(0, 6).localSubItems(true)
                        .amounts(AmountUnit.YUAN, 0)),
                ValidatorProperties.derived(LedgerShape.budget().lines(1, 6).carryOvers(false).amounts(AmountUnit.WAN_YUAN, 4)));
    }

    /** Small final accounts of several shapes, each with every final-account table. */
    static Gen<DerivedStatement> finalAccounts() {
        return Gens.oneOf(ValidatorProperties.derived(LedgerShape.finalAccount().lines(1, 6).units(0, 2)),
                ValidatorProperties.derived(LedgerShape.finalAccount().lines(0, 6).localSubItems(true).initialBudget(false)),
                ValidatorProperties.derived(LedgerShape.finalAccount().lines(1, 6).carryOvers(false).amounts(AmountUnit.YUAN, 2)));
    }

    /** The rules that compare tables with each other: their findings in a statement of several changed tables do not count. */
    private static final Set<String> ACROSS_TABLES = Set.of("X-EXP-01", "X-INC-01", "X-FIS-01", "X-BAS-01", "X-GF-01", "X-3P-01",
            "MAP-01", "MAP-02");

    /** The statement with the changed table of every change. */
    private static PublishedStatement allChanged(PublishedStatement original, List<Broken<PublishedStatement>> changes) {
        PublishedTable[] tables = original.tables().toArray(new PublishedTable[0]);
        for (Broken<PublishedStatement> b : changes) {
            tables[b.location().table()] = b.broken().tables().get(b.location().table());
        }
        PublishedStatement.Builder s = PublishedStatement.builder(original.source(), original.entity(), original.year(), original.stage(),
                original.unit());
        for (PublishedTable t : tables) {
            s.table(t);
        }
        return s.build();
    }

    private static void check(Case c) {
        Report together = VALIDATOR.validate(allChanged(c.derived().statement(), c.changes()));
        for (Broken<PublishedStatement> broken : c.changes()) {
            String table = broken.location().kind().id();
            Report within = together.filter(f -> !ACROSS_TABLES.contains(f.ruleId()) && f.location().table().equals(Optional.of(table)));
            Report report = broken.isNamedBy(within) ? within : VALIDATOR.validate(broken.broken());
            assertThat(broken.isNamedBy(report)).as(() -> String.format("no ERROR names the cell: %s%nfindings:%n%s",
                    broken.description(), Statements.findings(report, Severity.ERROR))).isTrue();
        }
    }

    private static void checkEveryKind(Gen<DerivedStatement> statements, int kinds) {
        Map<TableKind, Integer> tries = new EnumMap<>(TableKind.class);
        int[] cases = {0};
        PropertyCheck.forAll(cases(statements)).withTries(TRIES).check(c -> {
            cases[0]++;
            check(c);
            c.changes().forEach(broken -> tries.merge(broken.location().kind(), 1, Integer::sum));
        });
        // every try changes a cell of every kind: as many checks per kind as tries, for every kind of the stage
        assertThat(tries).hasSize(kinds);
        assertThat(tries.values()).allSatisfy(n -> assertThat(n).isEqualTo(cases[0]));
    }

    @Test
    void everyChangedCellOfABudgetTableIsNamedByAnError() {
        checkEveryKind(budgets(), 13);
    }

    @Test
    void everyChangedCellOfAFinalAccountTableIsNamedByAnError() {
        checkEveryKind(finalAccounts(), 9);
    }
}
