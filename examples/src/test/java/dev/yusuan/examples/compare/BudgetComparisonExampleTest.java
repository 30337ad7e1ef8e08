package dev.yusuan.examples.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.money.Amount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetComparisonExampleTest {
    @Test
    void lilingCompletionRates() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        BudgetComparison c = BudgetComparisonExample.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(c.line(FunctionCode.parse("2101101")).orElseThrow().completionRate()).contains(new BigDecimal("111.32"));
        assertThat(c.line(FunctionCode.parse("2101501")).orElseThrow().completionRate()).contains(new BigDecimal("185.51"));
        assertThat(c.line(FunctionCode.parse("2101504")).orElseThrow().completionRate()).contains(new BigDecimal("171.20"));
        assertThat(c.line(FunctionCode.parse("2101599")).orElseThrow().completionRate()).contains(new BigDecimal("496.42"));
        assertThat(c.line(FunctionCode.parse("2101202")).orElseThrow().completionRate()).isEmpty();
        // the narrative: 年初预算数 430.93, 决算数 52738.73, 12238.35%
        assertThat(c.total().budget()).isEqualTo(Amount.parse("430.93"));
        assertThat(c.total().actual()).isEqualTo(Amount.parse("52738.73"));
        assertThat(c.total().completionRate()).contains(new BigDecimal("12238.35"));
        assertThat(c.itemSum().actual()).isEqualTo(Amount.parse("52738.72"));
        assertThat(c.flagged()).hasSize(11);
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("2101101 行政单位医疗: 年初预算 9.63, 决算 10.72, 完成率 111.32%");
    }

    @Test
    void thresholdAndEdges() {
        FunctionCode a = FunctionCode.parse("2101501");
        FunctionCode b = FunctionCode.parse("2101502");
        FunctionCode z = FunctionCode.parse("2101599");
        BudgetComparison c = BudgetComparison.of(Map.of(a, Amount.parse("100.00"), b, Amount.parse("100.00"), z, Amount.parse("5")),
                Map.of(a, Amount.parse("110.00"), b, Amount.parse("110.01")), Map.of(), BigDecimal.TEN);
        assertThat(c.line(a).orElseThrow().exceeds(c.threshold())).isFalse(); // exactly 10%: not above
        assertThat(c.line(b).orElseThrow().exceeds(c.threshold())).isTrue();
        assertThat(c.line(z).orElseThrow().completionRate()).contains(new BigDecimal("0.00"));
        assertThat(c.line(z).orElseThrow().variance()).isEqualTo(Amount.parse("-5"));
        assertThat(c.total().budget()).isEqualTo(Amount.parse("205.00"));
        assertThat(c.flagged()).extracting(l -> l.code().orElseThrow()).containsExactly(b, z);
    }
}
