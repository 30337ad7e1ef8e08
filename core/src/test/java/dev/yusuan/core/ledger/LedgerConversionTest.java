package dev.yusuan.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Conversion to the government scheme maps each line by its own unit's type and adds lines that meet. */
class LedgerConversionTest {
    private static final EconomicMapping MAPPING = (code, type) -> {
        boolean admin = type.mapsAsAdministrative();
        switch (code.toString()) {
            case "30101":
            case "30102":
                return Optional.of(GovernmentEconomicCode.parse(admin ? "50101" : "50501"));
            case "30107": // 绩效工资: institutions only
                return admin ? Optional.empty() : Optional.of(GovernmentEconomicCode.parse("50501"));
            default:
                return Optional.empty();
        }
    };

    @Test
    void mapsByEachLinesUnitAndAddsLinesThatMeet() {
        ReportingEntity entity = new ReportingEntity("测试局", List.of(new BudgetUnit("001", "机关", UnitType.ADMINISTRATIVE),
                new BudgetUnit("002", "中心", UnitType.INSTITUTION)));
        FunctionCode f = FunctionCode.parse("2101501");
        Ledger ledger = Ledger.builder(LedgerHeader.of(entity, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 2))
                .add(LedgerLine.of(f, FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL, Amount.parse("10.00"))
                        .withUnit("001").withEconomic(DepartmentEconomicCode.parse("30101")))
                .add(LedgerLine.of(f, FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL, Amount.parse("2.50"))
                        .withUnit("001").withEconomic(DepartmentEconomicCode.parse("30102")))
                .add(LedgerLine.of(f, FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL, Amount.parse("7.00"))
                        .withUnit("002").withEconomic(DepartmentEconomicCode.parse("30107")))
                .add(LedgerLine.of(f, FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL, Amount.parse("1.00"))
                        .withUnit("002").withEconomic(DepartmentEconomicCode.parse("30101")))
                .build();
        Ledger converted = ledger.toGovernmentEconomic(MAPPING, UnitType.ADMINISTRATIVE);
        assertThat(converted.size()).isEqualTo(2);
        assertThat(converted.rollup().total()).isEqualTo(ledger.rollup().total());
        assertThat(converted.rollup().economic(GovernmentEconomicCode.parse("50101"))).isEqualTo(Amount.parse("12.50"));
        assertThat(converted.rollup().economic(GovernmentEconomicCode.parse("50501"))).isEqualTo(Amount.parse("8.00"));
    }
}
