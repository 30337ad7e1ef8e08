package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.LedgerAggregator;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.gen.DerivedStatement;
import dev.yusuan.testing.gen.LedgerShape;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import dev.yusuan.testing.mutate.Broken;
import dev.yusuan.testing.mutate.Mutation;
import dev.yusuan.testing.mutate.Mutators;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The standard {@link Validator} on derived statements: consistent ones pass, re-rounded ones
 * pass, and each mutation is reported, by the rules of its invariant only. The single-cell
 * property, per table kind, is in {@link CellChangeProperties}.
 */
class ValidatorProperties {

    private static final Validator VALIDATOR = Validator.builder().build();

    /** Budgets and final accounts of every shape option, small enough to validate quickly. */
    static Gen<DerivedStatement> statements() {
        return Gens.oneOf(
                derived(LedgerShape.budget().lines(1, 15).units(0, 4)),
                derived(LedgerShape.finalAccount().lines(1, 15).units(0, 4)),
                derived(LedgerShape.budget().lines(0, 15).localSubItems(true).economicCoding(LedgerShape.EconomicCoding.SOME_LINES)),
                derived(LedgerShape.finalAccount().lines(0, 15).carryOvers(false).initialBudget(false).units(0, 0)),
                derived(LedgerShape.budget().stage(Stage.ADJUSTED_BUDGET).lines(1, 15).economicScheme(Scheme.GOVERNMENT_ECONOMIC)),
                derived(LedgerShape.finalAccount().lines(1, 15).economicCoding(LedgerShape.EconomicCoding.NONE)),
                derived(LedgerShape.budget().lines(1, 15).amounts(AmountUnit.YUAN, 0)));
    }

    /** Statements derived from ledgers restricted for the known bug X-3P-01 (see {@link Known}). */
    static Gen<DerivedStatement> derived(LedgerShape shape) {
        return BudgetGens.ledgers(shape).map(Known::withoutThreePublicProjectSpending)
                .map(l -> new DerivedStatement(l, BudgetGens.derive(l, shape.catalog())));
    }

    @Property(tries = 200)
    void derivedStatementsHaveNoErrorAndNoWarning(@ForAll("statements") DerivedStatement d) {
        Report report = VALIDATOR.validate(d.statement());
        assertThat(report.count(Severity.ERROR) + report.count(Severity.WARNING))
                .as(() -> String.format("findings:%n%s", Statements.findings(report))).isZero();
    }

    @Property(tries = 100)
    void validatingALedgerOrItsStreamGivesTheSameReport(@ForAll("statements") DerivedStatement d) {
        LedgerAggregator aggregator = LedgerAggregator.of(d.ledger().header());
        for (int i = 0; i < d.ledger().size(); i++) {
            aggregator.accept(d.ledger().line(i));
        }
        d.ledger().balances().forEach(aggregator::acceptBalance);
        d.ledger().initialBudget().ifPresent(b -> b.feed(aggregator.initialBudget()));
        Report whole = VALIDATOR.validate(d.ledger());
        assertThat(VALIDATOR.validate(aggregator.result())).isEqualTo(whole);
        assertThat(whole.count(Severity.ERROR) + whole.count(Severity.WARNING))
                .as(() -> String.format("findings:%n%s", Statements.findings(whole))).isZero();
    }

    /** Ledgers of the codes of a bundled edition, derived with its names, checked against it: no finding above INFO. */
    static Gen<DerivedStatement> withCatalog() {
        return Gens.elements(2020, 2021).flatMap(year -> {
            CodeCatalog edition = Catalogs.requireEdition(year);
            return Gens.oneOf(derived(LedgerShape.budget().lines(1, 30).catalog(edition)),
                    derived(LedgerShape.finalAccount().lines(1, 30).catalog(edition).localSubItems(true)));
        });
    }

    @Property(tries = 100)
    void derivedStatementsPassTheCatalogOfTheirEdition(@ForAll("withCatalog") DerivedStatement d) {
        CodeCatalog edition = Catalogs.requireEdition(d.statement().year());
        Report report = Validator.builder().catalog(edition).build().validate(d.statement());
        assertThat(report.count(Severity.ERROR) + report.count(Severity.WARNING))
                .as(() -> String.format("findings:%n%s", Statements.findings(report))).isZero();
    }

    static Gen<Integer> fewerDecimals() {
        return Gens.elements(1, 0);
    }

    @Property(tries = 200)
    void reRoundingEveryValueNeverGivesAnError(@ForAll("statements") DerivedStatement d, @ForAll("fewerDecimals") int decimals) {
        PublishedStatement rounded = Statements.reround(d.statement(), decimals);
        Report report = VALIDATOR.validate(rounded);
        assertThat(report.hasErrors())
                .as(() -> String.format("re-rounded to %d decimals:%n%s", decimals, Statements.findings(report, Severity.ERROR)))
                .isFalse();
    }

    // ---------------------------------------------------------------- mutations

    static Gen<Broken<PublishedStatement>> droppedRows() {
        return statements().map(DerivedStatement::statement).filter(s -> Mutators.applies(Mutation.DROP_ROW, s), 1000)
                .flatMap(Mutators::dropRow);
    }

    /** The rules of the hierarchy: a dropped code row breaks these and nothing else. */
    private static final Set<String> HIERARCHY_RULES = Set.of("FN-HIER-01", "EC-HIER-01", "EC-HIER-02", "ROW-FN-01", "ROW-EC-01",
            "ROW-EC-02", "SUM-EXP-01");

    @Property(tries = 200)
    void aDroppedRowIsReportedAsABrokenHierarchy(@ForAll("droppedRows") Broken<PublishedStatement> broken) {
        Report report = VALIDATOR.validate(broken.broken());
        assertThat(broken.isNamedBy(report)).as(() -> String.format("%s%n%s", broken, Statements.findings(report))).isTrue();
        assertThat(errorRules(report)).as(() -> String.format("%s%n%s", broken, Statements.findings(report)))
                .isSubsetOf(HIERARCHY_RULES);
    }

    /** Codes moved under a wrong parent: under another branch, or under another 款 of their own 类. */
    static Gen<Broken<PublishedStatement>> wrongParents() {
        return statements().map(DerivedStatement::statement).filter(ValidatorProperties::hasWrongParent, 1000)
                .flatMap(Mutators::wrongParent);
    }

    private static boolean hasWrongParent(PublishedStatement s) {
        try {
            Mutators.wrongParent(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Property(tries = 150)
    void aCodeUnderTheWrongParentIsReportedByCode04Only(@ForAll("wrongParents") Broken<PublishedStatement> broken) {
        Report report = VALIDATOR.validate(broken.broken());
        // a misplaced row is a presentation problem, so CODE-04 is a WARNING: the numbers still add up
        assertThat(report.findings().stream().anyMatch(f -> f.ruleId().equals("CODE-04") && f.severity() == Severity.WARNING
                && broken.names(f))).as(() -> String.format("%s%n%s", broken, Statements.findings(report))).isTrue();
        assertThat(errorRules(report)).as(() -> String.format("%s%n%s", broken, Statements.findings(report))).isEmpty();
    }

    static Gen<Broken<PublishedStatement>> unbalanced() {
        return statements().map(DerivedStatement::statement).flatMap(Mutators::breakBalance);
    }

    @Property(tries = 200)
    void aBrokenBalanceIsReportedByBal01Only(@ForAll("unbalanced") Broken<PublishedStatement> broken) {
        Report report = VALIDATOR.validate(broken.broken());
        assertThat(broken.isNamedBy(report)).as(() -> String.format("%s%n%s", broken, Statements.findings(report))).isTrue();
        assertThat(errorRules(report)).as(() -> String.format("%s%n%s", broken, Statements.findings(report)))
                .containsExactly("BAL-01");
    }

    private static Set<String> errorRules(Report report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
