package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Every public value type goes through the module, on its own and inside other JSON. */
class ModuleTest {
    final ObjectMapper mapper = YusuanJson.mapper();
    final ObjectMapper compact = YusuanJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    /** Writes compactly (the expected text is given with the canonical inline spacing, which is taken out). */
    <T> void roundTrip(T value, Class<T> type, String json) throws Exception {
        String compactJson = json.replace("\": ", "\":").replace(", \"", ",\"").replace(", {", ",{");
        assertThat(compact.writeValueAsString(value)).isEqualTo(compactJson);
        assertThat(mapper.readValue(json, type)).isEqualTo(value);
        assertThat(YusuanJson.read(json, type)).isEqualTo(value);
        assertThat(YusuanJson.read(YusuanJson.toJson(value), type)).isEqualTo(value);
    }

    @Test
    void theModuleIsAServiceAndTheMapperHasIt() {
        List<String> found = new ArrayList<>();
        for (Module m : ServiceLoader.load(Module.class)) {
            found.add(m.getClass().getName());
        }
        assertThat(found).contains(BudgetJsonModule.class.getName());
        assertThat(new BudgetJsonModule().getModuleName()).isEqualTo("yusuan-json");
        assertThat(mapper.getRegisteredModuleIds()).containsExactly(BudgetJsonModule.class.getName());
    }

    @Test
    void theMapperIsStrictWithoutDefaultTyping() {
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        assertThat(mapper.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(mapper.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
        assertThat(mapper.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
        assertThat(mapper.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)).isTrue();
        assertThat(mapper.getFactory().isEnabled(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        com.fasterxml.jackson.core.StreamReadConstraints c = mapper.getFactory().streamReadConstraints();
        assertThat(c.getMaxNumberLength()).isEqualTo(YusuanJson.MAX_NUMBER_LENGTH);
        assertThat(c.getMaxNestingDepth()).isEqualTo(YusuanJson.MAX_NESTING_DEPTH);
        assertThat(c.getMaxStringLength()).isEqualTo(YusuanJson.MAX_STRING_LENGTH);
        assertThat(YusuanJson.readConstraints()).isSameAs(c);
    }

    @Test
    void codesAmountsAndEnums() throws Exception {
        roundTrip(FunctionCode.parse("2101501"), FunctionCode.class, "\"2101501\"");
        roundTrip(DepartmentEconomicCode.parse("3011201"), DepartmentEconomicCode.class, "\"3011201\"");
        roundTrip(GovernmentEconomicCode.parse("50101"), GovernmentEconomicCode.class, "\"50101\"");
        roundTrip(RevenueCode.parse("101010101"), RevenueCode.class, "\"101010101\"");
        Object dept = YusuanJson.read("\"30101\"", ClassificationCode.class);
        Object function = YusuanJson.read("\"210\"", ClassificationCode.class);
        assertThat(dept).isEqualTo(DepartmentEconomicCode.parse("30101"));
        assertThat(function).isEqualTo(FunctionCode.parse("210"));
        roundTrip(Amount.parse("30.0"), Amount.class, "\"30.0\"");
        roundTrip(Amount.parse("-0.05"), Amount.class, "\"-0.05\"");
        roundTrip(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.class, "\"general-public-budget\"");
        roundTrip(SpendingType.BASIC_PERSONNEL, SpendingType.class, "\"basic/personnel\"");
        roundTrip(TableKind.FINAL_SUMMARY, TableKind.class, "\"final/summary\"");
        roundTrip(Stage.FINAL_ACCOUNT, Stage.class, "\"FINAL_ACCOUNT\"");
        roundTrip(Scheme.GOVERNMENT_ECONOMIC, Scheme.class, "\"GOVERNMENT_ECONOMIC\"");
    }

    @Test
    void mapKeys() throws Exception {
        Map<ClassificationCode<?>, Amount> byCode = new LinkedHashMap<>();
        byCode.put(FunctionCode.parse("2101501"), Amount.parse("1.0"));
        byCode.put(DepartmentEconomicCode.parse("30101"), Amount.parse("2"));
        String json = mapper.writeValueAsString(byCode);
        assertThat(json).contains("\"2101501\": \"1.0\"").contains("\"30101\": \"2\"");
        assertThat(mapper.readValue(json, new TypeReference<Map<ClassificationCode<?>, Amount>>() { })).isEqualTo(byCode);

        Map<FundSource, Map<RowKey, Amount>> nested = new LinkedHashMap<>();
        nested.put(FundSource.OTHER, Map.of(RowKey.line(LineId.GRAND_TOTAL), Amount.parse("3.00")));
        json = mapper.writeValueAsString(nested);
        assertThat(json).contains("\"other\"").contains("\"line:grand-total\"");
        assertThat(mapper.readValue(json, new TypeReference<Map<FundSource, Map<RowKey, Amount>>>() { })).isEqualTo(nested);
    }

    @Test
    void tableParts() throws Exception {
        roundTrip(RowKey.function(FunctionCode.parse("21015")), RowKey.class, "{\"function\": \"21015\"}");
        roundTrip(Cell.dash("—"), Cell.class, "\"—\"");
        roundTrip(Cell.text("50101"), Cell.class, "{\"text\": \"50101\"}");
        roundTrip(Cell.of(Amount.parse("37")), Cell.class, "\"37\"");
        roundTrip(ColumnId.parse("type/basic/econ/302"), ColumnId.class, "\"type/basic/econ/302\"");
        Column c = Column.numbered(ColumnId.TOTAL, "1", "合计");
        roundTrip(c, Column.class, "{\"id\": \"total\", \"label\": [\"合计\"], \"number\": \"1\"}");
        Row r = Row.builder(RowKey.line(LineId.TOTAL), "合计").number("1").cell("total", "1683.48").build();
        roundTrip(r, Row.class, "{\"key\": {\"line\": \"total\"}, \"label\": \"合计\", \"number\": \"1\", \"cells\": {\"total\": \"1683.48\"}}");
        PublishedStatement s = YusuanJson.readPublishedStatement(StrictnessTest.VALID);
        PublishedTable t = s.tables().get(0);
        assertThat(YusuanJson.read(YusuanJson.toJson(t), PublishedTable.class)).isEqualTo(t);
        Block b = t.blocks().get(0);
        assertThat(YusuanJson.read(YusuanJson.toJson(b), Block.class)).isEqualTo(b);
    }

    @Test
    void ledgerParts() throws Exception {
        LedgerHeader h = LedgerJsonTest.BUDGET;
        assertThat(YusuanJson.read(YusuanJson.toJson(h), LedgerHeader.class)).isEqualTo(h);
        LedgerLine l = LedgerLine.of(FunctionCode.parse("2101501"), FundSource.GENERAL_PUBLIC_BUDGET, SpendingType.PROJECT,
                Amount.parse("30.0")).withEconomic(GovernmentEconomicCode.parse("50201")).withUnit("354001");
        roundTrip(l, LedgerLine.class, "{\"function\": \"2101501\", \"economic\": \"50201\", \"source\": \"general-public-budget\", "
                + "\"type\": \"project\", \"unit\": \"354001\", \"amount\": \"30.0\"}");
        BalanceLine b = BalanceLine.of(BalanceKind.CLOSING_CARRY_OVER, FunctionCode.parse("2101501"), FundSource.OTHER, Amount.parse("1"));
        roundTrip(b, BalanceLine.class, "{\"kind\": \"CLOSING_CARRY_OVER\", \"function\": \"2101501\", \"source\": \"other\", \"amount\": \"1\"}");
    }

    @Test
    void findingParts() throws Exception {
        Location loc = Location.ofTable("final/summary", "收入支出决算总表", "公开01表").atRow("line:grand-total", "总计", "31");
        roundTrip(loc, Location.class, "{\"table\": \"final/summary\", \"tableTitle\": \"收入支出决算总表\", \"tableNumber\": \"公开01表\", "
                + "\"row\": \"line:grand-total\", \"rowLabel\": \"总计\", \"rowNumber\": \"31\"}");
        roundTrip(Value.BLANK, Value.class, "null");
        roundTrip(Value.printed(Amount.parse("0.18")), Value.class, "\"0.18\"");
        roundTrip(new CellRef(loc, Value.BLANK), CellRef.class, "{\"table\": \"final/summary\", \"tableTitle\": \"收入支出决算总表\", "
                + "\"tableNumber\": \"公开01表\", \"row\": \"line:grand-total\", \"rowLabel\": \"总计\", \"rowNumber\": \"31\"}");
    }

    @Test
    void catalogEntriesOfTheBundledEditions() throws Exception {
        Catalog catalog = Catalogs.latest();
        Edition e = catalog.edition();
        assertThat(YusuanJson.read(YusuanJson.toJson(e), Edition.class)).isEqualTo(e);
        int n = 0;
        for (String code : List.of("210", "21015", "2101501", "301", "30101", "501", "50101")) {
            Optional<? extends CatalogEntry<?>> entry = find(catalog, code);
            if (entry.isPresent()) {
                String json = YusuanJson.toJson(entry.get());
                assertThat(YusuanJson.read(json, CatalogEntry.class)).isEqualTo(entry.get());
                n++;
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(3);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<? extends CatalogEntry<?>> find(Catalog catalog, String code) {
        ClassificationCode c = switch (code.charAt(0)) {
            case '2' -> FunctionCode.parse(code);
            case '3' -> DepartmentEconomicCode.parse(code);
            default -> GovernmentEconomicCode.parse(code);
        };
        return catalog.find(c);
    }
}
