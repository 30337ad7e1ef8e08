package dev.yusuan.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionCodeTest {

    @Test
    void parsesAnItemAndNavigatesItsHierarchy() {
        FunctionCode code = FunctionCode.parse("2101501");
        assertThat(code.level()).isEqualTo(CodeLevel.ITEM);
        assertThat(code.scheme()).isEqualTo(Scheme.FUNCTION);
        assertThat(code.parent()).contains(FunctionCode.parse("21015"));
        assertThat(code.ancestors()).containsExactly(FunctionCode.parse("210"), FunctionCode.parse("21015"));
        assertThat(code.segments()).containsExactly("210", "15", "01");
        assertThat(code.atLevel(CodeLevel.CATEGORY)).hasToString("210");
        assertThat(code.toInt()).isEqualTo(2101501);
        assertThat(FunctionCode.parse("210").parent()).isEmpty();
        assertThat(FunctionCode.parse("210").isAncestorOf(code)).isTrue();
        assertThat(code.isAncestorOf(code)).isFalse();
        assertThat(FunctionCode.parse("211").isAncestorOf(code)).isFalse();
    }

    @Test
    void buildsFromSplitColumns() {
        assertThat(FunctionCode.ofSegments("210", "15", "01")).isEqualTo(FunctionCode.parse("2101501"));
        assertThat(FunctionCode.ofSegments("210", "15")).isEqualTo(FunctionCode.parse("21015"));
        assertThatThrownBy(() -> FunctionCode.ofSegments("210", "15", "2"))
                .isInstanceOf(CodeParseException.class)
                .hasMessageContaining("segment 3")
                .extracting(e -> ((CodeParseException) e).errorType()).isEqualTo(CodeParseException.ErrorType.WRONG_SEGMENT);
    }

    @Test
    void naturalOrderIsTableOrder() {
        List<FunctionCode> codes = new ArrayList<>(List.of(FunctionCode.parse("21002"), FunctionCode.parse("2100101"),
                FunctionCode.parse("21001"), FunctionCode.parse("210"), FunctionCode.parse("208")));
        codes.sort(null);
        assertThat(codes).extracting(Object::toString).containsExactly("208", "210", "21001", "2100101", "21002");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'';EMPTY;0",
        "21015a1;NOT_A_DIGIT;5",
        "２101501;NOT_A_DIGIT;0",
        "210 15;NOT_A_DIGIT;3",
        "2101;WRONG_LENGTH;4",
        "210150101;WRONG_LENGTH;7",
        "30101;WRONG_SCHEME;0",
        "-210;NOT_A_DIGIT;0"
    })
    void rejectsInvalidInputNamingInputAndPosition(String input, CodeParseException.ErrorType type, int index) {
        assertThatThrownBy(() -> FunctionCode.parse(input))
                .isInstanceOfSatisfying(CodeParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    assertThat(e.errorIndex()).isEqualTo(index);
                    assertThat(e.input()).isEqualTo(input);
                    assertThat(e.getMessage()).contains("'" + input + "'").contains("index " + index);
                });
    }

    @Test
    void checksTheLevelWhenAsked() {
        assertThat(FunctionCode.parse("21015", CodeLevel.SECTION)).hasToString("21015");
        assertThatThrownBy(() -> FunctionCode.parse("21015", CodeLevel.ITEM))
                .isInstanceOfSatisfying(CodeParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(CodeParseException.ErrorType.WRONG_LEVEL));
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(FunctionCode.parse("2101501"), FunctionCode.ofSegments("210", "15", "01"))
                .addEqualityGroup(FunctionCode.parse("21015"))
                .addEqualityGroup(FunctionCode.parse("210"))
                .testEquals();
    }

    @Test
    void rejectsNulls() {
        new NullPointerTester().testAllPublicStaticMethods(FunctionCode.class);
        new NullPointerTester().testAllPublicInstanceMethods(FunctionCode.parse("2101501"));
    }

    @Test
    void randomValidCodesRoundTrip() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            int len = 3 + 2 * random.nextInt(3);
            StringBuilder sb = new StringBuilder("2");
            while (sb.length() < len) {
                sb.append(random.nextInt(10));
            }
            String text = sb.toString();
            FunctionCode code = FunctionCode.parse(text);
            assertThat(code.toString()).as("seed %d", seed).isEqualTo(text);
            assertThat(FunctionCode.ofSegments(code.segments().toArray(String[]::new))).as("seed %d", seed).isEqualTo(code);
            assertThat(LenientCodeParser.parseFunction(text).isCanonical()).isTrue();
        }
    }

    @Test
    void randomInvalidInputIsAlwaysRejectedWithTheDocumentedException() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "0123456789２ 　a-|.";
        for (int i = 0; i < 5_000; i++) {
            int len = random.nextInt(11);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            boolean valid = text.matches("2[0-9]{2}([0-9]{2}){0,2}");
            try {
                FunctionCode code = FunctionCode.parse(text);
                assertThat(valid).as("accepted '%s' (seed %d)", text, seed).isTrue();
                assertThat(code).hasToString(text);
            } catch (CodeParseException e) {
                assertThat(valid).as("rejected valid '%s' (seed %d)", text, seed).isFalse();
                assertThat(e.input()).isEqualTo(text);
                assertThat(e.errorIndex()).isBetween(0, text.length());
            }
        }
    }
}
