package dev.yusuan.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Randomized properties of the roll-ups: on random ledgers, every total of {@link Rollup} (by
 * function at each level, by economic code at each level, by source, type, unit, any slice, the
 * balances and the income they imply) equals the plain sum of the lines it covers; streaming and
 * combining aggregators give the same roll-ups; lines read back as they were added.
 */
class LedgerRollupProperties {

    private static Slice randomSlice(SplittableRandom r, RandomLedgers.Generated g) {
        Slice s = Slice.all();
        if (r.nextBoolean()) {
            EnumSet<FundSource> src = EnumSet.noneOf(FundSource.class);
            for (FundSource f : FundSource.values()) {
                if (r.nextBoolean()) {
                    src.add(f);
                }
            }
            s = s.withSources(src);
        }
        if (r.nextBoolean()) {
            EnumSet<SpendingType> t = EnumSet.noneOf(SpendingType.class);
            for (SpendingType x : SpendingType.values()) {
                if (r.nextBoolean()) {
                    t.add(x);
                }
            }
            s = s.withTypes(t);
        }
        return s;
    }

    private static boolean inSlice(Slice s, LedgerLine l) {
        return s.includes(l.source(), l.type());
    }

    private static boolean inSlice(Slice s, BalanceLine b) {
        return s.sources().contains(b.source());
    }

    private static Amount sum(RandomLedgers.Generated g, Predicate<LedgerLine> p) {
        long t = 0;
        for (LedgerLine l : g.lines()) {
            if (p.test(l)) {
                t = Math.addExact(t, g.unscaled(l));
            }
        }
        return Amount.of(t, g.header().scale());
    }

    private static Amount balanceSum(RandomLedgers.Generated g, Predicate<BalanceLine> p) {
        long t = 0;
        for (BalanceLine b : g.balances()) {
            if (p.test(b)) {
                t = Math.addExact(t, g.unscaled(b));
            }
        }
        return Amount.of(t, g.header().scale());
    }

    private static boolean under(ClassificationCode<?> code, String line) {
        return line.startsWith(code.toString());
    }

    private static void checkRollup(RandomLedgers.Generated g, Rollup r, SplittableRandom rnd) {
        assertThat(r.lineCount()).isEqualTo(g.lines().size());
        for (int k = 0; k < 4; k++) {
            Slice s = k == 0 ? Slice.all() : randomSlice(rnd, g);
            assertThat(r.total(s)).as("total %s", s).isEqualTo(sum(g, l -> inSlice(s, l)));
            for (FunctionCode c : r.functionCodes()) {
                assertThat(r.function(c, s)).as("function %s %s", c, s).isEqualTo(sum(g, l -> inSlice(s, l) && under(c, l.function().toString())));
            }
            for (ClassificationCode<?> c : r.economicCodes()) {
                assertThat(r.economic(c, s)).as("economic %s %s", c, s)
                        .isEqualTo(sum(g, l -> inSlice(s, l) && l.economic().map(e -> under(c, e.toString())).orElse(false)));
            }
            assertThat(r.withoutEconomicCode(s)).isEqualTo(sum(g, l -> inSlice(s, l) && l.economic().isEmpty()));
            for (CodeLevel level : List.of(CodeLevel.CATEGORY, CodeLevel.SECTION, CodeLevel.ITEM)) {
                assertThat(Amount.sum(r.byFunction(level, s).values()).isEqualTo(r.total(s))).as("Σ %s = total", level).isTrue();
            }
            List<Amount> econCategories = new ArrayList<>(g.header().economicScheme() == Scheme.DEPARTMENT_ECONOMIC
                    ? r.byDepartmentEconomic(CodeLevel.CATEGORY, s).values() : r.byGovernmentEconomic(CodeLevel.CATEGORY, s).values());
            econCategories.add(r.withoutEconomicCode(s));
            assertThat(Amount.sum(econCategories).isEqualTo(r.total(s))).as("Σ economic 类 + unclassified = total").isTrue();
            assertThat(Amount.sum(r.bySource(s).values()).isEqualTo(r.total(s))).isTrue();
            assertThat(Amount.sum(r.byType(s).values()).isEqualTo(r.total(s))).isTrue();
            List<Amount> byUnit = new ArrayList<>(r.byUnit(s).values());
            byUnit.add(r.withoutUnit(s));
            assertThat(Amount.sum(byUnit).isEqualTo(r.total(s))).as("Σ units + no unit = total").isTrue();
            assertThat(r.withoutUnit(s)).isEqualTo(sum(g, l -> inSlice(s, l) && l.unit().isEmpty()));
            for (Map.Entry<String, Amount> e : r.byUnit(s).entrySet()) {
                Optional<String> u = Optional.of(e.getKey());
                assertThat(e.getValue()).isEqualTo(sum(g, l -> inSlice(s, l) && l.unit().equals(u)));
                assertThat(r.unit(e.getKey(), s)).isEqualTo(e.getValue());
                for (BalanceKind kind : BalanceKind.values()) {
                    assertThat(r.balanceOfUnit(kind, e.getKey(), s)).isEqualTo(balanceSum(g, b -> b.kind() == kind && inSlice(s, b)
                            && b.unit().equals(u)));
                }
                Amount income = sum(g, l -> inSlice(s.withAllTypes(), l) && l.unit().equals(u))
                        .plus(balanceSum(g, b -> !b.kind().isIncomeSide() && inSlice(s, b) && b.unit().equals(u)))
                        .minus(balanceSum(g, b -> b.kind().isIncomeSide() && inSlice(s, b) && b.unit().equals(u)));
                assertThat(r.incomeOfUnit(e.getKey(), s)).as("income of unit %s", u).isEqualTo(income);
            }
            for (BalanceKind kind : BalanceKind.values()) {
                assertThat(r.balance(kind, s)).isEqualTo(balanceSum(g, b -> b.kind() == kind && inSlice(s, b)));
                for (FunctionCode c : r.functionCodes()) {
                    assertThat(r.balance(kind, c, s)).isEqualTo(balanceSum(g, b -> b.kind() == kind && inSlice(s, b)
                            && under(c, b.function().toString())));
                }
            }
            Slice all = s.withAllTypes();
            for (FunctionCode c : r.functionCodes()) {
                Amount expected = sum(g, l -> inSlice(all, l) && under(c, l.function().toString()))
                        .plus(balanceSum(g, b -> !b.kind().isIncomeSide() && inSlice(s, b) && under(c, b.function().toString())))
                        .minus(balanceSum(g, b -> b.kind().isIncomeSide() && inSlice(s, b) && under(c, b.function().toString())));
                assertThat(r.income(c, s)).as("income %s", c).isEqualTo(expected);
            }
        }
        if (g.header().entity().units().isEmpty()) {
            assertThat(r.isAllocatedToUnits()).isFalse();
        } else if (g.lines().stream().allMatch(l -> l.unit().isPresent()) && g.balances().stream().allMatch(b -> b.unit().isPresent())) {
            assertThat(r.isAllocatedToUnits()).isTrue();
        }
    }

    @Test
    void rollupsEqualTheSumOfTheLinesAtEveryLevel() {
        RandomLedgers.forEachSeed(80, seed -> {
            RandomLedgers.Generated g = RandomLedgers.generate(seed);
            SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
            checkRollup(g, g.ledger().rollup(), rnd);
            g.ledger().initialBudget().ifPresent(ib -> assertThat(g.ledger().rollup().initialBudget().orElseThrow().total())
                    .isEqualTo(ib.rollup().total()));
        });
    }

    @Test
    void streamingAndCombiningGiveTheSameRollups() {
        RandomLedgers.forEachSeed(50, seed -> {
            RandomLedgers.Generated g = RandomLedgers.generate(seed);
            SplittableRandom rnd = new SplittableRandom(seed);
            LedgerAggregator a = LedgerAggregator.of(g.header());
            LedgerAggregator b = LedgerAggregator.of(g.header());
            for (LedgerLine l : g.lines()) {
                (rnd.nextBoolean() ? a : b).accept(l);
            }
            g.balances().forEach(x -> (rnd.nextBoolean() ? a : b).acceptBalance(x));
            checkRollup(g, a.combine(b).result(), rnd);
            LedgerAggregator fed = LedgerAggregator.of(g.header());
            g.ledger().feed(fed);
            Rollup s = fed.result();
            Rollup r = g.ledger().rollup();
            assertThat(s.functionCodes()).isEqualTo(r.functionCodes());
            for (FunctionCode c : r.functionCodes()) {
                assertThat(s.function(c)).isEqualTo(r.function(c));
                assertThat(s.income(c, Slice.all())).isEqualTo(r.income(c, Slice.all()));
            }
            assertThat(s.initialBudget().map(Rollup::total)).isEqualTo(r.initialBudget().map(Rollup::total));
        });
    }

    @Test
    void linesReadBackAsAdded() {
        RandomLedgers.forEachSeed(100, seed -> {
            RandomLedgers.Generated g = RandomLedgers.generate(seed);
            Ledger l = g.ledger();
            assertThat(l.size()).isEqualTo(g.lines().size());
            for (int i = 0; i < l.size(); i++) {
                LedgerLine in = g.lines().get(i);
                assertThat(l.line(i)).isEqualTo(in.withAmount(in.amount().withScale(g.header().scale())));
            }
            List<Long> visited = new ArrayList<>();
            l.forEachLine((f, e, s, t, u, a) -> visited.add(a));
            assertThat(visited).hasSize(l.size());
            for (int i = 0; i < l.size(); i++) {
                assertThat(visited.get(i)).isEqualTo(g.unscaled(g.lines().get(i)));
            }
        });
    }

    @Test
    void conversionToGovernmentCodesKeepsEveryAmount() {
        RandomLedgers.forEachSeed(100, seed -> {
            RandomLedgers.Generated g = RandomLedgers.generate(seed);
            if (g.header().economicScheme() != Scheme.DEPARTMENT_ECONOMIC) {
                return;
            }
            SplittableRandom rnd = new SplittableRandom(seed);
            EconomicMapping m = madeUpMapping(rnd, 20);
            UnitType dflt = UnitType.values()[rnd.nextInt(UnitType.values().length)];
            Ledger gov = g.ledger().toGovernmentEconomic(m, dflt);
            Rollup r = gov.rollup();
            assertThat(r.total()).isEqualTo(g.ledger().rollup().total());
            for (ClassificationCode<?> c : r.economicCodes()) {
                Amount expected = sum(g, l -> l.economic().map(e -> {
                    UnitType t = l.unit().flatMap(u -> g.header().entity().unit(u)).map(u -> u.type()).orElse(dflt);
                    return under(c, m.map(l.departmentEconomic().orElseThrow(), t).orElseThrow().toString());
                }).orElse(false));
                assertThat(r.economic(c)).as("政府 %s", c).isEqualTo(expected);
            }
            assertThat(r.withoutEconomicCode(Slice.all())).isEqualTo(g.ledger().rollup().withoutEconomicCode(Slice.all()));
            for (FunctionCode c : r.functionCodes()) {
                assertThat(r.function(c)).isEqualTo(g.ledger().rollup().function(c));
            }
            // lines whose codes meet in one government code are added together: never more lines, same totals by unit
            assertThat(gov.size()).isLessThanOrEqualTo(g.ledger().size());
            assertThat(r.byUnit(Slice.all())).isEqualTo(g.ledger().rollup().byUnit(Slice.all()));
        });
    }

    @Test
    void conversionByRunsGivesTheLinesOfConversionByHash() {
        RandomLedgers.forEachSeed(100, seed -> {
            RandomLedgers.Generated g = RandomLedgers.generate(seed);
            if (g.header().economicScheme() != Scheme.DEPARTMENT_ECONOMIC) {
                return;
            }
            SplittableRandom rnd = new SplittableRandom(seed);
            EconomicMapping m = madeUpMapping(rnd, 3); // few targets, so that many lines meet
            UnitType dflt = UnitType.values()[rnd.nextInt(UnitType.values().length)];
            // as generated (a (项, unit) may come back after another: the runs path gives up), and grouped by unit and 项
            List<LedgerLine> grouped = new ArrayList<>(g.ledger().lines());
            grouped.sort(java.util.Comparator.comparing((LedgerLine l) -> l.unit().orElse("")).thenComparing(LedgerLine::function));
            Ledger.Builder b = Ledger.builder(g.header());
            grouped.forEach(b::add);
            Ledger asGenerated = g.ledger();
            Ledger byUnitAndItem = b.build();
            assertThat(asGenerated.toGovernmentEconomic(m, dflt).lines())
                    .isEqualTo(asGenerated.toGovernmentEconomic(m, dflt, Ledger.ConversionPath.HASH).lines());
            Ledger byRuns = byUnitAndItem.toGovernmentEconomic(m, dflt, Ledger.ConversionPath.RUNS);
            assertThat(byRuns).as("grouped lines are converted by runs").isNotNull();
            assertThat(byRuns.lines()).isEqualTo(byUnitAndItem.toGovernmentEconomic(m, dflt, Ledger.ConversionPath.HASH).lines());
            assertThat(byRuns.size()).isLessThanOrEqualTo(byUnitAndItem.size());
        });
    }

    /**
     * A made-up correspondence: each (部门 code, unit type) maps to a random 政府 款 of 501 (行政)
     * or 505 (事业), among the first {@code targets}, the same one every time it is asked.
     */
    private static EconomicMapping madeUpMapping(SplittableRandom rnd, int targets) {
        Map<String, String> table = new HashMap<>();
        return (code, type) -> Optional.of(GovernmentEconomicCode.parse(table.computeIfAbsent(code + "/" + type,
                k -> (type.mapsAsAdministrative() ? "501" : "505") + String.format("%02d", 1 + rnd.nextInt(targets)))));
    }
}
