package dev.yusuan.examples.cli;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays published tables out as the official tables are: the number and title, the amount unit,
 * the column headers level by level (a group header printed once above its columns), 栏次 and
 * 行次 where printed, code and name columns, amounts right-aligned. As text or as CSV.
 */
final class TableLayout {
    private TableLayout() {
    }

    /** One block as a grid of strings: header rows, then body rows; the first columns are text, the rest amounts. */
    private record Grid(List<String[]> header, List<String[]> body, int textColumns) {
    }

    private static Grid grid(PublishedTable table, Block block) {
        boolean numbered = block.rows().stream().anyMatch(r -> r.number().isPresent());
        boolean columnNumbers = block.columns().stream().anyMatch(c -> c.number().isPresent());
        boolean codes = block.rows().stream().anyMatch(r -> r.key().classificationCode().isPresent() || r.key().kind() == RowKey.Kind.UNIT);
        List<String> lead = new ArrayList<>();
        if (codes) {
            lead.add(table.codeLayout() == CodeLayout.SPLIT ? "类 款 项" : "科目编码");
        }
        lead.add(codes ? "科目名称" : "项目");
        if (numbered) {
            lead.add("行次");
        }
        int depth = block.columns().stream().mapToInt(c -> c.label().size()).max().orElse(1);
        List<String[]> header = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            String[] h = new String[lead.size() + block.columns().size()];
            for (int i = 0; i < lead.size(); i++) {
                h[i] = level == depth - 1 ? lead.get(i) : "";
            }
            for (int j = 0; j < block.columns().size(); j++) {
                Column c = block.columns().get(j);
                String part = label(c, level, depth);
                String left = j == 0 ? null : label(block.columns().get(j - 1), level, depth);
                boolean sameGroup = j > 0 && part.equals(left) && samePrefix(c, block.columns().get(j - 1), level, depth);
                h[lead.size() + j] = sameGroup ? "" : part;
            }
            header.add(h);
        }
        if (columnNumbers) {
            String[] h = new String[lead.size() + block.columns().size()];
            for (int i = 0; i < lead.size(); i++) {
                h[i] = i == 0 ? "栏次" : "";
            }
            for (int j = 0; j < block.columns().size(); j++) {
                h[lead.size() + j] = block.columns().get(j).number().orElse("");
            }
            header.add(h);
        }
        List<String[]> body = new ArrayList<>();
        for (Row r : block.rows()) {
            String[] b = new String[lead.size() + block.columns().size()];
            int i = 0;
            Optional<ClassificationCode<?>> code = r.key().classificationCode();
            if (codes) {
                b[i++] = code.map(c -> table.codeLayout() == CodeLayout.SPLIT ? String.join(" ", c.segments()) : c.toString())
                        .orElse(r.key().kind() == RowKey.Kind.UNIT ? r.key().value() : "");
            }
            String indent = code.map(c -> c.level() == CodeLevel.CATEGORY ? "" : c.level() == CodeLevel.SECTION ? "  " : "    ").orElse("");
            b[i++] = indent + (r.label().isEmpty() && r.key().kind() != RowKey.Kind.ITEM ? r.key().value() : r.label());
            if (numbered) {
                b[i++] = r.number().orElse("");
            }
            for (Column c : block.columns()) {
                Cell cell = r.cell(c.id());
                b[i++] = cell.printed();
            }
            body.add(b);
        }
        return new Grid(header, body, lead.size());
    }

    /**
     * The label part of a column at a header level: the group parts from the top, the column's own
     * label on the lowest level (as a merged cell spanning the levels between would print).
     */
    private static String label(Column c, int level, int depth) {
        int n = c.label().size();
        if (n == 0) {
            return level == depth - 1 ? c.id().toString() : "";
        }
        if (level == depth - 1) {
            return c.label().get(n - 1);
        }
        return level < n - 1 ? c.label().get(level) : "";
    }

    private static boolean samePrefix(Column a, Column b, int level, int depth) {
        if (level == depth - 1) {
            return false; // the lowest level names each column
        }
        for (int l = 0; l < level; l++) {
            if (!label(a, l, depth).equals(label(b, l, depth))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a table as aligned text.
     *
     * @param table the table
     * @param entity the entity line printed under the title
     * @param out where to
     */
    static void text(PublishedTable table, String entity, PrintStream out) {
        out.println(table.number().map(n -> n + " ").orElse("") + table.title());
        out.println(entity + "    金额单位：" + table.unit().chineseName());
        for (Block block : table.blocks()) {
            if (table.blocks().size() > 1) {
                out.println("[" + block.role().chineseName() + "]");
            }
            Grid g = grid(table, block);
            int n = g.header().get(0).length;
            int[] w = new int[n];
            for (List<String[]> part : List.of(g.header(), g.body())) {
                for (String[] line : part) {
                    for (int i = 0; i < n; i++) {
                        w[i] = Math.max(w[i], TextWidth.of(line[i]));
                    }
                }
            }
            StringBuilder rule = new StringBuilder();
            for (int i = 0; i < n; i++) {
                rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
            }
            for (String[] line : g.header()) {
                out.println(format(line, w, g.textColumns(), true).stripTrailing());
            }
            out.println(rule);
            for (String[] line : g.body()) {
                out.println(format(line, w, g.textColumns(), false).stripTrailing());
            }
        }
        table.note().ifPresent(note -> out.println("注：" + note));
        out.println();
    }

    private static String format(String[] line, int[] w, int textColumns, boolean header) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(i < textColumns || header ? TextWidth.padRight(line[i], w[i]) : TextWidth.padLeft(line[i], w[i]));
        }
        return sb.toString();
    }

    /**
     * Writes a table as CSV (RFC 4180): per block, one record with the table's number, title (and
     * block), the header records, then the rows; a blank line between blocks.
     *
     * @param table the table
     * @param out where to
     */
    static void csv(PublishedTable table, PrintStream out) {
        for (Block block : table.blocks()) {
            Grid g = grid(table, block);
            String title = table.number().map(n -> n + " ").orElse("") + table.title()
                    + (table.blocks().size() > 1 ? " " + block.role().chineseName() : "") + "（金额单位：" + table.unit().chineseName() + "）";
            out.print(csvField(title) + "\r\n");
            for (List<String[]> part : List.of(g.header(), g.body())) {
                for (String[] line : part) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < line.length; i++) {
                        sb.append(i == 0 ? "" : ",").append(csvField(line[i].strip()));
                    }
                    out.print(sb.append("\r\n"));
                }
            }
            out.print("\r\n");
        }
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
