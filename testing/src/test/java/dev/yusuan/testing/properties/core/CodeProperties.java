package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.LenientCodeParser;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.util.List;

/**
 * Classification codes (core's code package): every valid code survives parse and format, from
 * its digits and from its printed columns; every invalid input is rejected with a
 * {@link CodeParseException} naming the input and the position of the first offending character.
 */
class CodeProperties {

    static Gen<ClassificationCode<?>> codes() {
        return BudgetGens.codes();
    }

    private static ClassificationCode<?> parse(Scheme scheme, String text) {
        switch (scheme) {
            case FUNCTION:
                return FunctionCode.parse(text);
            case DEPARTMENT_ECONOMIC:
                return DepartmentEconomicCode.parse(text);
            case GOVERNMENT_ECONOMIC:
                return GovernmentEconomicCode.parse(text);
            default:
                return RevenueCode.parse(text);
        }
    }

    private static ClassificationCode<?> ofSegments(Scheme scheme, String... segments) {
        switch (scheme) {
            case FUNCTION:
                return FunctionCode.ofSegments(segments);
            case DEPARTMENT_ECONOMIC:
                return DepartmentEconomicCode.ofSegments(segments);
            case GOVERNMENT_ECONOMIC:
                return GovernmentEconomicCode.ofSegments(segments);
            default:
                return RevenueCode.ofSegments(segments);
        }
    }

    private static LenientCodeParser.Result<?> lenient(Scheme scheme, String text) {
        switch (scheme) {
            case FUNCTION:
                return LenientCodeParser.parseFunction(text);
            case DEPARTMENT_ECONOMIC:
                return LenientCodeParser.parseDepartmentEconomic(text);
            case GOVERNMENT_ECONOMIC:
                return LenientCodeParser.parseGovernmentEconomic(text);
            default:
                return LenientCodeParser.parseRevenue(text);
        }
    }

    @Property(tries = 2000)
    void everyValidCodeRoundTrips(@ForAll("codes") ClassificationCode<?> code) {
        String text = code.toString();
        Scheme scheme = code.scheme();
        assertThat(text).hasSize(code.level().length()).startsWith(String.valueOf(scheme.leadingDigit()));
        assertThat(parse(scheme, text)).isEqualTo(code).hasToString(text);
        assertThat(ofSegments(scheme, code.segments().toArray(String[]::new))).isEqualTo(code);
        assertThat(String.join("", code.segments())).isEqualTo(text);
        assertThat(code.toInt()).isEqualTo(Integer.parseInt(text));
        LenientCodeParser.Result<?> lenient = lenient(scheme, text);
        assertThat(lenient.isCanonical()).isTrue();
        assertThat((Object) lenient.code()).isEqualTo(code);
        // the hierarchy is the digits: the parent drops the last segment, the ancestors are the prefixes
        List<? extends ClassificationCode<?>> ancestors = code.ancestors();
        assertThat(ancestors).hasSize(scheme.levels().indexOf(code.level()));
        for (ClassificationCode<?> ancestor : ancestors) {
            assertThat(text).startsWith(ancestor.toString());
        }
        assertThat(code.parent().map(Object::toString)).isEqualTo(
                ancestors.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text.substring(0, text.length() - 2)));
        assertThat(code.level()).isEqualTo(scheme.levelOfLength(text.length()));
    }

    /** A scheme and a text that looks like one of its codes. */
    record Input(Scheme scheme, String text) {
        boolean valid() {
            return text.matches("[0-9]+") && scheme.hasLength(text.length()) && text.charAt(0) == scheme.leadingDigit();
        }
    }

    static Gen<Input> inputs() {
        return Gens.elements(Scheme.values()).flatMap(s -> BudgetGens.codeLikeTexts(s).map(t -> new Input(s, t)));
    }

    @Property(tries = 3000)
    void everyInvalidInputIsRejectedNamingTheInputAndThePosition(@ForAll("inputs") Input input) {
        String text = input.text();
        if (input.valid()) {
            assertThat(parse(input.scheme(), text)).hasToString(text);
            return;
        }
        CodeParseException e = catchThrowableOfType(CodeParseException.class, () -> parse(input.scheme(), text));
        assertThat(e).as("'%s' was accepted as a %s code", text, input.scheme()).isNotNull();
        assertThat(e.input()).isEqualTo(text);
        assertThat(e.scheme()).isEqualTo(input.scheme());
        assertThat(e.getMessage()).contains("'" + text + "'").contains("index " + e.errorIndex());
        int at = e.errorIndex();
        assertThat(at).isBetween(0, text.length());
        switch (e.errorType()) {
            case EMPTY:
                assertThat(text).isEmpty();
                break;
            case NOT_A_DIGIT:
                // the index is the first character that is not an ASCII digit
                assertThat(Character.valueOf(text.charAt(at))).isNotIn('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                assertThat(text.substring(0, at)).matches("[0-9]*");
                break;
            case WRONG_LENGTH:
                assertThat(text).matches("[0-9]+");
                assertThat(input.scheme().hasLength(text.length())).isFalse();
                break;
            case WRONG_SCHEME:
                assertThat(at).isZero();
                assertThat(text.charAt(0)).isNotEqualTo(input.scheme().leadingDigit());
                break;
            default:
                throw new AssertionError("unexpected error type " + e.errorType() + " for '" + text + "'");
        }
    }

    /** Split columns of a valid code with one segment cut or padded. */
    record Segments(Scheme scheme, List<String> segments, int broken) {
    }

    static Gen<Segments> brokenSegments() {
        return Gens.elements(Scheme.values()).flatMap(scheme -> Gens.elements(scheme.levels()).flatMap(level ->
                BudgetGens.codeTexts(scheme, level).flatMap(text -> source -> {
                    List<String> segments = new java.util.ArrayList<>(parse(scheme, text).segments());
                    int i = (int) source.choose(segments.size() - 1);
                    String s = segments.get(i);
                    segments.set(i, source.chance(1, 2) ? s.substring(1) : s + "0");
                    return new Segments(scheme, segments, i);
                })));
    }

    @Property(tries = 500)
    void aSegmentOfTheWrongWidthIsRejectedNamingIt(@ForAll("brokenSegments") Segments input) {
        CodeParseException e = catchThrowableOfType(CodeParseException.class,
                () -> ofSegments(input.scheme(), input.segments().toArray(String[]::new)));
        assertThat(e).isNotNull();
        assertThat(e.errorType()).isEqualTo(CodeParseException.ErrorType.WRONG_SEGMENT);
        assertThat(e.input()).isEqualTo(String.join("|", input.segments()));
        assertThat(e.getMessage()).contains("segment " + (input.broken() + 1));
    }

    static Gen<FunctionCode> items() {
        return BudgetGens.functionCodes(CodeLevel.ITEM);
    }

    @Property(tries = 500)
    void aFunctionItemIsBelowEachOfItsAncestors(@ForAll("items") FunctionCode item) {
        for (CodeLevel level : List.of(CodeLevel.CATEGORY, CodeLevel.SECTION)) {
            FunctionCode ancestor = item.atLevel(level);
            assertThat(ancestor.isAncestorOf(item)).isTrue();
            assertThat(item.isAncestorOf(ancestor)).isFalse();
            assertThat(ancestor.compareTo(item)).isNegative();
        }
        assertThat(item.atLevel(CodeLevel.ITEM)).isSameAs(item);
    }
}
