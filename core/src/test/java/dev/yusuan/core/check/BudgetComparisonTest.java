package dev.yusuan.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.money.Amount;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetComparisonTest {
    private static FunctionCode f(String c) {
        return FunctionCode.parse(c);
    }

    @Test
    void lilingAdministrativeUnitMedicalCare() {
        // Liling 2021 final account: 2101101 行政单位医疗, 年初预算数 9.63, 决算数 10.72
        BudgetComparison c = BudgetComparison.of(Map.of(f("2101101"), Amount.parse("9.63")),
                Map.of(f("2101101"), Amount.parse("10.72")), BudgetComparison.DEFAULT_THRESHOLD);
        BudgetComparison.Line line = c.lines().get(0);
        assertThat(line.rate()).contains(new BigDecimal("111.32"));
        assertThat(line.difference()).hasToString("1.09");
        assertThat(line.flagged()).isTrue();
        BudgetComparison loose = BudgetComparison.of(Map.of(f("2101101"), Amount.parse("9.63")),
                Map.of(f("2101101"), Amount.parse("10.72")), new BigDecimal("15"));
        assertThat(loose.flagged()).isEmpty();
    }

    @Test
    void itemsOnOneSideOnly() {
        BudgetComparison c = BudgetComparison.of(Map.of(f("2101501"), Amount.parse("100.00")),
                Map.of(f("2101502"), Amount.parse("5.00")), BudgetComparison.DEFAULT_THRESHOLD);
        assertThat(c.lines()).extracting(l -> l.code().toString()).containsExactly("2101501", "2101502");
        assertThat(c.lines().get(0).rate()).contains(new BigDecimal("0.00"));
        assertThat(c.lines().get(1).rate()).isEmpty();
        assertThat(c.flagged()).hasSize(2);
        assertThatThrownBy(() -> BudgetComparison.of(Map.of(), Map.of(), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
