package dev.yusuan.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.PublishedStatement;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The output of {@code yusuan validate}: text for people, JSON for programs. */
final class FindingsOutput {
    private FindingsOutput() {
    }

    /** The report of one file. */
    record FileReport(String file, PublishedStatement statement, Report report) {
    }

    /**
     * Writes one file's findings: a header line, the counts, then the findings grouped by severity
     * and, within a severity, by rule.
     *
     * @param r the file's report
     * @param locale the language of the messages
     * @param out where to
     */
    static void text(FileReport r, Locale locale, PrintStream out) {
        out.println(r.file());
        out.println("  " + Checks.header(r.statement()) + " (" + Checks.editionOf(r.statement().year()) + ")");
        out.println("  " + Checks.counts(r.report()));
        findings(r.report(), locale, "  ", out);
        out.println();
    }

    /**
     * Writes findings grouped by severity, then by rule (the rule's description once, then one
     * line per finding).
     *
     * @param report the report
     * @param locale the language
     * @param indent the indentation of the severity lines
     * @param out where to
     */
    static void findings(Report report, Locale locale, String indent, PrintStream out) {
        for (Severity s : Severity.values()) {
            int n = report.count(s);
            if (n == 0) {
                continue;
            }
            out.println(indent + s + " (" + n + ")");
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            for (Finding f : report.findings()) {
                if (f.severity() == s) {
                    byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
                }
            }
            byRule.forEach((rule, list) -> {
                out.println(indent + "  " + rule + "  " + Checks.rule(rule, locale));
                for (Finding f : list) {
                    out.println(indent + "    " + Checks.describe(f, locale));
                }
            });
        }
    }

    /**
     * Writes {@code {"files":[{"file","findings":[…],"counts":{…}}]}}.
     *
     * @param reports the reports, one per file read
     * @param locale the language of the messages
     * @param out where to
     */
    static void json(List<FileReport> reports, Locale locale, PrintStream out) {
        try {
            JsonGenerator g = JsonOut.generator(out);
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (FileReport r : reports) {
                g.writeStartObject();
                g.writeStringField("file", r.file());
                g.writeArrayFieldStart("findings");
                for (Finding f : r.report().findings()) {
                    finding(g, f, locale);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("counts");
                for (Severity s : Severity.values()) {
                    g.writeNumberField(s.name(), r.report().count(s));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            JsonOut.end(g, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void finding(JsonGenerator g, Finding f, Locale locale) throws IOException {
        Location l = f.location();
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("outcome", f.outcome().name());
        string(g, "table", l.table());
        string(g, "row", l.row());
        string(g, "column", l.column());
        string(g, "expected", f.expected().map(Amount::toString));
        string(g, "actual", f.actual().map(Amount::toString));
        string(g, "difference", f.difference().map(Amount::toString));
        g.writeStringField("message", f.message(locale));
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
