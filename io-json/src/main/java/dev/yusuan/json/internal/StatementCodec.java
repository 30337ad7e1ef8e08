package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes {@code published-statement} documents and their parts. */
public final class StatementCodec {
    private StatementCodec() {
    }

    // ================================================================ reading

    /**
     * Reads a whole {@code published-statement} document (the envelope included).
     *
     * @param in the cursor, before or at the document's first token
     * @return the statement
     * @throws IOException on a Jackson failure
     */
    public static PublishedStatement read(JsonIn in) throws IOException {
        Mark doc = Documents.readHeader(in, Documents.PUBLISHED_STATEMENT);
        StatementSource source = null;
        ReportingEntity entity = null;
        Integer year = null;
        Stage stage = null;
        Mark stageMark = null;
        AmountUnit unit = null;
        List<TableRead> tables = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "source":
                    in.once(source, member);
                    in.next();
                    source = sourceHere(in);
                    break;
                case "entity":
                    in.once(entity, member);
                    in.next();
                    entity = Values.entityHere(in);
                    break;
                case "year":
                    in.once(year, member);
                    year = in.integer("the fiscal year", 1990, 2100);
                    break;
                case "stage":
                    in.once(stage, member);
                    stage = Values.enumValue(in, Stage.class, "the stage");
                    stageMark = in.mark();
                    break;
                case "unit":
                    in.once(unit, member);
                    unit = Values.enumValue(in, AmountUnit.class, "the unit");
                    break;
                case "tables":
                    in.once(tables, member);
                    in.next();
                    in.startArray("tables");
                    tables = new ArrayList<>();
                    while (in.nextElement()) {
                        tables.add(tableHere(in));
                    }
                    break;
                default:
                    throw in.unknownMember(member, "format, type, source, entity, year, stage, unit, tables");
            }
        }
        String what = "a published statement";
        JsonIn.require(source, "source", doc, what);
        JsonIn.require(entity, "entity", doc, what);
        JsonIn.require(year, "year", doc, what);
        JsonIn.require(stage, "stage", doc, what);
        JsonIn.require(unit, "unit", doc, what);
        JsonIn.require(tables, "tables", doc, what);
        PublishedStatement.Builder b;
        try {
            b = PublishedStatement.builder(source, entity, year, stage, unit);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(doc, e);
        }
        for (TableRead t : tables) {
            PublishedTable table;
            try {
                table = t.build(unit);
            } catch (RuntimeException e) {
                throw JsonIn.invalid(t.mark, e);
            }
            if (!table.kind().appliesTo(stage)) {
                throw JsonIn.at(t.kindMark, Kind.INVALID_VALUE, "a " + table.kind().id() + " table cannot be part of a "
                        + stage.name() + " (" + stage.chineseName() + ") statement (stage at " + stageMark.pointer() + ")", null);
            }
            try {
                b.table(table);
            } catch (RuntimeException e) {
                throw JsonIn.invalid(t.mark, e);
            }
        }
        return b.build();
    }

    /**
     * Reads a statement source object at the current token.
     *
     * @param in the cursor
     * @return the source
     * @throws IOException on a Jackson failure
     */
    public static StatementSource sourceHere(JsonIn in) throws IOException {
        Mark m = in.startObject("the source");
        String title = null;
        String document = null;
        String note = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "title":
                    in.once(title, member);
                    title = in.nonBlankText("the source title");
                    break;
                case "document":
                    in.once(document, member);
                    document = in.text("the source document");
                    break;
                case "note":
                    in.once(note, member);
                    note = in.text("the source note");
                    break;
                default:
                    throw in.unknownMember(member, "title, document, note");
            }
        }
        JsonIn.require(title, "title", m, "the source");
        try {
            return new StatementSource(title, Optional.ofNullable(document), Optional.ofNullable(note));
        } catch (RuntimeException e) {
            throw JsonIn.invalid(m, e);
        }
    }

    /** A table as read, built once the statement's unit is known. */
    private static final class TableRead {
        Mark mark;
        Mark kindMark;
        TableKind kind;
        String number;
        String title;
        AmountUnit unit;
        CodeLayout codeLayout;
        String note;
        List<Block> blocks;
        List<List<Mark>> columnMarks;
        List<List<ColumnId>> columnIds;

        PublishedTable build(AmountUnit statementUnit) {
            for (int i = 0; i < blocks.size(); i++) {
                List<ColumnId> ids = columnIds.get(i);
                for (int j = 0; j < ids.size(); j++) {
                    if (!kind.allows(ids.get(j))) {
                        throw JsonIn.at(columnMarks.get(i).get(j), Kind.INVALID_VALUE, "a " + kind.id() + " table has no "
                                + ids.get(j).family() + " columns such as '" + ids.get(j) + "' (its column families: " + kind.columnFamilies()
                                + "); use a local id x-… for a province's own column", null);
                    }
                }
            }
            PublishedTable.Builder b = PublishedTable.builder(kind, title, unit != null ? unit : statementUnit);
            if (number != null) {
                b.number(number);
            }
            if (codeLayout != null) {
                b.codeLayout(codeLayout);
            }
            if (note != null) {
                b.note(note);
            }
            for (Block block : blocks) {
                b.block(block);
            }
            return b.build();
        }
    }

    private static TableRead tableHere(JsonIn in) throws IOException {
        TableRead t = new TableRead();
        t.mark = in.startObject("a table");
        t.mark.pointer(); // taken now: used when the statement is built
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "kind": {
                    in.once(t.kind, member);
                    String id = in.string("the table kind");
                    t.kindMark = in.mark();
                    try {
                        t.kind = TableKind.fromId(id);
                    } catch (RuntimeException e) {
                        throw JsonIn.invalid(t.kindMark, e);
                    }
                    break;
                }
                case "number":
                    in.once(t.number, member);
                    t.number = in.nonBlankText("the table number");
                    break;
                case "title":
                    in.once(t.title, member);
                    t.title = in.nonBlankText("the table title");
                    break;
                case "unit":
                    in.once(t.unit, member);
                    t.unit = Values.enumValue(in, AmountUnit.class, "the table unit");
                    break;
                case "codeLayout":
                    in.once(t.codeLayout, member);
                    t.codeLayout = Values.enumValue(in, CodeLayout.class, "the code layout");
                    break;
                case "note":
                    in.once(t.note, member);
                    t.note = in.text("the table note");
                    break;
                case "blocks":
                    in.once(t.blocks, member);
                    in.next();
                    in.startArray("blocks");
                    t.blocks = new ArrayList<>();
                    t.columnMarks = new ArrayList<>();
                    t.columnIds = new ArrayList<>();
                    while (in.nextElement()) {
                        blockHere(in, t);
                    }
                    if (t.blocks.isEmpty()) {
                        throw in.error(Kind.INVALID_VALUE, "a table has at least one block");
                    }
                    break;
                default:
                    throw in.unknownMember(member, "kind, number, title, unit, codeLayout, note, blocks");
            }
        }
        JsonIn.require(t.kind, "kind", t.mark, "a table");
        JsonIn.require(t.title, "title", t.mark, "a table");
        JsonIn.require(t.blocks, "blocks", t.mark, "a table");
        return t;
    }

    /**
     * Reads a table on its own (not inside a statement): its {@code unit} is then required.
     *
     * @param in the cursor, at the table object
     * @return the table
     * @throws IOException on a Jackson failure
     */
    public static PublishedTable tableAlone(JsonIn in) throws IOException {
        TableRead t = tableHere(in);
        JsonIn.require(t.unit, "unit", t.mark, "a table on its own");
        try {
            return t.build(t.unit);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(t.mark, e);
        }
    }

    /**
     * Reads a block on its own.
     *
     * @param in the cursor, at the block object
     * @return the block
     * @throws IOException on a Jackson failure
     */
    public static Block blockAlone(JsonIn in) throws IOException {
        TableRead t = new TableRead();
        t.blocks = new ArrayList<>();
        t.columnMarks = new ArrayList<>();
        t.columnIds = new ArrayList<>();
        blockHere(in, t);
        return t.blocks.get(0);
    }

    /**
     * Reads a row on its own: its cells' column ids must be vocabulary or local ids.
     *
     * @param in the cursor, at the row object
     * @return the row
     * @throws IOException on a Jackson failure
     */
    public static Row rowAlone(JsonIn in) throws IOException {
        RowRead r = rowHere(in, null);
        Row.Builder b = Row.builder(r.key, r.label);
        if (r.number != null) {
            b.number(r.number);
        }
        for (Map.Entry<String, Cell> e : r.cells.entrySet()) {
            ColumnId id;
            try {
                if (!JsonIn.wellFormed(e.getKey())) {
                    throw new IllegalArgumentException("a column id must be well-formed Unicode text");
                }
                id = ColumnId.parse(e.getKey());
            } catch (RuntimeException x) {
                throw JsonIn.invalid(r.cellMarks.get(e.getKey()), x);
            }
            b.cell(id, e.getValue());
        }
        return b.build();
    }

    /** A row as read, before the block's columns are known. */
    private static final class RowRead {
        Mark mark;
        RowKey key;
        String label;
        String number;
        boolean hasCells;
        final Map<String, Cell> cells = new LinkedHashMap<>();
        final Map<String, Mark> cellMarks = new HashMap<>();
    }

    private static void blockHere(JsonIn in, TableRead t) throws IOException {
        Mark m = in.startObject("a block");
        BlockRole role = null;
        List<Column> columns = null;
        List<Mark> columnMarks = null;
        Map<String, ColumnId> byId = null;
        List<RowRead> rows = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "role":
                    in.once(role, member);
                    role = Values.enumValue(in, BlockRole.class, "the block role");
                    break;
                case "columns":
                    in.once(columns, member);
                    in.next();
                    in.startArray("columns");
                    columns = new ArrayList<>();
                    columnMarks = new ArrayList<>();
                    byId = new LinkedHashMap<>();
                    while (in.nextElement()) {
                        Mark cm = in.mark();
                        Column c = columnHere(in);
                        if (byId.putIfAbsent(c.id().toString(), c.id()) != null) {
                            throw JsonIn.at(cm, Kind.DUPLICATE_ENTRY, "column '" + c.id() + "' appears twice in the block", null);
                        }
                        columns.add(c);
                        columnMarks.add(cm);
                    }
                    if (rows != null) {
                        for (RowRead r : rows) {
                            checkCells(r, byId);
                        }
                    }
                    break;
                case "rows":
                    in.once(rows, member);
                    in.next();
                    in.startArray("rows");
                    rows = new ArrayList<>();
                    Set<List<Object>> seen = new HashSet<>();
                    while (in.nextElement()) {
                        RowRead r = rowHere(in, byId);
                        if (!seen.add(List.of(r.key, r.number == null ? "" : r.number))) {
                            throw JsonIn.at(r.mark, Kind.DUPLICATE_ENTRY, "row " + r.key
                                    + (r.number == null ? " appears twice in the block without distinct 行次 (number)"
                                            : " with 行次 " + r.number + " appears twice in the block"), null);
                        }
                        rows.add(r);
                    }
                    break;
                default:
                    throw in.unknownMember(member, "role, columns, rows");
            }
        }
        JsonIn.require(role, "role", m, "a block");
        JsonIn.require(columns, "columns", m, "a block");
        JsonIn.require(rows, "rows", m, "a block");
        Block.Builder b = Block.builder(role);
        columns.forEach(b::column);
        try {
            for (RowRead r : rows) {
                Row.Builder rb = Row.builder(r.key, r.label);
                if (r.number != null) {
                    rb.number(r.number);
                }
                for (Map.Entry<String, Cell> e : r.cells.entrySet()) {
                    rb.cell(byId.get(e.getKey()), e.getValue());
                }
                b.row(rb.build());
            }
            t.blocks.add(b.build());
        } catch (RuntimeException e) {
            throw JsonIn.invalid(m, e);
        }
        t.columnMarks.add(columnMarks);
        t.columnIds.add(new ArrayList<>(byId.values()));
    }

    private static void checkCells(RowRead r, Map<String, ColumnId> byId) {
        for (String id : r.cells.keySet()) {
            if (!byId.containsKey(id)) {
                throw JsonIn.at(r.cellMarks.get(id), Kind.UNKNOWN_MEMBER, "cell '" + id
                        + "' names a column the block does not have (columns: " + String.join(", ", byId.keySet()) + ")", null);
            }
        }
    }

    /**
     * Reads a column at the current token.
     *
     * @param in the cursor
     * @return the column
     * @throws IOException on a Jackson failure
     */
    public static Column columnHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a column");
        ColumnId id = null;
        List<String> label = null;
        String number = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "id": {
                    in.once(id, member);
                    String s = in.string("a column id");
                    in.checkText(s, "a column id");
                    try {
                        id = ColumnId.parse(s);
                    } catch (RuntimeException e) {
                        throw JsonIn.invalid(in.mark(), e);
                    }
                    break;
                }
                case "label":
                    in.once(label, member);
                    label = in.textArray("a column label");
                    break;
                case "number":
                    in.once(number, member);
                    number = in.nonBlankText("a column number (栏次)");
                    break;
                default:
                    throw in.unknownMember(member, "id, label, number");
            }
        }
        JsonIn.require(id, "id", m, "a column");
        JsonIn.require(label, "label", m, "a column");
        try {
            return new Column(id, label, Optional.ofNullable(number));
        } catch (RuntimeException e) {
            throw JsonIn.invalid(m, e);
        }
    }

    private static RowRead rowHere(JsonIn in, Map<String, ColumnId> columns) throws IOException {
        RowRead r = new RowRead();
        r.mark = in.startObject("a row");
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "key":
                    in.once(r.key, member);
                    in.next();
                    r.key = rowKeyHere(in);
                    break;
                case "label":
                    in.once(r.label, member);
                    r.label = in.text("a row label");
                    break;
                case "number":
                    in.once(r.number, member);
                    r.number = in.nonBlankText("a row number (行次)");
                    break;
                case "cells":
                    in.once(r.hasCells, member);
                    in.next();
                    in.startObject("the cells of a row");
                    r.hasCells = true;
                    for (String column; (column = in.nextMember()) != null;) {
                        in.once(r.cells.containsKey(column), column);
                        if (columns == null) {
                            r.cellMarks.put(column, in.mark());
                        } else if (!columns.containsKey(column)) {
                            throw in.error(Kind.UNKNOWN_MEMBER, "cell '" + column + "' names a column the block does not have (columns: "
                                    + String.join(", ", columns.keySet()) + ")");
                        }
                        in.next();
                        r.cells.put(column, cellHere(in));
                    }
                    break;
                default:
                    throw in.unknownMember(member, "key, label, number, cells");
            }
        }
        JsonIn.require(r.key, "key", r.mark, "a row");
        JsonIn.require(r.label, "label", r.mark, "a row");
        JsonIn.require(r.hasCells ? Boolean.TRUE : null, "cells", r.mark, "a row");
        return r;
    }

    /**
     * Reads a row key object at the current token: exactly one member.
     *
     * @param in the cursor
     * @return the key
     * @throws IOException on a Jackson failure
     */
    public static RowKey rowKeyHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a row key");
        String kindName = in.nextMember();
        if (kindName == null) {
            throw JsonIn.at(m, Kind.MISSING_MEMBER, "a row key has exactly one member: function, deptEconomic, govEconomic, "
                    + "revenue, unit, line or item", null);
        }
        RowKey.Kind kind = null;
        for (RowKey.Kind k : RowKey.Kind.values()) {
            if (k.jsonName().equals(kindName)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw in.unknownMember(kindName, "one of function, deptEconomic, govEconomic, revenue, unit, line, item");
        }
        String value = kind == RowKey.Kind.ITEM || kind == RowKey.Kind.LINE ? in.text("a " + kindName + " key")
                : in.string("a " + kindName + " key");
        RowKey key;
        switch (kind) {
            case FUNCTION:
                key = RowKey.function((FunctionCode) Values.code(in, Scheme.FUNCTION, value));
                break;
            case DEPARTMENT_ECONOMIC:
                key = RowKey.departmentEconomic((DepartmentEconomicCode) Values.code(in, Scheme.DEPARTMENT_ECONOMIC, value));
                break;
            case GOVERNMENT_ECONOMIC:
                key = RowKey.governmentEconomic((GovernmentEconomicCode) Values.code(in, Scheme.GOVERNMENT_ECONOMIC, value));
                break;
            case REVENUE:
                key = RowKey.revenue((RevenueCode) Values.code(in, Scheme.REVENUE, value));
                break;
            default:
                try {
                    key = RowKey.of(kind, value);
                } catch (RuntimeException e) {
                    throw JsonIn.invalid(in.mark(), e);
                }
        }
        String second = in.nextMember();
        if (second != null) {
            in.once(second.equals(kindName), second);
            throw in.error(Kind.INVALID_VALUE, "a row key has exactly one member; found a second one, '" + second + "'");
        }
        return key;
    }

    /**
     * Reads a cell at the current token: an amount string, a dash string, or {@code {"text": …}}.
     *
     * @param in the cursor
     * @return the cell
     * @throws IOException on a Jackson failure
     */
    public static Cell cellHere(JsonIn in) throws IOException {
        JsonToken t = in.current();
        if (t == JsonToken.VALUE_STRING) {
            String s = in.parser().getText();
            if (isDash(s)) {
                return Cell.dash(s);
            }
            if (s.isEmpty()) {
                throw in.error(Kind.INVALID_VALUE, "a cell must not be \"\": a blank cell is left out");
            }
            Amount a = Values.amountHere(in, "a cell");
            return Cell.of(a);
        }
        if (t == JsonToken.START_OBJECT) {
            Mark m = in.mark();
            String text = null;
            for (String member; (member = in.nextMember()) != null;) {
                if (!"text".equals(member)) {
                    throw in.unknownMember(member, "text");
                }
                in.once(text, member);
                text = in.text("the text of a cell");
                if (text.isBlank()) {
                    throw in.error(Kind.INVALID_VALUE, "a text cell must not be blank: a blank cell is left out");
                }
            }
            JsonIn.require(text, "text", m, "a text cell");
            return Cell.text(text);
        }
        throw in.error(Kind.WRONG_TYPE, "a cell must be a string (an amount such as \"12.30\", or a dash \"-\") or "
                + "{\"text\": …}, found " + JsonIn.describe(t) + (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                        ? " " + in.parser().getText() + " (write \"" + in.parser().getText() + "\")" : ""));
    }

    /** The printed dashes the format accepts. */
    static boolean isDash(String s) {
        switch (s) {
            case "-":
            case "—":
            case "－":
            case "–":
            case "--":
            case "——":
                return true;
            default:
                return false;
        }
    }

    // ================================================================ writing

    /**
     * Writes a whole {@code published-statement} document.
     *
     * @param g the generator
     * @param s the statement
     * @throws IOException on a write failure
     */
    public static void write(JsonGenerator g, PublishedStatement s) throws IOException {
        char[] buf = new char[32];
        Documents.writeHeader(g, Documents.PUBLISHED_STATEMENT);
        g.writeFieldName("source");
        writeSource(g, s.source());
        g.writeFieldName("entity");
        Values.writeEntity(g, s.entity());
        g.writeNumberField("year", s.year());
        g.writeStringField("stage", s.stage().name());
        g.writeStringField("unit", s.unit().name());
        g.writeArrayFieldStart("tables");
        for (PublishedTable t : s.tables()) {
            writeTable(g, t, buf);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a statement source.
     *
     * @param g the generator
     * @param s the source
     * @throws IOException on a write failure
     */
    public static void writeSource(JsonGenerator g, StatementSource s) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", s.title());
        if (s.document().isPresent()) {
            g.writeStringField("document", s.document().get());
        }
        if (s.note().isPresent()) {
            g.writeStringField("note", s.note().get());
        }
        g.writeEndObject();
    }

    /**
     * Writes a table.
     *
     * @param g the generator
     * @param t the table
     * @param buf an amount buffer
     * @throws IOException on a write failure
     */
    public static void writeTable(JsonGenerator g, PublishedTable t, char[] buf) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", t.kind().id());
        if (t.number().isPresent()) {
            g.writeStringField("number", t.number().get());
        }
        g.writeStringField("title", t.title());
        g.writeStringField("unit", t.unit().name());
        g.writeStringField("codeLayout", t.codeLayout().name());
        if (t.note().isPresent()) {
            g.writeStringField("note", t.note().get());
        }
        g.writeArrayFieldStart("blocks");
        for (Block b : t.blocks()) {
            writeBlock(g, b, buf);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a block.
     *
     * @param g the generator
     * @param b the block
     * @param buf an amount buffer
     * @throws IOException on a write failure
     */
    public static void writeBlock(JsonGenerator g, Block b, char[] buf) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", b.role().name());
        g.writeArrayFieldStart("columns");
        for (Column c : b.columns()) {
            writeColumn(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (Row r : b.rows()) {
            writeRow(g, r, buf);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a column.
     *
     * @param g the generator
     * @param c the column
     * @throws IOException on a write failure
     */
    public static void writeColumn(JsonGenerator g, Column c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id().toString());
        g.writeArrayFieldStart("label");
        for (String l : c.label()) {
            g.writeString(l);
        }
        g.writeEndArray();
        if (c.number().isPresent()) {
            g.writeStringField("number", c.number().get());
        }
        g.writeEndObject();
    }

    /**
     * Writes a row.
     *
     * @param g the generator
     * @param r the row
     * @param buf an amount buffer
     * @throws IOException on a write failure
     */
    public static void writeRow(JsonGenerator g, Row r, char[] buf) throws IOException {
        g.writeStartObject();
        g.writeFieldName("key");
        writeRowKey(g, r.key());
        g.writeStringField("label", r.label());
        if (r.number().isPresent()) {
            g.writeStringField("number", r.number().get());
        }
        g.writeObjectFieldStart("cells");
        for (Map.Entry<ColumnId, Cell> e : r.cells().entrySet()) {
            g.writeFieldName(e.getKey().toString());
            writeCell(g, e.getValue(), buf);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * Writes a row key.
     *
     * @param g the generator
     * @param k the key
     * @throws IOException on a write failure
     */
    public static void writeRowKey(JsonGenerator g, RowKey k) throws IOException {
        g.writeStartObject();
        g.writeStringField(k.kind().jsonName(), k.value());
        g.writeEndObject();
    }

    /**
     * Writes a cell.
     *
     * @param g the generator
     * @param c the cell, not blank
     * @param buf an amount buffer
     * @throws IOException on a write failure
     */
    public static void writeCell(JsonGenerator g, Cell c, char[] buf) throws IOException {
        switch (c.kind()) {
            case AMOUNT:
                Values.writeAmount(g, c.amount().get(), buf);
                break;
            case DASH:
                g.writeString(c.printed());
                break;
            case TEXT:
                g.writeStartObject();
                g.writeStringField("text", c.printed());
                g.writeEndObject();
                break;
            default:
                throw Values.notWritable(g, "a blank cell is not written (it is left out of its row)");
        }
    }
}
