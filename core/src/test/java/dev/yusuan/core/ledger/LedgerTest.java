package dev.yusuan.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountException;
import dev.yusuan.core.money.AmountUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {
    static final ReportingEntity ZHUZHOU = new ReportingEntity("株洲市医疗保障局", List.of(
            new BudgetUnit("354001", "株洲市医疗保障局机关", UnitType.ADMINISTRATIVE),
            new BudgetUnit("354002", "株洲市医疗保障事务中心", UnitType.INSTITUTION)));
    static final LedgerHeader BUDGET = LedgerHeader.of(ZHUZHOU, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 2);

    static FunctionCode f(String c) {
        return FunctionCode.parse(c);
    }

    static DepartmentEconomicCode d(String c) {
        return DepartmentEconomicCode.parse(c);
    }

    static LedgerLine line(String fn, String econ, FundSource s, SpendingType t, String unit, String amount) {
        LedgerLine l = LedgerLine.of(f(fn), s, t, Amount.parse(amount)).withUnit(unit);
        return econ == null ? l : l.withEconomic(d(econ));
    }

    /** A small part of the Zhuzhou 2020 budget, by line. */
    static Ledger zhuzhou() {
        FundSource gpb = FundSource.GENERAL_PUBLIC_BUDGET;
        return Ledger.builder(BUDGET)
                .add(line("2080505", "30108", gpb, SpendingType.BASIC_PERSONNEL, "354001", "20.00"))
                .add(line("2080505", "30108", gpb, SpendingType.BASIC_PERSONNEL, "354002", "47.75"))
                .add(line("2101101", "30110", gpb, SpendingType.BASIC_PERSONNEL, "354001", "17.66"))
                .add(line("2101501", "30101", gpb, SpendingType.BASIC_PERSONNEL, "354002", "254.65"))
                .add(line("2101501", "3011201", gpb, SpendingType.BASIC_PERSONNEL, "354002", "3.06"))
                .add(line("2101501", "30201", gpb, SpendingType.BASIC_PUBLIC, "354001", "68"))
                .add(line("2101501", "31013", gpb, SpendingType.BASIC_PUBLIC, "354002", "18.0"))
                .add(line("2101502", "30305", gpb, SpendingType.PROJECT, "354001", "30.00"))
                .add(line("2101502", null, gpb, SpendingType.PROJECT, "354002", "216"))
                .build();
    }

    @Test
    void holdsLinesExactlyAtTheLedgerScale() {
        Ledger l = zhuzhou();
        assertThat(l.size()).isEqualTo(9);
        assertThat(l.line(5).amount()).hasToString("68.00");
        assertThat(l.line(4).departmentEconomic()).contains(d("3011201"));
        assertThat(l.line(8).economic()).isEmpty();
        assertThat(l.line(0).unit()).contains("354001");
        assertThat(l.functionCode(3)).isEqualTo(2101501);
        assertThat(l.economicCode(3)).isEqualTo(30101);
        assertThat(l.economicCode(8)).isZero();
        assertThat(l.unitIndex(3)).isEqualTo(1);
        assertThat(l.unscaledAmount(3)).isEqualTo(25465);
        assertThat(l.lines()).hasSize(9).element(2).isEqualTo(line("2101101", "30110", FundSource.GENERAL_PUBLIC_BUDGET,
                SpendingType.BASIC_PERSONNEL, "354001", "17.66"));
        assertThat(l.distinctCombinations()).isEqualTo(9);
        assertThat(Ledger.builder(BUDGET).add(l.line(0)).add(l.line(0)).build().distinctCombinations()).isEqualTo(1);
    }

    @Test
    void rollsUpAlongEveryDimension() {
        Rollup r = zhuzhou().rollup();
        assertThat(r.total()).hasToString("675.12");
        assertThat(r.function(f("210"))).hasToString("607.37");
        assertThat(r.function(f("21015"))).hasToString("589.71");
        assertThat(r.function(f("2101501"))).hasToString("343.71");
        assertThat(r.function(f("2080505"))).hasToString("67.75");
        assertThat(r.function(f("229"))).hasToString("0.00");
        assertThat(r.economic(d("301"))).hasToString("343.12");
        assertThat(r.economic(d("30112"))).hasToString("3.06");
        assertThat(r.economic(d("310"))).hasToString("18.00");
        assertThat(r.withoutEconomicCode(Slice.all())).hasToString("216.00");
        assertThat(r.total(Slice.ofTypes(SpendingType.PROJECT))).hasToString("246.00");
        assertThat(r.unit("354001", Slice.all())).hasToString("135.66");
        assertThat(r.unit("354002", Slice.ofTypes(SpendingType.BASIC_PUBLIC))).hasToString("18.00");
        assertThat(r.withoutUnit(Slice.all())).hasToString("0.00");
        assertThat(r.byUnit(Slice.all())).containsExactly(Map.entry("354001", Amount.parse("135.66")),
                Map.entry("354002", Amount.parse("539.46")));
        assertThat(r.function(f("21015"), Slice.ofTypes(SpendingType.BASIC_PUBLIC))).hasToString("86.00");
        assertThat(r.economic(d("302"), Slice.of(FundSource.GENERAL_PUBLIC_BUDGET))).hasToString("68.00");
        assertThatThrownBy(() -> r.unit("999", Slice.all())).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.UNKNOWN_UNIT));
        assertThat(r.byFunction(CodeLevel.CATEGORY, Slice.all())).containsOnlyKeys(f("208"), f("210"));
        assertThat(r.byDepartmentEconomic(CodeLevel.CATEGORY, Slice.all()).keySet()).extracting(Object::toString)
                .containsExactly("301", "302", "303", "310");
        assertThat(r.bySource(Slice.all()).get(FundSource.GENERAL_PUBLIC_BUDGET)).hasToString("675.12");
        assertThat(r.byType(Slice.all()).get(SpendingType.BASIC_PERSONNEL)).hasToString("343.12");
        assertThat(r.functionCodes()).extracting(Object::toString)
                .containsExactly("208", "20805", "2080505", "210", "21011", "2101101", "21015", "2101501", "2101502");
        assertThat(r.isAllocatedToUnits()).isTrue();
        assertThat(r.isEconomicallyClassified(Slice.ofTypes(SpendingType.BASIC_PERSONNEL, SpendingType.BASIC_PUBLIC))).isTrue();
        assertThat(r.isEconomicallyClassified(Slice.all())).isFalse();
        assertThat(r.income(Slice.all())).hasToString("675.12");
        SourceTypeTotals t = r.functionTotals(f("21015"));
        assertThat(t.sum(Slice.ofTypes(SpendingType.BASIC_PUBLIC))).isEqualTo(r.function(f("21015"), Slice.ofTypes(SpendingType.BASIC_PUBLIC)));
        assertThat(t.get(FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.PROJECT)).hasToString("246.00");
        assertThat(r.functionTotals(f("229")).isZero()).isTrue();
        assertThat(r.economicTotals(d("301")).sum(Slice.all())).hasToString("343.12");
        assertThat(r.unitTotals("354001").sum(Slice.all())).hasToString("135.66");
        assertThat(r.totals().unscaledSum(Slice.all())).isEqualTo(67512);
        assertThatThrownBy(() -> r.economicTotals(GovernmentEconomicCode.parse("501"))).isInstanceOf(LedgerException.class);
    }

    @Test
    void streamingGivesTheSameRollup() {
        Ledger l = zhuzhou();
        LedgerAggregator a = LedgerAggregator.of(BUDGET);
        l.lines().forEach(a::accept);
        Rollup s = a.result();
        Rollup r = l.rollup();
        assertThat(s.lineCount()).isEqualTo(9);
        for (FunctionCode c : r.functionCodes()) {
            assertThat(s.function(c)).isEqualTo(r.function(c));
        }
        LedgerAggregator half1 = LedgerAggregator.of(BUDGET);
        LedgerAggregator half2 = LedgerAggregator.of(BUDGET);
        for (int i = 0; i < l.size(); i++) {
            (i % 2 == 0 ? half1 : half2).accept(l.line(i));
        }
        assertThat(half1.combine(half2).result().total()).isEqualTo(r.total());
        assertThat(half1.lineCount()).isEqualTo(9);
    }

    @Test
    void rejectsBadLinesNamingLineAndField() {
        Ledger.Builder b = Ledger.builder(BUDGET).add(line("2101501", "30101", FundSource.GENERAL_PUBLIC_BUDGET,
                SpendingType.BASIC_PERSONNEL, "354001", "1"));
        assertThatThrownBy(() -> b.add(line("2101501", "30101", FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL,
                "354001", "1.234")))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LedgerException.Kind.SCALE);
                    assertThat(e.line()).hasValue(1);
                    assertThat(e.field()).contains("amount");
                }).hasMessageContaining("ledger line 1").hasMessageContaining("1.234");
        assertThat(b.add(line("2101501", "30101", FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL, "354001", "1.2300"))
                .build().amount(1)).hasToString("1.23");
        assertThatThrownBy(() -> b.add(line("2101501", "30101", FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL,
                "999", "1")))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.UNKNOWN_UNIT))
                .hasMessageContaining("999");
        assertThatThrownBy(() -> b.add(line("2101501", "30101", FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.OPERATING, "354001", "1")))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.STAGE));
        assertThatThrownBy(() -> b.add(LedgerLine.of(f("2101501"), FundSource.OTHER, SpendingType.PROJECT, Amount.of(1))
                .withEconomic(GovernmentEconomicCode.parse("50101"))))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.SCHEME_MISMATCH));
        assertThatThrownBy(() -> LedgerLine.of(f("21015"), FundSource.OTHER, SpendingType.PROJECT, Amount.of(1)))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.INVALID_LINE))
                .hasMessageContaining("21015");
        assertThatThrownBy(() -> LedgerLine.of(f("2101501"), FundSource.OTHER, SpendingType.PROJECT, Amount.of(1)).withEconomic(d("301")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("类");
        assertThatThrownBy(() -> b.add(2101501, 20101, FundSource.OTHER, SpendingType.PROJECT, -1, 1))
                .isInstanceOf(LedgerException.class).hasMessageContaining("20101");
        assertThatThrownBy(() -> b.add(210150, 0, FundSource.OTHER, SpendingType.PROJECT, -1, 1))
                .isInstanceOf(LedgerException.class).hasMessageContaining("210150");
        assertThatThrownBy(() -> b.add(2101501, 0, FundSource.OTHER, SpendingType.PROJECT, 2, 1))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.UNKNOWN_UNIT));
        assertThatThrownBy(() -> LedgerHeader.of(ZHUZHOU, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 7))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.INVALID_HEADER));
        assertThatThrownBy(() -> new LedgerHeader(ZHUZHOU, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 2, Scheme.FUNCTION))
                .isInstanceOf(LedgerException.class);
    }

    @Test
    void overflowIsDetectedNotWrapped() {
        Ledger l = Ledger.builder(BUDGET).add(2101501, 0, FundSource.OTHER, SpendingType.PROJECT, -1, Long.MAX_VALUE - 1)
                .add(2101501, 0, FundSource.OTHER, SpendingType.PROJECT, -1, 2).build();
        assertThatThrownBy(l::rollup).isInstanceOfSatisfying(AmountException.class,
                e -> assertThat(e.kind()).isEqualTo(AmountException.Kind.OVERFLOW)).hasMessageContaining("ledger line 1");
        LedgerAggregator a = LedgerAggregator.of(BUDGET).accept(2101501, 0, FundSource.OTHER, SpendingType.PROJECT, -1, Long.MAX_VALUE);
        assertThatThrownBy(() -> a.accept(2101501, 0, FundSource.OTHER, SpendingType.PROJECT, -1, 1))
                .isInstanceOf(AmountException.class);
        Ledger two = Ledger.builder(BUDGET).add(2101501, 0, FundSource.OTHER, SpendingType.PROJECT, -1, Long.MAX_VALUE)
                .add(2101502, 0, FundSource.OTHER, SpendingType.PROJECT, -1, 1).build();
        assertThatThrownBy(two::rollup).isInstanceOf(AmountException.class);
    }

    @Test
    void finalAccountsCarryBalancesAndTheInitialBudget() {
        ReportingEntity liling = new ReportingEntity("醴陵市医疗保障局", List.of());
        LedgerHeader h = LedgerHeader.of(liling, 2021, Stage.FINAL_ACCOUNT, AmountUnit.WAN_YUAN, 2);
        FundSource gpb = FundSource.GENERAL_PUBLIC_BUDGET;
        Ledger budget = Ledger.builder(h.withStage(Stage.BUDGET))
                .add(LedgerLine.of(f("2101501"), gpb, SpendingType.BASIC_PUBLIC, Amount.parse("321.3"))).build();
        Ledger l = Ledger.builder(h)
                .add(LedgerLine.of(f("2101501"), gpb, SpendingType.BASIC_PERSONNEL, Amount.parse("596.04")))
                .add(LedgerLine.of(f("2101599"), FundSource.OTHER, SpendingType.BASIC_PUBLIC, Amount.parse("0.40")))
                .addBalance(BalanceLine.of(BalanceKind.OPENING_CARRY_OVER, f("2101501"), gpb, Amount.parse("0.18")))
                .initialBudget(budget)
                .build();
        Rollup r = l.rollup();
        assertThat(r.income(f("2101501"), Slice.of(gpb))).hasToString("595.86");
        assertThat(r.income(Slice.all())).hasToString("596.26");
        assertThat(r.balance(BalanceKind.OPENING_CARRY_OVER, Slice.all())).hasToString("0.18");
        assertThat(r.balance(BalanceKind.OPENING_CARRY_OVER, f("210"), Slice.of(gpb))).hasToString("0.18");
        assertThat(r.balance(BalanceKind.OPENING_CARRY_OVER, f("229"), Slice.of(gpb))).hasToString("0.00");
        assertThat(r.initialBudget().orElseThrow().function(f("2101501"))).hasToString("321.30");
        assertThat(l.initialBudget()).contains(budget);
        assertThat(r.isAllocatedToUnits()).isFalse();

        assertThatThrownBy(() -> Ledger.builder(h).add(LedgerLine.of(f("2101501"), FundSource.CARRY_OVER, SpendingType.PROJECT, Amount.of(1))))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.STAGE))
                .hasMessageContaining("OPENING_CARRY_OVER");
        assertThatThrownBy(() -> Ledger.builder(BUDGET).addBalance(BalanceLine.of(BalanceKind.OPENING_CARRY_OVER, f("2101501"), gpb, Amount.of(1))))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.STAGE));
        assertThatThrownBy(() -> Ledger.builder(h).addBalance(BalanceLine.of(BalanceKind.SURPLUS_DISTRIBUTION, f("2101501"), gpb, Amount.of(1))))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.INVALID_LINE));
        assertThatThrownBy(() -> Ledger.builder(BUDGET).initialBudget(budget))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.STAGE));
        assertThatThrownBy(() -> Ledger.builder(h).initialBudget(zhuzhou()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.HEADER_MISMATCH));
    }

    @Test
    void convertsDepartmentToGovernmentEconomicCodesByUnitType() {
        EconomicMapping m = (code, type) -> {
            String c = code.toString();
            if (c.startsWith("301") || c.startsWith("303")) {
                return Optional.of(GovernmentEconomicCode.parse(type.mapsAsAdministrative() ? "50101" : "50501"));
            }
            if (c.startsWith("302")) {
                return Optional.of(GovernmentEconomicCode.parse(type.mapsAsAdministrative() ? "50201" : "50502"));
            }
            return c.equals("31013") ? Optional.of(GovernmentEconomicCode.parse("50306")) : Optional.empty();
        };
        Ledger l = zhuzhou();
        Ledger g = l.toGovernmentEconomic(m, UnitType.ADMINISTRATIVE);
        assertThat(g.header().economicScheme()).isEqualTo(Scheme.GOVERNMENT_ECONOMIC);
        // 30101 and 3011201 of the institution 354002 under 2101501 meet in 50501: one line, their sum
        assertThat(g.size()).isEqualTo(l.size() - 1);
        assertThat(g.line(3).governmentEconomic()).contains(GovernmentEconomicCode.parse("50501"));
        assertThat(g.line(3).amount()).hasToString("257.71");
        assertThat(g.line(0).governmentEconomic()).contains(GovernmentEconomicCode.parse("50101"));
        assertThat(g.line(7).economic()).isEmpty();
        assertThat(g.rollup().total()).isEqualTo(l.rollup().total());
        assertThat(g.rollup().economic(GovernmentEconomicCode.parse("501"))).hasToString("67.66");
        assertThat(g.rollup().economic(GovernmentEconomicCode.parse("505"))).hasToString("305.46");
        assertThatThrownBy(() -> g.toGovernmentEconomic(m, UnitType.ADMINISTRATIVE))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.SCHEME_MISMATCH));
        assertThatThrownBy(() -> l.toGovernmentEconomic((c, t) -> Optional.empty(), UnitType.ADMINISTRATIVE))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.UNMAPPED_CODE))
                .hasMessageContaining("30108");
        assertThatThrownBy(() -> l.rollup().economic(GovernmentEconomicCode.parse("501")))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.kind()).isEqualTo(LedgerException.Kind.SCHEME_MISMATCH));
    }

    @Test
    void slicesAreValues() {
        assertThat(Slice.of(FundSource.OTHER).withTypes(SpendingType.PROJECT))
                .isEqualTo(Slice.ofTypes(SpendingType.PROJECT).withSources(FundSource.OTHER));
        assertThat(Slice.all().intersect(Slice.of(FundSource.OTHER)).sources()).containsExactly(FundSource.OTHER);
        assertThat(Slice.ofTypes(SpendingType.PROJECT).intersect(Slice.of(FundSource.OTHER)).includes(FundSource.OTHER, SpendingType.PROJECT))
                .isTrue();
        assertThat(Slice.all().withTypes(SpendingType.PROJECT).withAllTypes()).isEqualTo(Slice.all());
    }
}
