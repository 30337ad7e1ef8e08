package dev.yusuan.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EconomicCodeTest {

    @Test
    void localSubItemsRollUpToTheirSection() {
        DepartmentEconomicCode local = DepartmentEconomicCode.parse("3011201");
        assertThat(local.level()).isEqualTo(CodeLevel.LOCAL);
        assertThat(local.parent()).contains(DepartmentEconomicCode.parse("30112"));
        assertThat(local.atLevel(CodeLevel.SECTION)).hasToString("30112");
        assertThat(local.atLevel(CodeLevel.CATEGORY)).hasToString("301");
    }

    @Test
    void theTwoSchemesAreDistinct() {
        assertThatThrownBy(() -> DepartmentEconomicCode.parse("50101"))
                .isInstanceOfSatisfying(CodeParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(CodeParseException.ErrorType.WRONG_SCHEME));
        assertThatThrownBy(() -> GovernmentEconomicCode.parse("30101"))
                .isInstanceOf(CodeParseException.class);
        assertThat(GovernmentEconomicCode.parse("50101").scheme()).isEqualTo(Scheme.GOVERNMENT_ECONOMIC);
        assertThat((Object) DepartmentEconomicCode.parse("30101")).isNotEqualTo(FunctionCode.parse("2101501"));
    }

    @Test
    void revenueCodesHaveFourLevels() {
        RevenueCode code = RevenueCode.parse("101010101");
        assertThat(code.level()).isEqualTo(CodeLevel.SUBITEM);
        assertThat(code.ancestors()).extracting(Object::toString).containsExactly("101", "10101", "1010101");
        assertThatThrownBy(() -> RevenueCode.parse("1010101011")).isInstanceOf(CodeParseException.class);
    }

    @Test
    void economicCodesHaveNoNineDigitLevel() {
        assertThatThrownBy(() -> DepartmentEconomicCode.parse("301010101"))
                .isInstanceOfSatisfying(CodeParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(CodeParseException.ErrorType.WRONG_LENGTH));
    }
}
