package dev.yusuan.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetKind;
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
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnFamily;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import java.util.function.Function;

/** Registers every serializer, deserializer and key (de)serializer of the format on a module. */
public final class ModuleSetup {
    private ModuleSetup() {
    }

    /**
     * @param m the module to register on
     */
    public static void register(SimpleModule m) {
        // codes: strings, also as map keys
        code(m, FunctionCode.class, "a function code", FunctionCode::parse);
        code(m, DepartmentEconomicCode.class, "a department economic code", DepartmentEconomicCode::parse);
        code(m, GovernmentEconomicCode.class, "a government economic code", GovernmentEconomicCode::parse);
        code(m, RevenueCode.class, "a revenue code", RevenueCode::parse);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<ClassificationCode<?>> anyCode = (Class) ClassificationCode.class;
        m.addSerializer(anyCode, Adapters.string(anyCode));
        m.addDeserializer(anyCode, new Adapters.Deser<>(anyCode, in -> Values.anyCode(in, Adapters.stringHere(in, "a code"))));
        m.addKeySerializer(anyCode, new Adapters.KeySer<>(anyCode));
        m.addKeyDeserializer(ClassificationCode.class, new Adapters.KeyDeser("a code", ModuleSetup::parseAnyCode));

        // amounts
        m.addSerializer(Amount.class, new Adapters.Ser<>(Amount.class, (g, a) -> Values.writeAmount(g, a, new char[32])));
        m.addDeserializer(Amount.class, new Adapters.Deser<>(Amount.class, in -> Values.amountHere(in, "an amount")));

        // enums, by their format names
        enumType(m, AmountUnit.class, "an amount unit");
        enumType(m, Stage.class, "a stage");
        enumType(m, UnitType.class, "a unit type");
        enumType(m, BudgetKind.class, "a budget kind");
        enumType(m, FundSource.class, "a fund source");
        enumType(m, SpendingType.class, "a spending type");
        enumType(m, Scheme.class, "a scheme");
        enumType(m, CodeLevel.class, "a code level");
        enumType(m, EntryStatus.class, "an entry status");
        enumType(m, Completeness.class, "a completeness");
        enumType(m, Severity.class, "a severity");
        enumType(m, Outcome.class, "an outcome");
        enumType(m, BlockRole.class, "a block role");
        enumType(m, CodeLayout.class, "a code layout");
        enumType(m, TableKind.class, "a table kind");
        enumType(m, ColumnFamily.class, "a column family");
        enumType(m, BalanceKind.class, "a balance kind");
        enumType(m, Cell.Kind.class, "a cell kind");
        enumType(m, RowKey.Kind.class, "a row key kind");

        // dimensions
        value(m, BudgetUnit.class, Values::writeUnit, Values::unitHere);
        value(m, ReportingEntity.class, Values::writeEntity, Values::entityHere);

        // catalog
        value(m, Edition.class, CatalogCodec::writeEdition, CatalogCodec::editionHere);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<CatalogEntry<?>> entry = (Class) CatalogEntry.class;
        value(m, entry, CatalogCodec::writeEntry, CatalogCodec::entryHere);

        // published tables
        code(m, ColumnId.class, "a column id", ColumnId::parse);
        code(m, LineId.class, "a line id", LineId::parse);
        value(m, RowKey.class, StatementCodec::writeRowKey, StatementCodec::rowKeyHere);
        m.addKeySerializer(RowKey.class, new Adapters.KeySer<>(RowKey.class));
        m.addKeyDeserializer(RowKey.class, new Adapters.KeyDeser("a row key", RowKey::parse));
        value(m, Cell.class, (g, c) -> StatementCodec.writeCell(g, c, new char[32]), StatementCodec::cellHere);
        value(m, Column.class, StatementCodec::writeColumn, StatementCodec::columnHere);
        value(m, Row.class, (g, r) -> StatementCodec.writeRow(g, r, new char[32]), StatementCodec::rowAlone);
        value(m, Block.class, (g, b) -> StatementCodec.writeBlock(g, b, new char[32]), StatementCodec::blockAlone);
        value(m, PublishedTable.class, (g, t) -> StatementCodec.writeTable(g, t, new char[32]), StatementCodec::tableAlone);
        value(m, StatementSource.class, StatementCodec::writeSource, StatementCodec::sourceHere);
        value(m, PublishedStatement.class, StatementCodec::write, StatementCodec::read);

        // ledgers
        value(m, LedgerHeader.class, LedgerCodec::writeHeader, LedgerCodec::headerHere);
        value(m, LedgerLine.class, LedgerCodec::writeLine, LedgerCodec::lineHere);
        value(m, BalanceLine.class, LedgerCodec::writeBalance, LedgerCodec::balanceHere);
        value(m, Ledger.class, LedgerCodec::write, in -> {
            LedgerCodec.Building b = new LedgerCodec.Building();
            LedgerCodec.read(in, b);
            return b.result();
        });

        // findings and reports
        value(m, Location.class, ReportCodec::writeLocation, ReportCodec::locationHere);
        m.addSerializer(Value.class, new Adapters.Ser<>(Value.class, ReportCodec::writeValue));
        m.addDeserializer(Value.class, new Adapters.Deser<>(Value.class, ReportCodec::valueHere, Value.BLANK));
        value(m, CellRef.class, (g, c) -> ReportCodec.writeCellRef(g, c, new char[32]), ReportCodec::cellRefHere);
        value(m, Finding.class, (g, f) -> ReportCodec.writeFinding(g, f, new char[32]), ReportCodec::findingHere);
        value(m, Report.class, ReportCodec::write, ReportCodec::read);
    }

    private static <T> void value(SimpleModule m, Class<T> type, Adapters.Write<T> write, Adapters.Read<? extends T> read) {
        m.addSerializer(type, new Adapters.Ser<>(type, write));
        m.addDeserializer(type, new Adapters.Deser<T>(type, read::read));
    }

    private static <T> void code(SimpleModule m, Class<T> type, String what, Function<String, ? extends T> parse) {
        m.addSerializer(type, Adapters.string(type));
        m.addDeserializer(type, Adapters.parsing(type, what, parse));
        m.addKeySerializer(type, new Adapters.KeySer<>(type));
        m.addKeyDeserializer(type, new Adapters.KeyDeser(what, parse));
    }

    private static <E extends Enum<E>> void enumType(SimpleModule m, Class<E> type, String what) {
        m.addSerializer(type, Adapters.enumSer(type));
        m.addDeserializer(type, Adapters.enumDeser(type, what));
        m.addKeySerializer(type, new Adapters.KeySer<>(type));
        m.addKeyDeserializer(type, new Adapters.KeyDeser(what, s -> Values.enumByName(type, s)));
    }

    private static ClassificationCode<?> parseAnyCode(String s) {
        Scheme scheme = Values.schemeOf(s);
        if (scheme == null) {
            throw new IllegalArgumentException("'" + s + "' is not a classification code (codes start with 1, 2, 3 or 5)");
        }
        switch (scheme) {
            case FUNCTION:
                return FunctionCode.parse(s);
            case DEPARTMENT_ECONOMIC:
                return DepartmentEconomicCode.parse(s);
            case GOVERNMENT_ECONOMIC:
                return GovernmentEconomicCode.parse(s);
            default:
                return RevenueCode.parse(s);
        }
    }
}
