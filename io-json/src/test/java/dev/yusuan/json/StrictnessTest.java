package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each kind of bad input, one by one: the kind, the JSON pointer and the line:column are asserted. */
class StrictnessTest {

    // A minimal valid statement on one line (ASCII only, so that columns count characters).
    static final String HEAD = "{\"format\":\"yusuan/1\",\"type\":\"published-statement\",\"source\":{\"title\":\"T\"},"
            + "\"entity\":{\"name\":\"E\",\"units\":[{\"code\":\"354001\",\"name\":\"U\",\"type\":\"ADMINISTRATIVE\"}]},"
            + "\"year\":2020,\"stage\":\"BUDGET\",\"unit\":\"WAN_YUAN\",\"tables\":[";
    static final String TABLE = "{\"kind\":\"budget/expenditure\",\"title\":\"X\",\"blocks\":[{\"role\":\"MAIN\","
            + "\"columns\":[{\"id\":\"total\",\"label\":[\"A\"]}],\"rows\":[ROWS]}]}";
    static final String ROW = "{\"key\":{\"function\":\"2101501\"},\"label\":\"L\",\"cells\":{\"total\":\"12.30\"}}";

    static String statement(String rows) {
        return HEAD + TABLE.replace("ROWS", rows) + "]}";
    }

    static final String VALID = statement(ROW);

    static JsonFormatException fails(String json) {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.readPublishedStatement(json));
        assertThat(e).as("reading %s", json).isNotNull();
        return e;
    }

    /** Asserts kind, pointer and the column of the first occurrence of {@code at} after {@code after} (line 1). */
    static void assertError(JsonFormatException e, Kind kind, String pointer, String json, String at) {
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
        if (at != null) {
            assertThat(json.indexOf(at)).as("test text has " + at).isGreaterThanOrEqualTo(0);
            assertThat(e.line()).as(e.getMessage()).isEqualTo(1);
            assertThat(e.column()).as(e.getMessage()).isEqualTo(json.indexOf(at) + 1);
        }
        assertThat(e.getMessage()).startsWith(pointer.isEmpty() ? "/" : pointer);
    }

    @Test
    void theValidDocumentReads() {
        PublishedStatement s = YusuanJson.readPublishedStatement(VALID);
        assertThat(s.tables()).hasSize(1);
    }

    @Nested
    class Syntax {
        @Test
        void truncated() {
            String json = VALID.substring(0, 60);
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(e.pointer()).isEqualTo("/source");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(61);
        }

        @Test
        void contentAfterTheDocument() {
            String json = VALID + " {}";
            assertError(fails(json), Kind.SYNTAX, "", json, " {}".substring(1) + "");
        }

        @Test
        void badToken() {
            String json = VALID.replace("\"year\":2020", "\"year\":2020x");
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(e.pointer()).isEqualTo("/year");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(json.indexOf("2020x") + 5);
        }

        @Test
        void nanAndInfinityAreNotJson() {
            for (String bad : new String[] {"NaN", "Infinity", "-Infinity"}) {
                String json = VALID.replace("\"year\":2020", "\"year\":" + bad);
                JsonFormatException e = fails(json);
                assertThat(e.kind()).as(bad).isEqualTo(Kind.SYNTAX);
                assertThat(e.pointer()).as(bad).isEqualTo("/year");
            }
        }

        @Test
        void invalidUtf8() {
            byte[] b = VALID.replace("\"title\":\"T\"", "\"title\":\"T?\"").getBytes(StandardCharsets.UTF_8);
            int i = VALID.indexOf("\"title\":\"T\"") + 10;
            b[i] = (byte) 0xC3; // a lead byte followed by '"'
            JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                    () -> YusuanJson.readPublishedStatement(new ByteArrayInputStream(b)));
            assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(e.pointer()).isEqualTo("/source/title");
            assertThat(e.line()).isEqualTo(1);
        }

        @Test
        void emptyInput() {
            JsonFormatException e = fails("");
            assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(e.pointer()).isEmpty();
        }

        @Test
        void positionsOnLaterLines() {
            String json = VALID.replace(",\"year\":2020", ",\n  \"year\": \"2020\"");
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
            assertThat(e.pointer()).isEqualTo("/year");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(11);
            assertThat(e.getMessage()).startsWith("/year (line 2, column 11): ");
        }
    }

    @Nested
    class Limits {
        @Test
        void numberTooLong() {
            String json = VALID.replace("\"year\":2020", "\"year\":" + "9".repeat(41));
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.LIMIT);
            assertThat(e.pointer()).isEqualTo("/year");
            assertThat(e.problem()).contains("Number value length");
        }

        @Test
        void nestingTooDeep() {
            String json = "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}";
            JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.read(json, Object.class));
            assertThat(e.kind()).isEqualTo(Kind.LIMIT);
            assertThat(e.problem()).contains("nesting depth");
            assertThat(e.pointer()).isEqualTo("/a" + "/0".repeat(63));
            assertThat(e.column()).isGreaterThan(60);
        }

        @Test
        void deepNestingInADocumentIsAWrongTypeBeforeItIsDeep() {
            String json = VALID.replace("\"title\":\"T\"", "\"title\":" + "[".repeat(70) + "]".repeat(70));
            assertError(fails(json), Kind.WRONG_TYPE, "/source/title", json, "[[[");
        }

        @Test
        void stringTooLong() {
            String json = VALID.replace("\"title\":\"T\"", "\"title\":\"" + "x".repeat(YusuanJson.MAX_STRING_LENGTH + 1) + "\"");
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.LIMIT);
            assertThat(e.pointer()).isEqualTo("/source/title");
            assertThat(e.problem()).contains("String value length");
        }
    }

    @Nested
    class Members {
        @Test
        void unknownMemberAtTheRoot() {
            String json = VALID.replace("\"year\":2020", "\"yaer\":2020");
            assertError(fails(json), Kind.UNKNOWN_MEMBER, "/yaer", json, "\"yaer\"");
        }

        @Test
        void unknownMemberInARow() {
            String json = statement(ROW.replace("\"label\":\"L\"", "\"label\":\"L\",\"lable\":\"L\""));
            assertError(fails(json), Kind.UNKNOWN_MEMBER, "/tables/0/blocks/0/rows/0/lable", json, "\"lable\"");
        }

        @Test
        void duplicateMember() {
            String json = VALID.replace("\"year\":2020", "\"year\":2020,\"year\":2021");
            assertError(fails(json), Kind.DUPLICATE_MEMBER, "/year", json, "\"year\":2021");
        }

        @Test
        void duplicateCellMember() {
            String json = statement(ROW.replace("\"total\":\"12.30\"", "\"total\":\"12.30\",\"total\":\"1.30\""));
            assertError(fails(json), Kind.DUPLICATE_MEMBER, "/tables/0/blocks/0/rows/0/cells/total", json, "\"total\":\"1.30\"");
        }

        @Test
        void missingRequiredMember() {
            String json = VALID.replace("\"source\":{\"title\":\"T\"}", "\"source\":{\"document\":\"d\"}");
            assertError(fails(json), Kind.MISSING_MEMBER, "/source", json, "{\"document\"");
        }

        @Test
        void missingRowLabel() {
            String json = statement(ROW.replace("\"label\":\"L\",", ""));
            assertError(fails(json), Kind.MISSING_MEMBER, "/tables/0/blocks/0/rows/0", json, "{\"key\"");
        }

        @Test
        void rowKeyWithTwoMembers() {
            String json = statement(ROW.replace("{\"function\":\"2101501\"}", "{\"function\":\"2101501\",\"line\":\"total\"}"));
            assertError(fails(json), Kind.INVALID_VALUE, "/tables/0/blocks/0/rows/0/key/line", json, "\"line\"");
        }
    }

    @Nested
    class Duplicates {
        @Test
        void duplicateRow() {
            String json = statement(ROW + "," + ROW.replace("12.30", "1.00"));
            int second = json.indexOf(ROW) + ROW.length() + 1;
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_ENTRY);
            assertThat(e.pointer()).isEqualTo("/tables/0/blocks/0/rows/1");
            assertThat(e.column()).isEqualTo(second + 1);
        }

        @Test
        void sameKeyWithDistinctRowNumbersIsFine() {
            String json = statement(ROW.replace("\"label\":\"L\"", "\"label\":\"L\",\"number\":\"1\"") + ","
                    + ROW.replace("\"label\":\"L\"", "\"label\":\"L\",\"number\":\"2\""));
            assertThat(YusuanJson.readPublishedStatement(json).tables().get(0).blocks().get(0).rows()).hasSize(2);
        }

        @Test
        void duplicateColumn() {
            String json = VALID.replace("[{\"id\":\"total\",\"label\":[\"A\"]}]", "[{\"id\":\"total\",\"label\":[\"A\"]},{\"id\":\"total\",\"label\":[]}]");
            assertError(fails(json), Kind.DUPLICATE_ENTRY, "/tables/0/blocks/0/columns/1", json, "{\"id\":\"total\",\"label\":[]}");
        }

        @Test
        void duplicateUnit() {
            String unit = "{\"code\":\"354001\",\"name\":\"U\",\"type\":\"ADMINISTRATIVE\"}";
            String json = VALID.replace(unit, unit + "," + unit.replace("\"U\"", "\"V\""));
            assertError(fails(json), Kind.DUPLICATE_ENTRY, "/entity/units/1", json, unit.replace("\"U\"", "\"V\""));
        }
    }

    @Nested
    class Values {
        @Test
        void invalidCode() {
            String json = statement(ROW.replace("2101501", "21015O1"));
            JsonFormatException e = fails(json);
            assertError(e, Kind.INVALID_VALUE, "/tables/0/blocks/0/rows/0/key/function", json, "\"21015O1\"");
            assertThat(e.getCause()).isInstanceOf(CodeParseException.class);
        }

        @Test
        void codeOfTheWrongScheme() {
            String json = statement(ROW.replace("{\"function\":\"2101501\"}", "{\"function\":\"3010101\"}"));
            assertError(fails(json), Kind.INVALID_VALUE, "/tables/0/blocks/0/rows/0/key/function", json, "\"3010101\"");
        }

        @Test
        void amountWithTooManyDecimals() {
            String json = statement(ROW.replace("\"12.30\"", "\"12.3000001\""));
            JsonFormatException e = fails(json);
            assertError(e, Kind.INVALID_VALUE, "/tables/0/blocks/0/rows/0/cells/total", json, "\"12.3000001\"");
            assertThat(e.problem()).contains("more than 6 decimals");
        }

        @Test
        void amountThatIsNotAPlainDecimal() {
            for (String bad : new String[] {"1,683.48", "1e3", "+5", " 5", "5.", ".5", "0x10", "NaN", "Infinity", "012", "-0", "1683.48 "}) {
                String json = statement(ROW.replace("\"12.30\"", "\"" + bad + "\""));
                JsonFormatException e = fails(json);
                assertThat(e.kind()).as(bad).isEqualTo(Kind.INVALID_VALUE);
                assertThat(e.pointer()).as(bad).isEqualTo("/tables/0/blocks/0/rows/0/cells/total");
                assertThat(e.column()).as(bad).isEqualTo(json.indexOf("\"" + bad + "\"") + 1);
            }
        }

        @Test
        void amountWithTooManyDigits() {
            String json = statement(ROW.replace("\"12.30\"", "\"1234567890123456789\""));
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
            assertThat(e.problem()).contains("18 significant digits");
        }

        @Test
        void amountAsANumber() {
            String json = statement(ROW.replace("\"12.30\"", "12.30"));
            JsonFormatException e = fails(json);
            assertError(e, Kind.WRONG_TYPE, "/tables/0/blocks/0/rows/0/cells/total", json, "12.30}");
            assertThat(e.problem()).contains("write \"12.30\"");
        }

        @Test
        void blankCellWrittenAsEmptyString() {
            String json = statement(ROW.replace("\"12.30\"", "\"\""));
            assertError(fails(json), Kind.INVALID_VALUE, "/tables/0/blocks/0/rows/0/cells/total", json, "\"\"");
        }

        @Test
        void wrongTypes() {
            String json = VALID.replace("\"year\":2020", "\"year\":\"2020\"");
            assertError(fails(json), Kind.WRONG_TYPE, "/year", json, "\"2020\"");
            json = VALID.replace("\"title\":\"T\"", "\"title\":null");
            assertError(fails(json), Kind.WRONG_TYPE, "/source/title", json, "null");
            json = statement(ROW.replace("\"label\":\"L\"", "\"label\":[\"L\"]"));
            assertError(fails(json), Kind.WRONG_TYPE, "/tables/0/blocks/0/rows/0/label", json, "[\"L\"]");
            json = VALID.replace("\"tables\":[", "\"tables\":{\"x\":[").replace("]}]}]}", "]}]}]}}");
            JsonFormatException e = fails(json);
            assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
            assertThat(e.pointer()).isEqualTo("/tables");
        }

        @Test
        void yearOutOfRange() {
            String json = VALID.replace("\"year\":2020", "\"year\":1989");
            assertError(fails(json), Kind.INVALID_VALUE, "/year", json, "1989");
            json = VALID.replace("\"year\":2020", "\"year\":2020.0");
            assertError(fails(json), Kind.WRONG_TYPE, "/year", json, "2020.0");
        }

        @Test
        void unknownEnumName() {
            String json = VALID.replace("\"stage\":\"BUDGET\"", "\"stage\":\"budget\"");
            JsonFormatException e = fails(json);
            assertError(e, Kind.INVALID_VALUE, "/stage", json, "\"budget\"");
            assertThat(e.problem()).contains("BUDGET, ADJUSTED_BUDGET, FINAL_ACCOUNT");
        }

        @Test
        void cellForAColumnTheBlockDoesNotHave() {
            String json = statement(ROW.replace("\"total\":\"12.30\"", "\"total\":\"12.30\",\"amount\":\"1\""));
            assertError(fails(json), Kind.UNKNOWN_MEMBER, "/tables/0/blocks/0/rows/0/cells/amount", json, "\"amount\"");
        }

        @Test
        void columnOutsideTheKindsVocabulary() {
            String json = VALID.replace("{\"id\":\"total\",\"label\":[\"A\"]}", "{\"id\":\"total\",\"label\":[\"A\"]},{\"id\":\"three-public/total\",\"label\":[]}");
            assertError(fails(json), Kind.INVALID_VALUE, "/tables/0/blocks/0/columns/1", json, "{\"id\":\"three-public/total\"");
        }

        @Test
        void tableKindOfTheOtherStage() {
            String json = VALID.replace("budget/expenditure", "final/expenditure");
            assertError(fails(json), Kind.INVALID_VALUE, "/tables/0/kind", json, "\"final/expenditure\"");
        }

        @Test
        void loneSurrogateInText() {
            String json = statement(ROW.replace("\"label\":\"L\"", "\"label\":\"\\ud800\""));
            assertError(fails(json), Kind.INVALID_VALUE, "/tables/0/blocks/0/rows/0/label", json, "\"\\ud800\"");
        }
    }

    @Nested
    class Envelope {
        @Test
        void laterFormatVersionIsRefusedClearly() {
            String json = VALID.replace("yusuan/1", "yusuan/2");
            JsonFormatException e = fails(json);
            assertError(e, Kind.UNSUPPORTED_FORMAT, "/format", json, "\"yusuan/2\"");
            assertThat(e.problem()).contains("'yusuan/2' is not supported").contains("yusuan/1");
        }

        @Test
        void formatMustComeFirst() {
            String json = "{\"type\":\"published-statement\",\"format\":\"yusuan/1\"}";
            assertError(fails(json), Kind.UNSUPPORTED_FORMAT, "/type", json, "\"type\"");
        }

        @Test
        void otherDocumentType() {
            String json = VALID.replace("published-statement", "ledger");
            JsonFormatException e = fails(json);
            assertError(e, Kind.UNSUPPORTED_FORMAT, "/type", json, "\"ledger\"");
            assertThat(e.problem()).contains("a 'published-statement' document was expected");
        }

        @Test
        void notAnObject() {
            String json = "[1]";
            assertError(fails(json), Kind.WRONG_TYPE, "", json, "[");
        }
    }

    @Nested
    class ThroughTheModule {
        @Test
        void valueTypes() {
            JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.read("\"1.1234567\"", Amount.class));
            assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
            assertThat(e.pointer()).isEmpty();
            assertThat(e.column()).isEqualTo(1);
            e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.read("1.5", Amount.class));
            assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
            e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.read("\"1.5\" \"2\"", Amount.class));
            assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
        }

        record Holder(Amount amount, String note) {
        }

        @Test
        void userTypesOnTheStrictMapper() {
            JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                    () -> YusuanJson.read("{\"amount\":\"1.5\",\"nota\":\"x\"}", Holder.class));
            assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
            assertThat(e.pointer()).isEqualTo("/nota");
            e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.read("{\"amount\":\"1.5x\",\"note\":\"x\"}", Holder.class));
            assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
            assertThat(e.pointer()).isEqualTo("/amount");
            assertThat(e.column()).isEqualTo(11);
            e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.read("{\"amount\":\"1.5\",\"amount\":\"1.5\"}", Holder.class));
            assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_MEMBER);
            assertThat(e.pointer()).isEqualTo("/amount");
        }

        @Test
        void mapperIsStrictAndFindsTheModule() throws Exception {
            ObjectMapper m = YusuanJson.mapper();
            assertThat(m.getRegisteredModuleIds()).contains(BudgetJsonModule.class.getName());
            assertThat(m.readValue("{\"amount\":\"30.0\",\"note\":\"n\"}", Holder.class).amount().scale()).isEqualTo(1);
            ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
            assertThat(plain.getRegisteredModuleIds()).contains(BudgetJsonModule.class.getName());
            assertThat(plain.writeValueAsString(Amount.parse("30.0"))).isEqualTo("\"30.0\"");
        }
    }
}
