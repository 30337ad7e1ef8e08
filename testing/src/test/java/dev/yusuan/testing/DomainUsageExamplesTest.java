package dev.yusuan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.gen.DerivedStatement;
import dev.yusuan.testing.gen.LedgerShape;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import dev.yusuan.testing.mutate.Broken;
import dev.yusuan.testing.mutate.Mutators;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The examples of the domain sections of {@code USAGE.md} (generators, mutators, other engines),
 * compiled and run. Every code block of those sections appears here word for word
 * ({@code UsageDocTest} checks it).
 */
class DomainUsageExamplesTest {

    // ---------------------------------------------------------------- generators

    @Test
    void domainGenerators() {
        Gen<FunctionCode> items = BudgetGens.functionCodes(CodeLevel.ITEM);
        Gen<FunctionCode> items2021 = BudgetGens.functionCodesIn(Catalogs.requireEdition(2021), CodeLevel.ITEM);
        Gen<Amount> cents = BudgetGens.amounts(2, Amount.ZERO, Amount.parse("99999.99"));
        Gen<Amount> lineAmounts = BudgetGens.amounts(AmountUnit.WAN_YUAN, 2);
        Gen<ReportingEntity> entities = BudgetGens.entities(2, 5);
        Gen<Ledger> budgets = BudgetGens.ledgers(LedgerShape.budget().lines(1, 50).units(2, 5));
        Gen<Ledger> large = BudgetGens.ledgers(LedgerShape.finalAccount().lines(1_000, 5_000));
        Gen<PublishedStatement> statements = BudgetGens.statements(LedgerShape.finalAccount());

        PropertyCheck.forAll(items, items2021, cents).withTries(50).check((a, b, c) -> assertThat(c.scale()).isEqualTo(2));
        PropertyCheck.forAll(lineAmounts, entities, budgets).withTries(50)
                .check((a, e, l) -> assertThat(e.units()).hasSizeBetween(2, 5));
        PropertyCheck.forAll(statements).withTries(5).check(s -> assertThat(s.tables()).isNotEmpty());
        assertThat(large.generate(new SplittableRandom(1)).size()).isBetween(1_000, 5_000);
    }

    @Test
    void ledgerShapes() {
        LedgerShape shape = LedgerShape.finalAccount()
                .lines(0, 30)                          // 0 to 30 lines (about 6 on average)
                .units(2, 4)                           // 2 to 4 budget units of different types
                .amounts(AmountUnit.YUAN, 0)           // whole 元
                .carryOvers(true)                      // 年初/年末结转和结余, 结余分配, 使用非财政拨款结余
                .initialBudget(true)                   // 年初预算数 beside the final figures
                .localSubItems(true)                   // 30112 split into 3011201, 3011202
                .catalog(Catalogs.requireEdition(2021)); // codes (and year) of the 2021 edition

        PropertyCheck.forAll(BudgetGens.ledgers(shape)).withTries(20)
                .check(ledger -> assertThat(ledger.header().year()).isEqualTo(2021));
    }

    static Gen<Ledger> smallBudgets() {
        return BudgetGens.ledgers(LedgerShape.budget().lines(0, 20));
    }

    @Property
    void theTotalIsTheSumOfTheCategories(@ForAll("smallBudgets") Ledger ledger) {
        Rollup rollup = ledger.rollup();
        Amount categories = Amount.sum(rollup.byFunction(CodeLevel.CATEGORY, Slice.all()).values());
        assertThat(categories).isEqualByComparingTo(rollup.total());
    }

    static Gen<DerivedStatement> derived() {
        return BudgetGens.derivedStatements(LedgerShape.budget().lines(1, 10));
    }

    @Property(tries = 50)
    void derivedStatementsHaveNoError(@ForAll("derived") DerivedStatement derived) {
        Report report = Validator.builder().build().validate(derived.statement());
        assertThat(report.hasErrors()).as("%s", derived).isFalse();
    }

    // ---------------------------------------------------------------- mutators

    static Gen<Broken<PublishedStatement>> changedExpenditureTables() {
        return BudgetGens.statements(LedgerShape.budget().lines(1, 10))
                .flatMap(statement -> Mutators.changeCell(statement, TableKind.BUDGET_EXPENDITURE));
    }

    @Property(tries = 50)
    void theValidatorNamesEveryChangedCell(@ForAll("changedExpenditureTables") Broken<PublishedStatement> broken) {
        Report report = Validator.builder().build().validate(broken.broken());
        assertThat(broken.isNamedBy(report)).as(broken.description()).isTrue();
    }

    // ---------------------------------------------------------------- other engines

    @Test
    void domainGeneratorsAsPlainFunctions() {
        RandomGenerator random = new SplittableRandom(42);
        Ledger ledger = BudgetGens.ledgers(LedgerShape.finalAccount()).generate(random);
        PublishedStatement statement = BudgetGens.derive(ledger, Optional.empty());
        Broken<PublishedStatement> broken = Mutators.breakBalance(statement).generate(random);

        assertThat(broken.broken()).isNotEqualTo(statement);
        assertThat(BudgetGens.describe(ledger)).startsWith(ledger.header().entity().name());
    }
}
