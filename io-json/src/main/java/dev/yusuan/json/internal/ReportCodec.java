package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.money.Amount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/** Reads and writes findings, locations and {@code report} documents. */
public final class ReportCodec {
    /** Findings' numbers (differences, tolerances) may have up to 12 decimals. */
    static final int FINDING_DECIMALS = Amount.MAX_SCALE;

    private static final String LOCATION_MEMBERS = "table, tableTitle, tableNumber, row, rowLabel, rowNumber, column, columnLabel, columnNumber";

    private ReportCodec() {
    }

    /** The nine optional members of a location, in order. */
    private static final class LocationRead {
        final String[] parts = new String[9];

        boolean accept(JsonIn in, String member) throws IOException {
            int i = index(member);
            if (i < 0) {
                return false;
            }
            in.once(parts[i], member);
            parts[i] = in.text("the location's " + member);
            return true;
        }

        Location build() {
            return new Location(o(0), o(1), o(2), o(3), o(4), o(5), o(6), o(7), o(8));
        }

        private Optional<String> o(int i) {
            return Optional.ofNullable(parts[i]);
        }

        static int index(String member) {
            switch (member) {
                case "table":
                    return 0;
                case "tableTitle":
                    return 1;
                case "tableNumber":
                    return 2;
                case "row":
                    return 3;
                case "rowLabel":
                    return 4;
                case "rowNumber":
                    return 5;
                case "column":
                    return 6;
                case "columnLabel":
                    return 7;
                case "columnNumber":
                    return 8;
                default:
                    return -1;
            }
        }
    }

    private static void writeLocationMembers(JsonGenerator g, Location l) throws IOException {
        opt(g, "table", l.table());
        opt(g, "tableTitle", l.tableTitle());
        opt(g, "tableNumber", l.tableNumber());
        opt(g, "row", l.row());
        opt(g, "rowLabel", l.rowLabel());
        opt(g, "rowNumber", l.rowNumber());
        opt(g, "column", l.column());
        opt(g, "columnLabel", l.columnLabel());
        opt(g, "columnNumber", l.columnNumber());
    }

    private static void opt(JsonGenerator g, String name, Optional<String> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(name, v.get());
        }
    }

    /**
     * Reads a location object at the current token.
     *
     * @param in the cursor
     * @return the location
     * @throws IOException on a Jackson failure
     */
    public static Location locationHere(JsonIn in) throws IOException {
        in.startObject("a location");
        LocationRead l = new LocationRead();
        for (String member; (member = in.nextMember()) != null;) {
            if (!l.accept(in, member)) {
                throw in.unknownMember(member, LOCATION_MEMBERS);
            }
        }
        return l.build();
    }

    /**
     * Writes a location object.
     *
     * @param g the generator
     * @param l the location
     * @throws IOException on a write failure
     */
    public static void writeLocation(JsonGenerator g, Location l) throws IOException {
        g.writeStartObject();
        writeLocationMembers(g, l);
        g.writeEndObject();
    }

    /**
     * Reads a value at the current token: an amount string, or {@code null} for a blank.
     *
     * @param in the cursor
     * @return the value
     * @throws IOException on a Jackson failure
     */
    public static Value valueHere(JsonIn in) throws IOException {
        if (in.current() == com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
            return Value.BLANK;
        }
        return Value.printed(Values.amountHere(in, "a value", FINDING_DECIMALS));
    }

    /**
     * Writes a value: its amount, or {@code null} for a blank.
     *
     * @param g the generator
     * @param v the value
     * @throws IOException on a write failure
     */
    public static void writeValue(JsonGenerator g, Value v) throws IOException {
        if (v.printed()) {
            Values.writeAmount(g, v.amount(), new char[32], FINDING_DECIMALS);
        } else {
            g.writeNull();
        }
    }

    /**
     * Reads a cell reference at the current token: location members and {@code value} (absent for a blank).
     *
     * @param in the cursor
     * @return the cell reference
     * @throws IOException on a Jackson failure
     */
    public static CellRef cellRefHere(JsonIn in) throws IOException {
        in.startObject("a cell reference");
        LocationRead l = new LocationRead();
        Amount value = null;
        for (String member; (member = in.nextMember()) != null;) {
            if ("value".equals(member)) {
                in.once(value, member);
                in.next();
                value = Values.amountHere(in, "the value", FINDING_DECIMALS);
            } else if (!l.accept(in, member)) {
                throw in.unknownMember(member, LOCATION_MEMBERS + ", value");
            }
        }
        return new CellRef(l.build(), value == null ? Value.BLANK : Value.printed(value));
    }

    /**
     * Writes a cell reference.
     *
     * @param g the generator
     * @param c the cell reference
     * @param buf an amount buffer
     * @throws IOException on a write failure
     */
    public static void writeCellRef(JsonGenerator g, CellRef c, char[] buf) throws IOException {
        g.writeStartObject();
        writeLocationMembers(g, c.location());
        if (c.value().printed()) {
            g.writeFieldName("value");
            Values.writeAmount(g, c.value().amount(), buf, FINDING_DECIMALS);
        }
        g.writeEndObject();
    }

    /**
     * Reads a finding at the current token.
     *
     * @param in the cursor
     * @return the finding
     * @throws IOException on a Jackson failure
     */
    public static Finding findingHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a finding");
        String rule = null;
        Severity severity = null;
        Outcome outcome = null;
        LocationRead location = new LocationRead();
        Amount[] numbers = new Amount[4];
        String message = null;
        String messageKey = null;
        List<String> arguments = null;
        List<CellRef> cells = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "rule":
                    in.once(rule, member);
                    rule = in.nonBlankText("the rule id");
                    break;
                case "severity":
                    in.once(severity, member);
                    severity = Values.enumValue(in, Severity.class, "the severity");
                    break;
                case "outcome":
                    in.once(outcome, member);
                    outcome = Values.enumValue(in, Outcome.class, "the outcome");
                    break;
                case "expected":
                case "actual":
                case "difference":
                case "tolerance": {
                    int i = "expected".equals(member) ? 0 : "actual".equals(member) ? 1 : "difference".equals(member) ? 2 : 3;
                    in.once(numbers[i], member);
                    in.next();
                    numbers[i] = Values.amountHere(in, "the " + member + " amount", FINDING_DECIMALS);
                    break;
                }
                case "message":
                    in.once(message, member);
                    message = in.text("the message");
                    break;
                case "messageKey":
                    in.once(messageKey, member);
                    messageKey = in.nonBlankText("the message key");
                    break;
                case "messageArguments":
                    in.once(arguments, member);
                    arguments = in.textArray("the message arguments");
                    break;
                case "cells":
                    in.once(cells, member);
                    in.next();
                    in.startArray("the cells of a finding");
                    cells = new ArrayList<>();
                    while (in.nextElement()) {
                        cells.add(cellRefHere(in));
                    }
                    break;
                default:
                    if (!location.accept(in, member)) {
                        throw in.unknownMember(member, "rule, severity, outcome, " + LOCATION_MEMBERS
                                + ", expected, actual, difference, tolerance, message, messageKey, messageArguments, cells");
                    }
            }
        }
        String what = "a finding";
        JsonIn.require(rule, "rule", m, what);
        JsonIn.require(severity, "severity", m, what);
        JsonIn.require(outcome, "outcome", m, what);
        JsonIn.require(messageKey, "messageKey", m, what);
        try {
            return new Finding(rule, severity, outcome, location.build(), Optional.ofNullable(numbers[0]), Optional.ofNullable(numbers[1]),
                    Optional.ofNullable(numbers[2]), Optional.ofNullable(numbers[3]), cells == null ? List.of() : cells, messageKey,
                    arguments == null ? List.of() : arguments);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(m, e);
        }
    }

    /**
     * Writes a finding. The {@code message} member is the Chinese message, derived from the key
     * and arguments (left out when the key has no message in the bundle).
     *
     * @param g the generator
     * @param f the finding
     * @param buf an amount buffer
     * @throws IOException on a write failure
     */
    public static void writeFinding(JsonGenerator g, Finding f, char[] buf) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("outcome", f.outcome().name());
        writeLocationMembers(g, f.location());
        number(g, "expected", f.expected(), buf);
        number(g, "actual", f.actual(), buf);
        number(g, "difference", f.difference(), buf);
        number(g, "tolerance", f.tolerance(), buf);
        String message = message(f);
        if (message != null) {
            g.writeStringField("message", message);
        }
        g.writeStringField("messageKey", f.messageKey());
        if (!f.messageArguments().isEmpty()) {
            g.writeArrayFieldStart("messageArguments");
            for (String a : f.messageArguments()) {
                g.writeString(a);
            }
            g.writeEndArray();
        }
        if (!f.cells().isEmpty()) {
            g.writeArrayFieldStart("cells");
            for (CellRef c : f.cells()) {
                writeCellRef(g, c, buf);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static String message(Finding f) {
        try {
            return f.message(Locale.CHINESE);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void number(JsonGenerator g, String name, Optional<Amount> a, char[] buf) throws IOException {
        if (a.isPresent()) {
            g.writeFieldName(name);
            Values.writeAmount(g, a.get(), buf, FINDING_DECIMALS);
        }
    }

    /**
     * Reads a whole {@code report} document.
     *
     * @param in the cursor, before or at the first token
     * @return the report
     * @throws IOException on a Jackson failure
     */
    public static Report read(JsonIn in) throws IOException {
        Mark doc = Documents.readHeader(in, Documents.REPORT);
        List<Finding> findings = null;
        for (String member; (member = in.nextMember()) != null;) {
            if (!"findings".equals(member)) {
                throw in.unknownMember(member, "format, type, findings");
            }
            in.once(findings, member);
            in.next();
            in.startArray("findings");
            findings = new ArrayList<>();
            while (in.nextElement()) {
                findings.add(findingHere(in));
            }
        }
        JsonIn.require(findings, "findings", doc, "a report");
        return Report.of(findings);
    }

    /**
     * Writes a whole {@code report} document.
     *
     * @param g the generator
     * @param r the report
     * @throws IOException on a write failure
     */
    public static void write(JsonGenerator g, Report r) throws IOException {
        char[] buf = new char[32];
        Documents.writeHeader(g, Documents.REPORT);
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            writeFinding(g, f, buf);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
