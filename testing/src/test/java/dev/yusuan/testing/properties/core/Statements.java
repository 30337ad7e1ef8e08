package dev.yusuan.testing.properties.core;

import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Statement helpers of the properties: one table alone, every cell rewritten, findings as text. */
final class Statements {
    private Statements() {
    }

    /** The statement with only its table at {@code index}: the rules within a table find the same things. */
    static PublishedStatement onlyTable(PublishedStatement s, int index) {
        return PublishedStatement.builder(s.source(), s.entity(), s.year(), s.stage(), s.unit()).table(s.tables().get(index)).build();
    }

    /** Every cell of every table rewritten by a function. */
    static PublishedStatement mapCells(PublishedStatement s, UnaryOperator<Cell> f) {
        PublishedStatement.Builder sb = PublishedStatement.builder(s.source(), s.entity(), s.year(), s.stage(), s.unit());
        for (PublishedTable t : s.tables()) {
            PublishedTable.Builder tb = PublishedTable.builder(t.kind(), t.title(), t.unit()).codeLayout(t.codeLayout());
            t.number().ifPresent(tb::number);
            t.note().ifPresent(tb::note);
            for (Block b : t.blocks()) {
                Block.Builder bb = Block.builder(b.role());
                b.columns().forEach(bb::column);
                for (Row r : b.rows()) {
                    Row.Builder rb = Row.builder(r.key(), r.label());
                    r.number().ifPresent(rb::number);
                    r.cells().forEach((column, cell) -> rb.cell(column, f.apply(cell)));
                    bb.row(rb.build());
                }
                tb.block(bb);
            }
            sb.table(tb.build());
        }
        return sb.build();
    }

    /** Every printed amount with more than {@code decimals} decimals re-rounded to that many, HALF_UP. */
    static PublishedStatement reround(PublishedStatement s, int decimals) {
        return mapCells(s, cell -> cell.amount().filter(a -> a.scale() > decimals)
                .map(a -> Cell.of(a.withScale(decimals, RoundingMode.HALF_UP))).orElse(cell));
    }

    /** The findings of a severity, one per line, in English. */
    static String findings(Report report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity)
                .map(f -> "  " + f.ruleId() + " " + f.severity() + ": " + f.message(Locale.ENGLISH)).collect(Collectors.joining("\n"));
    }

    /** Every finding, one per line. */
    static String findings(Report report) {
        return report.findings().stream().map(Statements::line).collect(Collectors.joining("\n"));
    }

    private static String line(Finding f) {
        return "  " + f.ruleId() + " " + f.severity() + ": " + f.message(Locale.ENGLISH);
    }
}
