package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.RuleSet;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.PropertyCheck;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.gen.LedgerShape;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code Validator.validate(Ledger)} runs only the rules that can report something on the tables
 * derived from the ledger's aggregates: its report must be the one every rule gives on the whole
 * derived statement, for every shape of ledger and every option of the validator — with and
 * without a catalog (ledgers of the catalog's codes, and of codes it lacks), with and without the
 * correspondence, with a province's identity that the derived tables break, and final accounts
 * whose projects pay 三公 (the X-3P-01 note). Unrestricted generators: no {@link Known} restriction.
 */
class LedgerValidationProperties {

    /** A province's rule that derived tables break whenever a budget has project spending. */
    private static final RuleSet PROVINCE = RuleSet.parseIdentities(new StringReader(
            "PROV-01\tWARNING\tbudget/expenditure-by-type\t*\tcolumns\ttotal\ttype/basic\t合计 = 基本支出\ttotal = basic\n"),
            "province.tsv");

    private static final DepartmentEconomicCode VEHICLE_PURCHASE = DepartmentEconomicCode.parse("31013");

    /** A validator option set, with the catalog the ledger's rows are labelled with. */
    private record Setup(String name, Validator validator, Optional<Catalog> catalog) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Gen<Setup> setups() {
        CodeCatalog edition2020 = Catalogs.requireEdition(2020);
        CodeCatalog edition2021 = Catalogs.requireEdition(2021);
        var mapping = edition2021.correspondence().toEconomicMapping();
        return Gens.elements(
                new Setup("standard", Validator.builder().build(), Optional.empty()),
                new Setup("catalog 2020", Validator.builder().catalog(edition2020).build(), Optional.of(edition2020)),
                new Setup("catalog 2021 + mapping", Validator.builder().catalog(edition2021).mapping(mapping).build(),
                        Optional.of(edition2021)),
                new Setup("mapping", Validator.builder().mapping(mapping).build(), Optional.empty()),
                new Setup("standard + province rule", Validator.builder().rules(RuleSet.standard().with(PROVINCE)).build(),
                        Optional.empty()),
                new Setup("without CODE-01, catalog 2021", Validator.builder().rules(RuleSet.standard().without("CODE-01"))
                        .catalog(edition2021).build(), Optional.of(edition2021)));
    }

    private static Gen<Ledger> ledgers() {
        CodeCatalog edition2020 = Catalogs.requireEdition(2020);
        CodeCatalog edition2021 = Catalogs.requireEdition(2021);
        return Gens.oneOf(
                BudgetGens.ledgers(LedgerShape.budget().lines(1, 15).units(0, 4)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(1, 25).units(0, 4)),
                BudgetGens.ledgers(LedgerShape.budget().lines(0, 15).localSubItems(true)
                        .economicCoding(LedgerShape.EconomicCoding.SOME_LINES)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(0, 15).carryOvers(false).initialBudget(false).units(0, 0)),
                BudgetGens.ledgers(LedgerShape.budget().stage(Stage.ADJUSTED_BUDGET).lines(1, 15)
                        .economicScheme(Scheme.GOVERNMENT_ECONOMIC)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(1, 15).economicCoding(LedgerShape.EconomicCoding.NONE)),
                BudgetGens.ledgers(LedgerShape.budget().lines(1, 15).amounts(AmountUnit.YUAN, 0)),
                BudgetGens.ledgers(LedgerShape.budget().lines(1, 30).catalog(edition2020)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(1, 30).catalog(edition2021).localSubItems(true)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(1, 15)).map(LedgerValidationProperties::projectsBuyCars));
    }

    /**
     * The final account with a car bought from a project: 31013 公务用车购置 of 一般公共预算 as
     * basic spending (1) and as project spending (100), so that the 三公 figure (101) exceeds the
     * basic-expenditure line (1) and X-3P-01 notes it.
     */
    private static Ledger projectsBuyCars(Ledger ledger) {
        Ledger.Builder b = Ledger.builder(ledger.header());
        ledger.lines().forEach(b::add);
        LedgerLine first = ledger.lines().get(0);
        for (SpendingType type : List.of(SpendingType.BASIC_PUBLIC, SpendingType.PROJECT)) {
            b.add(new LedgerLine(first.function(), Optional.of(VEHICLE_PURCHASE), Optional.empty(), FundSource.GENERAL_PUBLIC_BUDGET,
                    type, first.unit(), Amount.of(type == SpendingType.PROJECT ? 100 : 1)));
        }
        ledger.balances().forEach(b::addBalance);
        ledger.initialBudget().ifPresent(b::initialBudget);
        return b.build();
    }

    @Test
    void aLedgerGetsTheReportOfEveryRuleOnItsDerivedStatement() {
        Set<String> reported = new TreeSet<>();
        PropertyCheck.forAll(ledgers(), setups()).withTries(400).check((ledger, setup) -> {
            Report fast = setup.validator().validate(ledger);
            Report full = setup.validator().validate(BudgetGens.derive(ledger, setup.catalog()));
            assertThat(fast).as("%s", setup).isEqualTo(full);
            full.findings().forEach(f -> reported.add(f.ruleId()));
        });
        // the property is only as good as the findings it compared: each path that derives the
        // tables must have been taken (unknown codes, 三公 from projects, a province's rule)
        assertThat(reported).contains("CODE-01", "X-3P-01", "PROV-01");
    }
}
