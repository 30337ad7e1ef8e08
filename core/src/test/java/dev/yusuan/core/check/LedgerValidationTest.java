package dev.yusuan.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerAggregator;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A ledger is checked through the tables derived from its aggregates; a consistent ledger gives no ERROR or WARNING. */
class LedgerValidationTest {
    private static final ReportingEntity ENTITY = new ReportingEntity("测试局", List.of(
            new BudgetUnit("001", "机关", UnitType.ADMINISTRATIVE), new BudgetUnit("002", "中心", UnitType.INSTITUTION)));
    private static final String[] FUNCTIONS = {"2080505", "2101101", "2101501", "2101502", "2101599", "2013101"};
    private static final String[] ECONOMICS = {"30101", "30102", "30108", "30201", "30217", "30305", "31002"};

    private static Ledger randomLedger(long seed, int lines) {
        SplittableRandom random = new SplittableRandom(seed);
        Ledger.Builder b = Ledger.builder(LedgerHeader.of(ENTITY, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 2));
        FundSource[] sources = {FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.OTHER};
        SpendingType[] types = {SpendingType.BASIC_PERSONNEL, SpendingType.BASIC_PUBLIC, SpendingType.PROJECT};
        for (int i = 0; i < lines; i++) {
            LedgerLine line = LedgerLine.of(FunctionCode.parse(FUNCTIONS[random.nextInt(FUNCTIONS.length)]),
                    sources[random.nextInt(sources.length)], types[random.nextInt(types.length)],
                    Amount.of(random.nextLong(1, 1_000_000), 2))
                    .withUnit(random.nextBoolean() ? "001" : "002")
                    .withEconomic(DepartmentEconomicCode.parse(ECONOMICS[random.nextInt(ECONOMICS.length)]));
            b.add(line);
        }
        return b.build();
    }

    @Test
    void derivedTablesOfRandomLedgersGiveNoErrorOrWarning() {
        long seed = System.nanoTime();
        for (int trial = 0; trial < 30; trial++) {
            Ledger ledger = randomLedger(seed + trial, 1 + trial * 7);
            assertThat(dev.yusuan.core.derive.TableDeriver.of(ledger).derivableKinds()).as("tables to check").hasSizeGreaterThan(5);
            Report report = Validator.builder().build().validate(ledger);
            assertThat(report.count(Severity.ERROR)).as("seed %d: %s", seed + trial, report).isZero();
            assertThat(report.count(Severity.WARNING)).as("seed %d: %s", seed + trial, report).isZero();
        }
    }

    @Test
    void streamingGivesTheSameReportAsTheWholeLedger() {
        Ledger ledger = randomLedger(42, 500);
        LedgerAggregator aggregator = LedgerAggregator.of(ledger.header());
        for (int i = 0; i < ledger.size(); i++) {
            aggregator.accept(ledger.line(i));
        }
        Validator validator = Validator.builder().build();
        assertThat(validator.validate(aggregator.result())).isEqualTo(validator.validate(ledger));
    }
}
