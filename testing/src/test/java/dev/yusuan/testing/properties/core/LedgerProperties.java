package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.EconomicMapping;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerAggregator;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.money.Amount;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.gen.LedgerShape;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The roll-ups of a random ledger equal the sums of its lines at every level — function 类, 款
 * and 项, economic 类, 款 and local sub-item, by source, type and unit, for any slice of sources
 * and types — whether
 * computed from the ledger or streamed through a {@link LedgerAggregator}; balances and income
 * follow their definitions.
 */
class LedgerProperties {

    static Gen<Ledger> ledgers() {
        return Gens.oneOf(
                BudgetGens.ledgers(LedgerShape.budget().lines(0, 40).units(0, 4)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(0, 40).units(0, 4).localSubItems(true)),
                BudgetGens.ledgers(LedgerShape.budget().lines(0, 40).economicScheme(Scheme.GOVERNMENT_ECONOMIC)
                        .economicCoding(LedgerShape.EconomicCoding.SOME_LINES)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(0, 40).amounts(dev.yusuan.core.money.AmountUnit.YUAN, 0)));
    }

    /** A slice: some sources and some types. */
    record SliceSpec(Set<FundSource> sources, Set<SpendingType> types) {
        Slice slice() {
            return Slice.ofSources(sources).withTypes(types);
        }

        boolean includes(FundSource source, SpendingType type) {
            return sources.contains(source) && types.contains(type);
        }
    }

    static Gen<SliceSpec> slices() {
        Gen<Set<FundSource>> sources = Gens.sets(BudgetGens.fundSources(), 1, FundSource.values().length);
        Gen<Set<SpendingType>> types = Gens.sets(BudgetGens.spendingTypes(), 1, SpendingType.values().length);
        return Gens.combine(sources, types, (s, t) -> new SliceSpec(EnumSet.copyOf(s), EnumSet.copyOf(t)));
    }

    private static Amount sum(Ledger ledger, Predicate<LedgerLine> which) {
        Amount s = Amount.ZERO.withScale(ledger.header().scale());
        for (LedgerLine line : ledger.lines()) {
            if (which.test(line)) {
                s = s.plus(line.amount());
            }
        }
        return s;
    }

    private static boolean under(ClassificationCode<?> code, Optional<? extends ClassificationCode<?>> line) {
        return line.isPresent() && line.get().toString().startsWith(code.toString());
    }

    @Property(tries = 300)
    void rollupsEqualTheSumOfTheLinesAtEveryLevel(@ForAll("ledgers") Ledger ledger, @ForAll("slices") SliceSpec spec) {
        Rollup rollup = ledger.rollup();
        Slice slice = spec.slice();
        Predicate<LedgerLine> inSlice = l -> spec.includes(l.source(), l.type());
        assertThat(rollup.total()).isEqualByComparingTo(sum(ledger, l -> true));
        assertThat(rollup.total(slice)).isEqualByComparingTo(sum(ledger, inSlice));
        assertThat(rollup.lineCount()).isEqualTo(ledger.size());
        for (FunctionCode code : rollup.functionCodes()) {
            assertThat(rollup.function(code, slice)).as("function %s", code)
                    .isEqualByComparingTo(sum(ledger, inSlice.and(l -> l.function().toString().startsWith(code.toString()))));
        }
        for (CodeLevel level : Scheme.FUNCTION.levels()) {
            Amount levelTotal = rollup.byFunction(level, slice).values().stream().reduce(Amount.ZERO, Amount::plus);
            assertThat(levelTotal).as("the %s codes", level.chineseName()).isEqualByComparingTo(rollup.total(slice));
        }
        for (ClassificationCode<?> code : rollup.economicCodes()) {
            assertThat(rollup.economic(code, slice)).as("economic %s", code)
                    .isEqualByComparingTo(sum(ledger, inSlice.and(l -> under(code, l.economic()))));
        }
        Amount classified = Amount.ZERO;
        for (ClassificationCode<?> code : rollup.economicCodes()) {
            if (code.level() == CodeLevel.CATEGORY) {
                classified = classified.plus(rollup.economic(code, slice));
            }
        }
        assertThat(classified.plus(rollup.withoutEconomicCode(slice))).isEqualByComparingTo(rollup.total(slice));
        assertThat(rollup.withoutEconomicCode(slice)).isEqualByComparingTo(sum(ledger, inSlice.and(l -> l.economic().isEmpty())));
        Slice all = Slice.all();
        rollup.bySource(all).forEach((source, amount) -> assertThat(amount).as("%s", source)
                .isEqualByComparingTo(sum(ledger, l -> l.source() == source)));
        rollup.byType(all).forEach((type, amount) -> assertThat(amount).as("%s", type)
                .isEqualByComparingTo(sum(ledger, l -> l.type() == type)));
        rollup.byUnit(slice).forEach((unit, amount) -> assertThat(amount).as("unit %s", unit)
                .isEqualByComparingTo(sum(ledger, inSlice.and(l -> l.unit().equals(Optional.of(unit))))));
        for (BudgetUnit u : ledger.header().entity().units()) {
            assertThat(rollup.unit(u.code(), slice)).as("unit %s", u.code())
                    .isEqualByComparingTo(sum(ledger, inSlice.and(l -> l.unit().equals(Optional.of(u.code())))));
        }
        assertThat(rollup.withoutUnit(slice)).isEqualByComparingTo(sum(ledger, inSlice.and(l -> l.unit().isEmpty())));
    }

    private static Amount balances(Ledger ledger, BalanceKind kind, Predicate<BalanceLine> which) {
        Amount s = Amount.ZERO;
        for (BalanceLine b : ledger.balances()) {
            if (b.kind() == kind && which.test(b)) {
                s = s.plus(b.amount());
            }
        }
        return s;
    }

    @Property(tries = 300)
    void balancesAndIncomeFollowTheirDefinitions(@ForAll("ledgers") Ledger ledger, @ForAll("slices") SliceSpec spec) {
        Rollup rollup = ledger.rollup();
        Slice slice = spec.slice();
        // balances have no spending type: a slice selects them by source
        Predicate<BalanceLine> inSlice = b -> spec.sources().contains(b.source());
        for (BalanceKind kind : BalanceKind.values()) {
            assertThat(rollup.balance(kind, slice)).as("%s", kind).isEqualByComparingTo(balances(ledger, kind, inSlice));
            for (BudgetUnit u : ledger.header().entity().units()) {
                assertThat(rollup.balanceOfUnit(kind, u.code(), slice)).as("%s of %s", kind, u.code())
                        .isEqualByComparingTo(balances(ledger, kind, inSlice.and(b -> b.unit().equals(Optional.of(u.code())))));
            }
        }
        Slice sources = slice.withAllTypes();
        Amount expected = rollup.total(sources).plus(rollup.balance(BalanceKind.CLOSING_CARRY_OVER, sources))
                .plus(rollup.balance(BalanceKind.SURPLUS_DISTRIBUTION, sources))
                .minus(rollup.balance(BalanceKind.OPENING_CARRY_OVER, sources))
                .minus(rollup.balance(BalanceKind.USE_OF_NON_FISCAL_SURPLUS, sources));
        assertThat(rollup.income(slice)).isEqualByComparingTo(expected);
        for (BudgetUnit u : ledger.header().entity().units()) {
            Amount ofUnit = rollup.unit(u.code(), sources).plus(rollup.balanceOfUnit(BalanceKind.CLOSING_CARRY_OVER, u.code(), sources))
                    .plus(rollup.balanceOfUnit(BalanceKind.SURPLUS_DISTRIBUTION, u.code(), sources))
                    .minus(rollup.balanceOfUnit(BalanceKind.OPENING_CARRY_OVER, u.code(), sources))
                    .minus(rollup.balanceOfUnit(BalanceKind.USE_OF_NON_FISCAL_SURPLUS, u.code(), sources));
            assertThat(rollup.incomeOfUnit(u.code(), slice)).as("income of %s", u.code()).isEqualByComparingTo(ofUnit);
            for (FundSource source : FundSource.values()) {
                assertThat(rollup.incomeOfUnit(u.code(), Slice.of(source)).signum()).as("income of %s from %s", u.code(), source)
                        .isGreaterThanOrEqualTo(0);
            }
        }
        for (FunctionCode code : rollup.functionCodes()) {
            // generated ledgers never take more out of a function 项 and source than it spends and carries forward
            for (FundSource source : FundSource.values()) {
                assertThat(rollup.income(code, Slice.of(source)).signum()).as("income of %s from %s", code, source)
                        .isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(rollup.initialBudget().isPresent()).isEqualTo(ledger.initialBudget().isPresent());
        ledger.initialBudget().ifPresent(budget -> {
            assertThat(budget.header().stage()).isEqualTo(Stage.BUDGET);
            assertThat(rollup.initialBudget().orElseThrow().total()).isEqualByComparingTo(sum(budget, l -> true));
        });
    }

    /** A split point of the lines, as a fraction of the ledger's size. */
    static Gen<Integer> splits() {
        return Gens.integers(0, 100);
    }

    @Property(tries = 300)
    void streamingGivesTheSameRollups(@ForAll("ledgers") Ledger ledger, @ForAll("slices") SliceSpec spec, @ForAll("splits") int split) {
        LedgerAggregator whole = LedgerAggregator.of(ledger.header());
        ledger.feed(whole);
        // two halves fed separately and combined give the same as one pass
        LedgerAggregator first = LedgerAggregator.of(ledger.header());
        LedgerAggregator second = LedgerAggregator.of(ledger.header());
        List<LedgerLine> lines = new ArrayList<>(ledger.lines());
        int cut = lines.size() * split / 100;
        lines.subList(0, cut).forEach(first::accept);
        lines.subList(cut, lines.size()).forEach(second::accept);
        ledger.balances().forEach(first::acceptBalance);
        ledger.initialBudget().ifPresent(b -> b.feed(first.initialBudget()));
        Rollup expected = ledger.rollup();
        Slice slice = spec.slice();
        for (Rollup actual : List.of(whole.result(), first.combine(second).result())) {
            assertThat(actual.total(slice)).isEqualByComparingTo(expected.total(slice));
            assertThat(actual.lineCount()).isEqualTo(expected.lineCount());
            assertThat(actual.functionCodes()).isEqualTo(expected.functionCodes());
            for (FunctionCode code : expected.functionCodes()) {
                assertThat(actual.function(code, slice)).as("%s", code).isEqualByComparingTo(expected.function(code, slice));
                assertThat(actual.income(code, slice)).as("income %s", code).isEqualByComparingTo(expected.income(code, slice));
            }
            assertThat(actual.economicCodes()).isEqualTo(expected.economicCodes());
            for (ClassificationCode<?> code : expected.economicCodes()) {
                assertThat(actual.economic(code, slice)).as("%s", code).isEqualByComparingTo(expected.economic(code, slice));
            }
            for (BalanceKind kind : BalanceKind.values()) {
                assertThat(actual.balance(kind, slice)).isEqualByComparingTo(expected.balance(kind, slice));
            }
            for (BudgetUnit u : ledger.header().entity().units()) {
                assertThat(actual.unit(u.code(), slice)).isEqualByComparingTo(expected.unit(u.code(), slice));
                assertThat(actual.incomeOfUnit(u.code(), slice)).isEqualByComparingTo(expected.incomeOfUnit(u.code(), slice));
            }
            assertThat(actual.initialBudget().map(Rollup::total)).isEqualTo(expected.initialBudget().map(Rollup::total));
        }
    }

    @Property(tries = 200)
    void linesReadBackAsAdded(@ForAll("ledgers") Ledger ledger) {
        Ledger.Builder again = Ledger.builder(ledger.header());
        ledger.lines().forEach(again::add);
        ledger.balances().forEach(again::addBalance);
        ledger.initialBudget().ifPresent(again::initialBudget);
        Ledger copy = again.build();
        assertThat(copy.lines()).isEqualTo(ledger.lines());
        assertThat(copy.balances()).isEqualTo(ledger.balances());
        for (int i = 0; i < ledger.size(); i++) {
            LedgerLine line = ledger.line(i);
            assertThat(line.amount().scale()).isEqualTo(ledger.header().scale());
            assertThat(ledger.unscaledAmount(i)).isEqualTo(line.amount().unscaledValue());
            assertThat(ledger.functionCode(i)).isEqualTo(line.function().toInt());
            assertThat(ledger.source(i)).isEqualTo(line.source());
            assertThat(ledger.type(i)).isEqualTo(line.type());
        }
    }

    static Gen<Ledger> departmentLedgers() {
        return Gens.oneOf(BudgetGens.ledgers(LedgerShape.budget().lines(0, 40).units(0, 4).localSubItems(true)),
                BudgetGens.ledgers(LedgerShape.finalAccount().lines(0, 40).units(0, 4)
                        .economicCoding(LedgerShape.EconomicCoding.SOME_LINES)));
    }

    static Gen<Integer> salts() {
        return Gens.integers(0, 1_000_000);
    }

    /** A correspondence table made up for the test: 501xx for 机关, 505xx for other units, xx from the code and a salt. */
    private static EconomicMapping madeUpMapping(int salt) {
        return (code, type) -> Optional.of(GovernmentEconomicCode.parse((type.mapsAsAdministrative() ? "501" : "505")
                + String.format("%02d", 1 + Math.floorMod(code.atLevel(CodeLevel.SECTION).toInt() * 31 + salt, 20))));
    }

    @Property(tries = 200)
    void conversionToGovernmentCodesKeepsEveryAmount(@ForAll("departmentLedgers") Ledger ledger, @ForAll("salts") int salt) {
        EconomicMapping mapping = madeUpMapping(salt);
        Ledger gov = ledger.toGovernmentEconomic(mapping, UnitType.ADMINISTRATIVE);
        Rollup before = ledger.rollup();
        Rollup after = gov.rollup();
        assertThat(gov.header().economicScheme()).isEqualTo(Scheme.GOVERNMENT_ECONOMIC);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.withoutEconomicCode(Slice.all())).isEqualTo(before.withoutEconomicCode(Slice.all()));
        for (FunctionCode code : after.functionCodes()) {
            assertThat(after.function(code)).isEqualTo(before.function(code));
        }
        for (ClassificationCode<?> code : after.economicCodes()) {
            Amount expected = sum(ledger, l -> l.departmentEconomic().map(d -> {
                UnitType type = l.unit().flatMap(u -> ledger.header().entity().unit(u)).map(BudgetUnit::type).orElse(UnitType.ADMINISTRATIVE);
                return mapping.map(d, type).orElseThrow().toString().startsWith(code.toString());
            }).orElse(false));
            assertThat(after.economic(code)).as("政府 %s", code).isEqualByComparingTo(expected);
        }
        // lines that meet in one government code are added together; nothing else changes
        assertThat(gov.size()).isLessThanOrEqualTo(ledger.size());
        for (BudgetUnit u : ledger.header().entity().units()) {
            assertThat(after.unit(u.code(), Slice.all())).isEqualTo(before.unit(u.code(), Slice.all()));
        }
        for (FundSource source : FundSource.values()) {
            assertThat(after.bySource(Slice.all()).get(source)).isEqualTo(before.bySource(Slice.all()).get(source));
        }
        assertThat(after.byType(Slice.all())).isEqualTo(before.byType(Slice.all()));
        assertThat(gov.initialBudget().map(b -> b.rollup().total())).isEqualTo(ledger.initialBudget().map(b -> b.rollup().total()));
    }
}
