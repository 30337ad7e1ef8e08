package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ledger document: canonical text, streaming, and each kind of bad input. */
class LedgerJsonTest {
    static final ReportingEntity ENTITY = new ReportingEntity("株洲市医疗保障局", List.of(
            new BudgetUnit("354001", "机关", UnitType.ADMINISTRATIVE), new BudgetUnit("354002", "事务中心", UnitType.INSTITUTION)));
    static final LedgerHeader BUDGET = LedgerHeader.of(ENTITY, 2020, Stage.BUDGET, AmountUnit.WAN_YUAN, 2);

    static final String HEAD = "{\"format\":\"yusuan/1\",\"type\":\"ledger\",\"entity\":{\"name\":\"E\",\"units\":["
            + "{\"code\":\"354001\",\"name\":\"U\",\"type\":\"ADMINISTRATIVE\"}]},\"year\":2020,\"stage\":\"STAGE\",\"unit\":\"WAN_YUAN\","
            + "\"scale\":2,\"economicScheme\":\"DEPARTMENT_ECONOMIC\",";
    static final String LINE = "{\"function\":\"2101501\",\"economic\":\"30101\",\"source\":\"general-public-budget\","
            + "\"type\":\"basic/personnel\",\"unit\":\"354001\",\"amount\":\"12.34\"}";

    static String ledger(String stage, String body) {
        return HEAD.replace("STAGE", stage) + body + "}";
    }

    static String lines(String... lines) {
        return "\"lines\":[" + String.join(",", lines) + "]";
    }

    static final String VALID = ledger("BUDGET", lines(LINE));

    static JsonFormatException fails(String json) {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.readLedger(json));
        assertThat(e).as("reading %s", json).isNotNull();
        return e;
    }

    static void assertError(JsonFormatException e, Kind kind, String pointer, String json, int column) {
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
        assertThat(e.line()).as(e.getMessage()).isEqualTo(1);
        assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
    }

    static int col(String json, String at) {
        int i = json.indexOf(at);
        assertThat(i).as(at).isGreaterThanOrEqualTo(0);
        return i + 1;
    }

    static Ledger sample() {
        Ledger budget = Ledger.builder(LedgerHeader.of(ENTITY, 2021, Stage.BUDGET, AmountUnit.WAN_YUAN, 2))
                .add(LedgerLine.of(FunctionCode.parse("2101501"), FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL,
                        Amount.parse("100.00")))
                .build();
        return Ledger.builder(LedgerHeader.of(ENTITY, 2021, Stage.FINAL_ACCOUNT, AmountUnit.WAN_YUAN, 2))
                .addBalance(BalanceLine.of(BalanceKind.OPENING_CARRY_OVER, FunctionCode.parse("2101501"), FundSource.GENERAL_PUBLIC_BUDGET,
                        Amount.parse("0.18")))
                .initialBudget(budget)
                .add(LedgerLine.of(FunctionCode.parse("2101501"), FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PERSONNEL,
                        Amount.parse("93.72")).withEconomic(DepartmentEconomicCode.parse("30101")).withUnit("354001"))
                .add(LedgerLine.of(FunctionCode.parse("2101501"), FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.BASIC_PUBLIC,
                        Amount.parse("30.0")).withEconomic(DepartmentEconomicCode.parse("30201")))
                .add(LedgerLine.of(FunctionCode.parse("2101550"), FundSource.BUSINESS, SpendingType.OPERATING, Amount.parse("-1.5"))
                        .withUnit("354002"))
                .build();
    }

    static final String SAMPLE_TEXT = String.join("\n",
            "{",
            "  \"format\": \"yusuan/1\",",
            "  \"type\": \"ledger\",",
            "  \"entity\": {",
            "    \"name\": \"株洲市医疗保障局\",",
            "    \"units\": [",
            "      {\"code\": \"354001\", \"name\": \"机关\", \"type\": \"ADMINISTRATIVE\"},",
            "      {\"code\": \"354002\", \"name\": \"事务中心\", \"type\": \"INSTITUTION\"}",
            "    ]",
            "  },",
            "  \"year\": 2021,",
            "  \"stage\": \"FINAL_ACCOUNT\",",
            "  \"unit\": \"WAN_YUAN\",",
            "  \"scale\": 2,",
            "  \"economicScheme\": \"DEPARTMENT_ECONOMIC\",",
            "  \"balances\": [",
            "    {\"kind\": \"OPENING_CARRY_OVER\", \"function\": \"2101501\", \"source\": \"general-public-budget\", \"amount\": \"0.18\"}",
            "  ],",
            "  \"initialBudget\": {",
            "    \"lines\": [",
            "      {\"function\": \"2101501\", \"source\": \"general-public-budget\", \"type\": \"basic/personnel\", \"amount\": \"100.00\"}",
            "    ]",
            "  },",
            "  \"lines\": [",
            "    {\"function\": \"2101501\", \"economic\": \"30101\", \"source\": \"general-public-budget\", \"type\": \"basic/personnel\", "
                    + "\"unit\": \"354001\", \"amount\": \"93.72\"},",
            "    {\"function\": \"2101501\", \"economic\": \"30201\", \"source\": \"general-public-budget\", \"type\": \"basic/public\", "
                    + "\"amount\": \"30.00\"},",
            "    {\"function\": \"2101550\", \"source\": \"business\", \"type\": \"operating\", \"unit\": \"354002\", \"amount\": \"-1.50\"}",
            "  ]",
            "}",
            "");

    @Test
    void canonicalText() {
        assertThat(YusuanJson.toJson(sample())).isEqualTo(SAMPLE_TEXT);
        Ledger read = YusuanJson.readLedger(SAMPLE_TEXT);
        assertThat(Generated.LedgerContent.of(read)).isEqualTo(Generated.LedgerContent.of(sample()));
    }

    @Test
    void streamingHandsOverPrimitivesInOrder() {
        List<String> seen = new ArrayList<>();
        LedgerHeader h = YusuanJson.readLedger(new ByteArrayInputStream(SAMPLE_TEXT.getBytes(StandardCharsets.UTF_8)), new LedgerHandler() {
            @Override
            public void header(LedgerHeader header) {
                seen.add("header " + header.stage());
            }

            @Override
            public void balance(BalanceLine balance) {
                seen.add("balance " + balance.amount());
            }

            @Override
            public LedgerHandler initialBudget(LedgerHeader header) {
                seen.add("budget " + header.stage());
                return (f, e, s, t, u, a) -> seen.add("budget line " + f + " " + a);
            }

            @Override
            public void visit(int f, int e, FundSource s, SpendingType t, int u, long a) {
                seen.add("line " + f + " " + e + " " + s.id() + " " + t.id() + " " + u + " " + a);
            }

            @Override
            public void end() {
                seen.add("end");
            }
        });
        assertThat(h.stage()).isEqualTo(Stage.FINAL_ACCOUNT);
        assertThat(seen).containsExactly("header FINAL_ACCOUNT", "balance 0.18", "budget BUDGET", "budget line 2101501 10000",
                "line 2101501 30101 general-public-budget basic/personnel 0 9372", "line 2101501 30201 general-public-budget basic/public -1 3000",
                "line 2101550 0 business operating 1 -150", "end");
    }

    @Test
    void rollupWhileStreaming() {
        Rollup r = YusuanJson.rollupLedger(new ByteArrayInputStream(SAMPLE_TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.total()).isEqualTo(Amount.parse("122.22"));
        assertThat(r.initialBudget().orElseThrow().total()).isEqualTo(Amount.parse("100.00"));
        assertThat(r.lineCount()).isEqualTo(3);
    }

    @Test
    void streamingWriterTakesAnIteratorAndHoldsNothing() {
        long n = 100_000;
        Iterator<LedgerLine> lines = new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public LedgerLine next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                long k = i++;
                return LedgerLine.of(FunctionCode.parse(Long.toString(2_000_000 + k % 1_000_000)), FundSource.GENERAL_PUBLIC_BUDGET,
                        SpendingType.PROJECT, Amount.of(k, 2)).withUnit(k % 2 == 0 ? "354001" : "354002");
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YusuanJson.writeLedger(out, BUDGET, lines);
        long[] count = new long[2];
        YusuanJson.readLedger(new ByteArrayInputStream(out.toByteArray()), (f, e, s, t, u, a) -> {
            count[0]++;
            count[1] += a;
        });
        assertThat(count[0]).isEqualTo(n);
        assertThat(count[1]).isEqualTo(n * (n - 1) / 2);
    }

    @Test
    void primitiveProducerWritesTheSameBytesAsTheLedger() {
        Ledger l = sample();
        Ledger noBudget = Ledger.builder(l.header().withStage(Stage.FINAL_ACCOUNT)).build();
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        YusuanJson.writeLedger(a, l.header(), l.balances(), l::forEachLine);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Ledger same = Ledger.builder(l.header()).addBalance(l.balances().get(0)).add(l.line(0)).add(l.line(1)).add(l.line(2)).build();
        YusuanJson.writeLedger(same, b);
        assertThat(a.toString(StandardCharsets.UTF_8)).isEqualTo(b.toString(StandardCharsets.UTF_8));
        assertThat(noBudget.size()).isZero();
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.writeLedger(new ByteArrayOutputStream(),
                BUDGET, List.of(), sink -> {
                    sink.visit(2101501, 0, FundSource.OTHER, SpendingType.PROJECT, 0, 100);
                    sink.visit(2101501, 0, FundSource.OTHER, SpendingType.OPERATING, 0, 100);
                }));
        assertThat(e.kind()).isEqualTo(Kind.NOT_WRITABLE);
        assertThat(e.pointer()).isEqualTo("/lines/1");
    }

    @Test
    void writerRefusesTwoLinesWithTheSameKey() {
        LedgerLine l = LedgerLine.of(FunctionCode.parse("2101501"), FundSource.OTHER, SpendingType.PROJECT, Amount.parse("1.00"));
        Ledger twice = Ledger.builder(BUDGET).add(l).add(l.withAmount(Amount.parse("2.00"))).build();
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.toJson(twice));
        assertThat(e.kind()).isEqualTo(Kind.NOT_WRITABLE);
        assertThat(e.pointer()).isEqualTo("/lines/1");
        assertThat(e.problem()).contains("line 1 has the same key");
        e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.writeLedger(new ByteArrayOutputStream(), BUDGET,
                List.of(l, l).iterator()));
        assertThat(e.kind()).isEqualTo(Kind.NOT_WRITABLE);
    }

    @Test
    void writerRefusesTwoBalancesWithTheSameKey() {
        BalanceLine b = BalanceLine.of(BalanceKind.CLOSING_CARRY_OVER, FunctionCode.parse("2101501"), FundSource.OTHER, Amount.parse("1.00"));
        Ledger twice = Ledger.builder(BUDGET).addBalance(b).addBalance(b).build();
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.toJson(twice));
        assertThat(e.kind()).isEqualTo(Kind.NOT_WRITABLE);
        assertThat(e.pointer()).isEqualTo("/balances/1");
    }

    @Test
    void writerRefusesAnAmountThatNeedsRounding() {
        LedgerLine l = LedgerLine.of(FunctionCode.parse("2101501"), FundSource.OTHER, SpendingType.PROJECT, Amount.parse("1.005"));
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> YusuanJson.writeLedger(new ByteArrayOutputStream(),
                BUDGET, List.of(l).iterator()));
        assertThat(e.kind()).isEqualTo(Kind.NOT_WRITABLE);
        assertThat(e.problem()).contains("without rounding");
    }

    @Test
    void theValidDocumentReads() {
        assertThat(YusuanJson.readLedger(VALID).size()).isEqualTo(1);
    }

    @Nested
    class BadLines {
        @Test
        void duplicateLine() {
            String json = ledger("BUDGET", lines(LINE, LINE.replace("12.34", "1.00")));
            JsonFormatException e = fails(json);
            assertError(e, Kind.DUPLICATE_ENTRY, "/lines/1", json, json.lastIndexOf("}]") + 1);
            assertThat(e.problem()).contains("line 1 has the same key as an earlier line");
        }

        @Test
        void sameKeyButAnotherUnitIsFine() {
            String json = ledger("BUDGET", lines(LINE, LINE.replace(",\"unit\":\"354001\"", "")));
            assertThat(YusuanJson.readLedger(json).size()).isEqualTo(2);
        }

        @Test
        void duplicateMemberInALine() {
            String json = ledger("BUDGET", lines(LINE.replace("\"amount\"", "\"type\":\"project\",\"amount\"")));
            assertError(fails(json), Kind.DUPLICATE_MEMBER, "/lines/0/type", json, col(json, "\"type\":\"project\""));
        }

        @Test
        void unknownMemberInALine() {
            String json = ledger("BUDGET", lines(LINE.replace("\"amount\"", "\"amout\":\"1\",\"amount\"")));
            assertError(fails(json), Kind.UNKNOWN_MEMBER, "/lines/0/amout", json, col(json, "\"amout\""));
        }

        @Test
        void missingAmount() {
            String json = ledger("BUDGET", lines(LINE.replace(",\"amount\":\"12.34\"", "")));
            JsonFormatException e = fails(json);
            assertError(e, Kind.MISSING_MEMBER, "/lines/0", json, json.lastIndexOf("}]") + 1);
            assertThat(e.problem()).contains("'amount'");
        }

        @Test
        void amountWithAnotherScaleThanTheLedger() {
            String json = ledger("BUDGET", lines(LINE.replace("12.34", "12.3")));
            JsonFormatException e = fails(json);
            assertError(e, Kind.INVALID_VALUE, "/lines/0/amount", json, col(json, "\"12.3\""));
            assertThat(e.problem()).contains("write '12.30'");
            json = ledger("BUDGET", lines(LINE.replace("12.34", "12.340")));
            assertError(fails(json), Kind.INVALID_VALUE, "/lines/0/amount", json, col(json, "\"12.340\""));
        }

        @Test
        void amountAsANumber() {
            String json = ledger("BUDGET", lines(LINE.replace("\"12.34\"", "12.34")));
            assertError(fails(json), Kind.WRONG_TYPE, "/lines/0/amount", json, col(json, "12.34}"));
        }

        @Test
        void functionCodeThatIsNotAnItem() {
            String json = ledger("BUDGET", lines(LINE.replace("2101501", "21015")));
            assertError(fails(json), Kind.INVALID_VALUE, "/lines/0/function", json, col(json, "\"21015\""));
            json = ledger("BUDGET", lines(LINE.replace("2101501", "21O1501")));
            JsonFormatException e = fails(json);
            assertError(e, Kind.INVALID_VALUE, "/lines/0/function", json, col(json, "\"21O1501\""));
            assertThat(e.getCause()).isInstanceOf(dev.yusuan.core.code.CodeParseException.class);
        }

        @Test
        void economicCodeOfTheOtherScheme() {
            String json = ledger("BUDGET", lines(LINE.replace("30101", "50101")));
            JsonFormatException e = fails(json);
            assertError(e, Kind.INVALID_VALUE, "/lines/0/economic", json, col(json, "\"50101\""));
            assertThat(e.problem()).contains("政府预算支出经济分类");
        }

        @Test
        void unknownUnit() {
            String json = ledger("BUDGET", lines(LINE.replace("\"354001\",\"amount\"", "\"354009\",\"amount\"")));
            assertError(fails(json), Kind.INVALID_VALUE, "/lines/0/unit", json, col(json, "\"354009\""));
        }

        @Test
        void unknownFundSourceAndType() {
            String json = ledger("BUDGET", lines(LINE.replace("general-public-budget", "general")));
            assertError(fails(json), Kind.INVALID_VALUE, "/lines/0/source", json, col(json, "\"general\""));
            json = ledger("BUDGET", lines(LINE.replace("basic/personnel", "BASIC_PERSONNEL")));
            assertError(fails(json), Kind.INVALID_VALUE, "/lines/0/type", json, col(json, "\"BASIC_PERSONNEL\""));
        }

        @Test
        void finalAccountTypeInABudget() {
            String json = ledger("BUDGET", lines(LINE.replace("basic/personnel", "operating")));
            assertError(fails(json), Kind.INVALID_VALUE, "/lines/0/type", json, col(json, "\"operating\""));
        }

        @Test
        void carryOverAsASourceInAFinalAccount() {
            String json = ledger("FINAL_ACCOUNT", lines(LINE.replace("general-public-budget", "carry-over")));
            assertError(fails(json), Kind.INVALID_VALUE, "/lines/0/source", json, col(json, "\"carry-over\""));
        }

        @Test
        void lineThatIsNotAnObject() {
            String json = ledger("BUDGET", lines(LINE, "[]"));
            assertError(fails(json), Kind.WRONG_TYPE, "/lines/1", json, col(json, "[]"));
        }
    }

    @Nested
    class BadStructure {
        @Test
        void memberAfterLines() {
            String json = ledger("BUDGET", lines(LINE) + ",\"balances\":[]");
            assertError(fails(json), Kind.MEMBER_ORDER, "/balances", json, col(json, "\"balances\""));
        }

        @Test
        void linesBeforeTheHeaderIsComplete() {
            String json = HEAD.replace("STAGE", "BUDGET").replace("\"scale\":2,", "") + lines(LINE) + ",\"scale\":2}";
            JsonFormatException e = fails(json);
            assertError(e, Kind.MISSING_MEMBER, "/lines", json, col(json, "\"lines\""));
            assertThat(e.problem()).contains("'scale'");
        }

        @Test
        void noLines() {
            String json = HEAD.replace("STAGE", "BUDGET").replaceAll(",$", "") + "}";
            assertError(fails(json), Kind.MISSING_MEMBER, "", json, 1);
        }

        @Test
        void initialBudgetInABudget() {
            String json = ledger("BUDGET", "\"initialBudget\":{\"lines\":[]}," + lines(LINE));
            assertError(fails(json), Kind.INVALID_VALUE, "/initialBudget", json, col(json, "\"initialBudget\""));
        }

        @Test
        void duplicateBalance() {
            String b = "{\"kind\":\"OPENING_CARRY_OVER\",\"function\":\"2101501\",\"source\":\"general-public-budget\",\"amount\":\"1.00\"}";
            String json = ledger("FINAL_ACCOUNT", "\"balances\":[" + b + "," + b + "]," + lines(LINE));
            assertError(fails(json), Kind.DUPLICATE_ENTRY, "/balances/1", json, json.indexOf(b) + b.length() + 2);
        }

        @Test
        void balanceNotHeldInABudget() {
            String b = "{\"kind\":\"OPENING_CARRY_OVER\",\"function\":\"2101501\",\"source\":\"general-public-budget\",\"amount\":\"1.00\"}";
            String json = ledger("BUDGET", "\"balances\":[" + b + "]," + lines(LINE));
            assertError(fails(json), Kind.INVALID_VALUE, "/balances/0/kind", json, col(json, "\"OPENING_CARRY_OVER\""));
        }

        @Test
        void scaleOutOfRange() {
            String json = VALID.replace("\"scale\":2", "\"scale\":7");
            assertError(fails(json), Kind.INVALID_VALUE, "/scale", json, col(json, "7,"));
        }

        @Test
        void schemeThatIsNotEconomic() {
            String json = VALID.replace("DEPARTMENT_ECONOMIC", "FUNCTION");
            assertError(fails(json), Kind.INVALID_VALUE, "/economicScheme", json, col(json, "\"FUNCTION\""));
        }
    }
}
