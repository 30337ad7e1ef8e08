package dev.yusuan.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.code.LenientCodeParser.Normalisation;
import org.junit.jupiter.api.Test;

class LenientCodeParserTest {

    @Test
    void acceptsFullWidthDigitsAndSaysSo() {
        var result = LenientCodeParser.parseFunction("２１０１５０１");
        assertThat(result.code()).hasToString("2101501");
        assertThat(result.normalisations()).containsExactly(Normalisation.FULL_WIDTH_DIGITS);
        assertThat(result.input()).isEqualTo("２１０１５０１");
    }

    @Test
    void acceptsSplitColumnsWithOneDigitSegments() {
        var result = LenientCodeParser.parseFunction("210", "15", "2");
        assertThat(result.code()).hasToString("2101502");
        assertThat(result.normalisations()).containsExactly(Normalisation.SEGMENT_ZERO_PADDED);
        assertThat(LenientCodeParser.parseFunction("210", "15", "").code()).hasToString("21015");
        assertThat(LenientCodeParser.parseFunction("210", "15", "01").isCanonical()).isTrue();
    }

    @Test
    void acceptsSpacesAndSeparators() {
        assertThat(LenientCodeParser.parseFunction(" 2101501 ").normalisations()).containsExactly(Normalisation.WHITESPACE_REMOVED);
        var split = LenientCodeParser.parseFunction("210 | 15 | 2");
        assertThat(split.code()).hasToString("2101502");
        assertThat(split.normalisations()).contains(Normalisation.SEPARATORS_REMOVED, Normalisation.SEGMENT_ZERO_PADDED);
        assertThat(LenientCodeParser.parseFunction("210 15 01").code()).hasToString("2101501");
        assertThat(LenientCodeParser.parseDepartmentEconomic("301 12 01").code()).hasToString("3011201");
    }

    @Test
    void stillRejectsWhatIsNotACode() {
        assertThatThrownBy(() -> LenientCodeParser.parseFunction("21015x"))
                .isInstanceOfSatisfying(CodeParseException.class, e -> {
                    assertThat(e.errorIndex()).isEqualTo(5);
                    assertThat(e.input()).isEqualTo("21015x");
                });
        assertThatThrownBy(() -> LenientCodeParser.parseFunction("210", "", "01"))
                .isInstanceOf(CodeParseException.class).hasMessageContaining("blank segment");
        assertThatThrownBy(() -> LenientCodeParser.parseFunction("  "))
                .isInstanceOf(CodeParseException.class);
        assertThatThrownBy(() -> LenientCodeParser.parseDepartmentEconomic("５０１０１"))
                .isInstanceOfSatisfying(CodeParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(CodeParseException.ErrorType.WRONG_SCHEME));
    }
}
