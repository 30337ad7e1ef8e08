package dev.yusuan.testing.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.derive.TableDeriver;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.PropertyCheck;
import dev.yusuan.testing.PropertyFailure;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The domain generators keep their promises: valid by construction, shaped as asked, and they shrink. */
class BudgetGensProperties {

    static Gen<Long> seeds() {
        return Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A scheme and one of its levels. */
    record Level(Scheme scheme, CodeLevel level) {
    }

    static Gen<Level> levels() {
        return Gens.elements(Scheme.values()).flatMap(s -> Gens.elements(s.levels()).map(l -> new Level(s, l)));
    }

    @Property(tries = 300)
    void codesAreOfTheirSchemeAndLevel(@ForAll("levels") Level level, @ForAll("seeds") long seed) {
        String text = BudgetGens.codeTexts(level.scheme(), level.level()).generate(new SplittableRandom(seed));
        assertThat(text).hasSize(level.level().length()).matches("[0-9]+").startsWith(String.valueOf(level.scheme().leadingDigit()));
        ClassificationCode<?> code = switch (level.scheme()) {
            case FUNCTION -> BudgetGens.functionCodes(level.level()).generate(new SplittableRandom(seed));
            case DEPARTMENT_ECONOMIC -> BudgetGens.departmentEconomicCodes(level.level()).generate(new SplittableRandom(seed));
            case GOVERNMENT_ECONOMIC -> BudgetGens.governmentEconomicCodes(level.level()).generate(new SplittableRandom(seed));
            case REVENUE -> BudgetGens.revenueCodes(level.level()).generate(new SplittableRandom(seed));
        };
        assertThat(code.scheme()).isEqualTo(level.scheme());
        assertThat(code.level()).isEqualTo(level.level());
        assertThat(code).hasToString(text);
    }

    @Test
    void codesShrinkToTheFirstCodeOfTheirLevel() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyCheck.forAll(BudgetGens.functionCodes(CodeLevel.ITEM)).check(c -> {
                    throw new AssertionError("always fails");
                }));
        assertThat(failure.shrunk()).hasToString("2000000");
    }

    /** A scale and two bounds. */
    record Range(int scale, Amount min, Amount max) {
    }

    static Gen<Range> ranges() {
        Gen<Long> bound = Gens.longs(-1_000_000_000L, 1_000_000_000L);
        return Gens.combine(Gens.integers(0, 6), bound, bound,
                (scale, a, b) -> new Range(scale, Amount.of(Math.min(a, b), scale), Amount.of(Math.max(a, b), scale)));
    }

    @Property(tries = 300)
    void amountsHaveTheirScaleAndStayInTheirRange(@ForAll("ranges") Range range, @ForAll("seeds") long seed) {
        Amount a = BudgetGens.amounts(range.scale(), range.min(), range.max()).generate(new SplittableRandom(seed));
        assertThat(a.scale()).isEqualTo(range.scale());
        assertThat(a).isBetween(range.min(), range.max());
    }

    static Gen<AmountUnit> units() {
        return BudgetGens.amountUnits();
    }

    static Gen<Integer> scales() {
        return Gens.integers(0, 6);
    }

    @Property(tries = 300)
    void lineAmountsAreNonNegativeWithTheirScale(@ForAll("units") AmountUnit unit, @ForAll("scales") int scale, @ForAll("seeds") long seed) {
        Amount a = BudgetGens.amounts(unit, scale).generate(new SplittableRandom(seed));
        assertThat(a.scale()).isEqualTo(scale);
        assertThat(a.signum()).isNotNegative();
        assertThat(a.convert(unit, AmountUnit.YUAN)).isLessThanOrEqualTo(Amount.of(100_000_000));
    }

    static Gen<ReportingEntity> entities() {
        return Gens.integers(0, 5).flatMap(min -> BudgetGens.entities(min, min + 4));
    }

    @Property(tries = 300)
    void entitiesHaveDistinctUnitsUnderOneDepartmentPrefix(@ForAll("entities") ReportingEntity entity) {
        Set<String> prefixes = entity.units().stream().map(u -> u.code().substring(0, 3)).collect(Collectors.toSet());
        assertThat(prefixes).hasSizeLessThanOrEqualTo(1);
        assertThat(entity.units()).extracting(BudgetUnit::code).doesNotHaveDuplicates().allMatch(c -> c.matches("[0-9]{6}"));
        assertThat(entity.units()).allSatisfy(u -> assertThat(u.name()).startsWith(entity.name()));
    }

    static Gen<Stage> stages() {
        return BudgetGens.stages();
    }

    @Property(tries = 300)
    void sourcesAndTypesFitTheStage(@ForAll("stages") Stage stage, @ForAll("seeds") long seed) {
        FundSource source = BudgetGens.fundSources(stage).generate(new SplittableRandom(seed));
        SpendingType type = BudgetGens.spendingTypes(stage).generate(new SplittableRandom(seed));
        if (!stage.isBudget()) {
            assertThat(source).isNotIn(FundSource.CARRY_OVER, FundSource.BUSINESS_FUND);
        } else {
            assertThat(type.isFinalAccountOnly()).isFalse();
        }
    }

    // ---------------------------------------------------------------- ledgers

    /** A shape and a ledger of it. */
    record Shaped(LedgerShape shape, Ledger ledger) {
        @Override
        public String toString() {
            return shape + "\n" + BudgetGens.describe(ledger);
        }
    }

    static Gen<LedgerShape> shapes() {
        return Gens.combine(Gens.elements(Stage.values()), Gens.integers(0, 20), Gens.integers(0, 4), Gens.booleans(),
                Gens.elements(LedgerShape.EconomicCoding.values()), Gens.elements(Scheme.DEPARTMENT_ECONOMIC, Scheme.GOVERNMENT_ECONOMIC),
                Gens.booleans(), Gens.booleans(),
                (stage, lines, units, carryOvers, coding, scheme, local, initial) -> LedgerShape.budget().stage(stage)
                        .lines(lines, lines + 10).units(units, units + 2).carryOvers(carryOvers).economicCoding(coding)
                        .economicScheme(scheme).localSubItems(local).initialBudget(initial));
    }

    static Gen<Shaped> shaped() {
        return shapes().flatMap(shape -> BudgetGens.ledgers(shape).map(l -> new Shaped(shape, l)));
    }

    @Property(tries = 300)
    void ledgersHaveTheirShape(@ForAll("shaped") Shaped s) {
        LedgerShape shape = s.shape();
        Ledger ledger = s.ledger();
        assertThat(ledger.size()).isBetween(shape.minLines(), shape.maxLines());
        assertThat(ledger.header().stage()).isEqualTo(shape.stage());
        assertThat(ledger.header().economicScheme()).isEqualTo(shape.economicScheme());
        assertThat(ledger.header().entity().units().size()).isBetween(shape.minUnits(), shape.maxUnits());
        boolean units = !ledger.header().entity().units().isEmpty();
        for (LedgerLine line : ledger.lines()) {
            assertThat(line.unit().isPresent()).isEqualTo(units);
            assertThat(line.amount().signum()).isNotNegative();
            if (shape.economicCoding() == LedgerShape.EconomicCoding.ALL_LINES) {
                assertThat(line.economic()).isPresent();
            } else if (shape.economicCoding() == LedgerShape.EconomicCoding.NONE) {
                assertThat(line.economic()).isEmpty();
            }
            line.economic().ifPresent(c -> assertThat(c.scheme()).isEqualTo(shape.economicScheme()));
            if (shape.hasLocalSubItems()) {
                assertThat(line.economic().map(Object::toString)).isNotEqualTo(java.util.Optional.of("30112"));
            }
            if (!shape.hasCarryOvers()) {
                assertThat(line.source()).isNotIn(FundSource.CARRY_OVER, FundSource.BUSINESS_FUND);
            }
        }
        if (!shape.hasCarryOvers()) {
            assertThat(ledger.balances()).isEmpty();
        }
        for (BalanceLine b : ledger.balances()) {
            assertThat(b.kind().allowedIn(shape.stage())).isTrue();
        }
        assertThat(ledger.initialBudget().isPresent()).isEqualTo(shape.hasInitialBudget());
        // income (本年收入) is never negative, for any function 项 and source, and any unit and source
        var rollup = ledger.rollup();
        for (FundSource source : FundSource.values()) {
            for (var code : rollup.functionCodes()) {
                assertThat(rollup.income(code, Slice.of(source)).signum()).as("%s %s", code, source).isNotNegative();
            }
            for (BudgetUnit u : ledger.header().entity().units()) {
                assertThat(rollup.incomeOfUnit(u.code(), Slice.of(source)).signum()).as("%s %s", u.code(), source).isNotNegative();
            }
        }
    }

    static Gen<Ledger> editionLedgers() {
        return Gens.elements(2020, 2021).flatMap(year -> BudgetGens.ledgers(LedgerShape.finalAccount().lines(1, 30)
                .catalog(Catalogs.requireEdition(year))));
    }

    @Property(tries = 200)
    void ledgersOfAnEditionUseOnlyItsCodes(@ForAll("editionLedgers") Ledger ledger) {
        CodeCatalog edition = Catalogs.requireEdition(ledger.header().year());
        for (LedgerLine line : ledger.lines()) {
            assertThat(edition.findAny(line.function())).as("%s", line.function()).isPresent();
            line.economic().ifPresent(c -> assertThat(edition.findAny(c)).as("%s", c).isPresent());
        }
    }

    @Test
    void aLedgerShrinksToTheOneLineThatFails() {
        // every line under 100万元 of project spending: the counterexample is one line just above (with
        // a minimum of zero lines every line can be deleted; a first line that must be there stays)
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyCheck.forAll(BudgetGens.ledgers(LedgerShape.budget().lines(0, 200).units(1, 6))).withTries(500)
                        .check(l -> assertThat(l.lines()).noneMatch(line -> line.type() == SpendingType.PROJECT
                                && line.amount().compareTo(Amount.of(100)) > 0)));
        assertThat(failure).isNotNull();
        Ledger shrunk = (Ledger) failure.shrunk();
        assertThat(shrunk.size()).as(failure.report()).isEqualTo(1);
        assertThat(shrunk.balances()).isEmpty();
        assertThat(shrunk.header().entity().units()).hasSize(1);
        assertThat(shrunk.lines().get(0).amount()).isEqualTo(Amount.parse("100.01"));
    }

    @Test
    void theSameRandomStateGivesTheSameLedger() {
        Gen<Ledger> ledgers = BudgetGens.ledgers(LedgerShape.finalAccount());
        for (long seed = 0; seed < 20; seed++) {
            assertThat(BudgetGens.describe(ledgers.generate(new SplittableRandom(seed))))
                    .isEqualTo(BudgetGens.describe(ledgers.generate(new SplittableRandom(seed))));
        }
    }

    @Test
    void largeLedgersHaveThousandsOfLines() {
        Ledger ledger = BudgetGens.ledgers(LedgerShape.budget().lines(1_000, 5_000).units(3, 8)).generate(new SplittableRandom(1));
        assertThat(ledger.size()).isBetween(1_000, 5_000);
        Set<String> units = new HashSet<>();
        ledger.lines().forEach(l -> units.add(l.unit().orElseThrow()));
        assertThat(units.size()).isGreaterThanOrEqualTo(3);
        assertThat(ledger.header().entity().units()).extracting(BudgetUnit::type).hasSizeGreaterThanOrEqualTo(3);
    }

    // ---------------------------------------------------------------- statements

    static Gen<DerivedStatement> statements() {
        return Gens.oneOf(BudgetGens.derivedStatements(LedgerShape.budget().lines(1, 10)),
                BudgetGens.derivedStatements(LedgerShape.finalAccount().lines(1, 10)));
    }

    @Property(tries = 100)
    void statementsHoldEveryDerivableTable(@ForAll("statements") DerivedStatement d) {
        Set<TableKind> derivable = TableDeriver.of(d.ledger()).derivableKinds();
        assertThat(d.statement().tables()).extracting(PublishedTable::kind).containsExactlyElementsOf(derivable);
        // with every line economically classified, every standard table of the stage is derivable
        Set<TableKind> expected = EnumSet.noneOf(TableKind.class);
        for (TableKind k : TableKind.values()) {
            if (k.appliesTo(d.ledger().header().stage()) && k != TableKind.OTHER && k != TableKind.BUDGET_ECONOMIC_MAPPING) {
                expected.add(k);
            }
        }
        assertThat(derivable).isEqualTo(expected);
        assertThat(d.statement().year()).isEqualTo(d.ledger().header().year());
        assertThat(d.toString()).contains(d.ledger().header().entity().name());
    }

    @Test
    void aCatalogWithoutFunctionItemsIsRejected() {
        CodeCatalog economicOnly = Catalogs.requireEdition(2018);
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> BudgetGens.ledgers(LedgerShape.budget().catalog(economicOnly)));
        assertThat(e).hasMessageContaining("2018").hasMessageContaining("项");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> BudgetGens.functionCodesIn(economicOnly, CodeLevel.ITEM)))
                .hasMessageContaining("2018");
    }

    @Test
    void shapesDescribeThemselves() {
        assertThat(LedgerShape.finalAccount().lines(2, 3).toString()).contains("决算", "lines 2..3", "initial budget");
        assertThat(List.of(LedgerShape.budget().hasInitialBudget(), LedgerShape.finalAccount().hasInitialBudget())).containsExactly(false, true);
    }
}
