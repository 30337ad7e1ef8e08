package dev.yusuan.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import java.util.List;
import java.util.Optional;
import dev.yusuan.core.code.CodeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = {"amount", "total", "subtotal", "budget", "final", "income", "carry-over/opening", "carry-over/closing",
            "gov-economic", "dept-economic", "source/fiscal", "source/general-public-budget",
            "source/general-public-budget/appropriation", "source/special-account/custodial", "source/superior-transfer/general",
            "source/carry-over", "source/business-fund", "type/basic", "type/basic/personnel", "type/basic/public", "type/project",
            "type/remit-to-superior", "type/operating", "type/subsidy-to-subordinate", "type/basic/econ/301", "type/project/econ/30201",
            "econ/301", "econ/30101", "econ/3011201", "econ/501", "three-public/total", "three-public/vehicles/purchase",
            "budget/three-public/overseas", "final/three-public/total", "budget/total", "x-city-level", "x-type/basic/general-goods-services"})
    void columnIdsOfTheVocabularyParseAndPrintBack(String id) {
        assertThat(ColumnId.parse(id)).hasToString(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Total", "source", "source/unknown", "type/basic/econ/", "type/basic/econ/2101501", "econ/210",
            "econ/30", "three-public/other", "budget/budget/total", "budget/x-local", "x-", "x- a", "final/", "carry-over"})
    void columnIdsOutsideTheVocabularyAreRejectedNamingTheId(String id) {
        assertThatThrownBy(() -> ColumnId.parse(id))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TableException.Kind.INVALID_ID);
                    assertThat(e.column()).contains(id);
                })
                .hasMessageContaining("'" + id + "'");
    }

    @Test
    void columnIdsKnowWhatTheyStandFor() {
        assertThat(ColumnId.parse("source/fiscal").fundSources())
                .containsExactly(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL);
        assertThat(ColumnId.ofSource(FundSource.BUSINESS)).hasToString("source/business");
        assertThat(ColumnId.parse("source/general-public-budget/appropriation").fundSources()).isEmpty();
        assertThat(ColumnId.parse("type/basic").spendingTypes()).containsExactly(SpendingType.BASIC_PERSONNEL, SpendingType.BASIC_PUBLIC);
        assertThat(ColumnId.parse("budget/type/project").spendingTypes()).containsExactly(SpendingType.PROJECT);
        assertThat(ColumnId.parse("type/basic/econ/301").economicCode()).contains(DepartmentEconomicCode.parse("301"));
        assertThat(ColumnId.parse("budget/three-public/overseas").inner()).contains(ColumnId.parse("three-public/overseas"));
        assertThat(ColumnId.parse("budget/three-public/overseas").isBudgetFigure()).isTrue();
        assertThat(ColumnId.parse("x-a").isLocal()).isTrue();
        assertThat(ColumnId.parse("x-a").family()).isEqualTo(ColumnFamily.LOCAL);
    }

    @Test
    void columnGroupsFollowTheVocabulary() {
        assertThat(group("type/basic/personnel")).contains("type/basic");
        assertThat(group("type/basic")).isEmpty();
        assertThat(group("source/general-public-budget/appropriation")).contains("source/general-public-budget");
        assertThat(group("source/general-public-budget")).contains("source/fiscal");
        assertThat(group("source/business")).isEmpty();
        assertThat(group("econ/30101")).contains("econ/301");
        assertThat(group("econ/301")).isEmpty();
        assertThat(group("type/basic/econ/30101")).contains("type/basic/econ/301");
        assertThat(group("type/basic/econ/301")).contains("type/basic");
        assertThat(group("three-public/vehicles/purchase")).contains("three-public/vehicles");
        assertThat(group("three-public/overseas")).contains("three-public/total");
        assertThat(group("three-public/total")).isEmpty();
        assertThat(group("budget/three-public/vehicles/operation")).contains("budget/three-public/vehicles");
        assertThat(group("total")).isEmpty();
    }

    private static Optional<String> group(String id) {
        return ColumnId.parse(id).group().map(ColumnId::toString);
    }

    @Test
    void standardLabelsArePrintedHeaderPaths() {
        assertThat(ColumnId.parse("type/basic/personnel").standardLabel()).containsExactly("基本支出", "人员经费");
        assertThat(ColumnId.parse("budget/three-public/vehicles/purchase").standardLabel())
                .containsExactly("预算数", "公务用车购置及运行费", "公务用车购置费");
        assertThat(ColumnId.TOTAL.standardLabel()).containsExactly("合计");
        assertThat(ColumnId.parse("source/general-public-budget").standardLabel()).containsExactly("一般公共预算拨款");
    }

    @ParameterizedTest
    @ValueSource(strings = {"total", "grand-total", "income/general-public-budget", "income/general-public-budget/appropriation",
            "income/fiscal", "income/current-year-total", "expenditure/current-year-total", "expenditure/type/basic",
            "expenditure/type/project/econ/303", "expenditure/econ/301", "carry-over/opening", "carry-over/closing",
            "carry-over/opening/general-public-budget", "surplus-distribution", "use-of-non-fiscal-surplus",
            "three-public/vehicles/operation", "x-income/general-public-budget/other-revenue"})
    void lineIdsOfTheVocabularyParseAndPrintBack(String id) {
        assertThat(LineId.parse(id)).hasToString(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "合计", "income", "income/unknown", "expenditure/type/other", "expenditure/econ/210",
            "carry-over/opening/unknown", "x-"})
    void lineIdsOutsideTheVocabularyAreRejected(String id) {
        assertThatThrownBy(() -> LineId.parse(id))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.kind()).isEqualTo(TableException.Kind.INVALID_ID))
                .hasMessageContaining("'" + id + "'");
    }

    @Test
    void lineIdsKnowTheirGroupsAndLabels() {
        assertThat(LineId.parse("income/general-public-budget/appropriation").group()).contains(LineId.parse("income/general-public-budget"));
        assertThat(LineId.parse("expenditure/type/basic/econ/301").group()).contains(LineId.parse("expenditure/type/basic"));
        assertThat(LineId.parse("carry-over/opening/state-capital").group()).contains(LineId.CARRY_OVER_OPENING);
        assertThat(LineId.parse("income/other").fundSources()).containsExactly(FundSource.OTHER);
        assertThat(LineId.parse("expenditure/type/basic").spendingTypes()).hasSize(2);
        assertThat(LineId.GRAND_TOTAL.standardLabel()).isEqualTo("总计");
        assertThat(LineId.ofIncome(FundSource.CARRY_OVER).standardLabel()).isEqualTo("上年结转");
        assertThat(LineId.USE_OF_NON_FISCAL_SURPLUS.standardLabel()).isEqualTo("使用非财政拨款结余");
    }

    @Test
    void rowKeysPrintAsKindColonValueAndParseBack() {
        for (String s : List.of("function:2101501", "deptEconomic:3011201", "govEconomic:50101", "revenue:10101", "unit:354001",
                "line:grand-total", "item:社保科", "item:")) {
            assertThat(RowKey.parse(s)).hasToString(s);
        }
        new EqualsTester()
                .addEqualityGroup(RowKey.parse("function:21015"), RowKey.function(FunctionCode.parse("21015")))
                .addEqualityGroup(RowKey.parse("deptEconomic:30101"))
                .addEqualityGroup(RowKey.item("合计"))
                .addEqualityGroup(RowKey.line(LineId.TOTAL))
                .testEquals();
        assertThat(RowKey.parse("function:2101501").parent()).contains(RowKey.parse("function:21015"));
        assertThat(RowKey.parse("function:210").parent()).isEmpty();
        assertThat(RowKey.parse("deptEconomic:3011201").parent()).contains(RowKey.parse("deptEconomic:30112"));
        assertThat(RowKey.parse("line:income/general-public-budget/appropriation").parent())
                .contains(RowKey.parse("line:income/general-public-budget"));
        assertThat(RowKey.parse("unit:354001").parent()).isEmpty();
        assertThat(RowKey.Kind.fromJsonName("deptEconomic")).isEqualTo(RowKey.Kind.DEPARTMENT_ECONOMIC);
    }

    @Test
    void badRowKeysAreTableExceptionsNamingTheKey() {
        assertThatThrownBy(() -> RowKey.parse("function:21O15")).isInstanceOf(TableException.class).hasMessageContaining("function:21O15");
        assertThatThrownBy(() -> RowKey.parse("2101501")).isInstanceOf(TableException.class).hasMessageContaining("kind prefix");
        assertThatThrownBy(() -> RowKey.parse("code:2101501")).isInstanceOf(TableException.class);
        assertThatThrownBy(() -> RowKey.unit("35 4001")).isInstanceOf(TableException.class);
        assertThatThrownBy(() -> RowKey.of(RowKey.Kind.DEPARTMENT_ECONOMIC, "50101")).isInstanceOf(TableException.class)
                .hasMessageContaining("deptEconomic:50101").hasCauseInstanceOf(CodeParseException.class);
    }

    @Test
    void tableKindsHaveIdsStagesAndVocabularies() {
        for (TableKind k : TableKind.values()) {
            assertThat(TableKind.fromId(k.id())).isSameAs(k);
        }
        assertThat(TableKind.FINAL_SUMMARY.standardNumber()).contains("公开01表");
        assertThat(TableKind.FINAL_SUMMARY.appliesTo(Stage.FINAL_ACCOUNT)).isTrue();
        assertThat(TableKind.FINAL_SUMMARY.appliesTo(Stage.BUDGET)).isFalse();
        assertThat(TableKind.BUDGET_SUMMARY.appliesTo(Stage.ADJUSTED_BUDGET)).isTrue();
        assertThat(TableKind.OTHER.appliesTo(Stage.FINAL_ACCOUNT)).isTrue();
        assertThat(TableKind.BUDGET_THREE_PUBLIC.allows(ColumnId.parse("three-public/total"))).isTrue();
        assertThat(TableKind.BUDGET_EXPENDITURE.allows(ColumnId.parse("three-public/total"))).isFalse();
        assertThat(TableKind.BUDGET_EXPENDITURE.allows(ColumnId.parse("x-anything"))).isTrue();
        assertThatThrownBy(() -> TableKind.fromId("budget/nothing")).isInstanceOf(TableException.class);
    }
}
