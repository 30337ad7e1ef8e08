package dev.yusuan.core.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Test helper: builds a {@link PublishedTable} from a tab-separated block copied from a seed
 * document (a test resource under {@code seeds/}), and reads every printed cell back.
 *
 * <p>A resource line is: one row key per block of the table ({@code -} for no row in that block,
 * {@code key@n} to take the row's label from field n), then {@code |}, then the seed line's
 * fields. A {@link Spec} says, per block, which fields hold the label, the 行次, the code and each
 * column.
 */
final class SeedTable {
    private SeedTable() {
    }

    /** One data line of a resource: its keys and its fields. */
    record SeedLine(int lineNo, List<String> keys, List<String> fields) {
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    static List<SeedLine> load(String resource) {
        InputStream in = SeedTable.class.getResourceAsStream("/seeds/" + resource);
        Objects.requireNonNull(in, "no test resource seeds/" + resource);
        List<SeedLine> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> parts = Arrays.asList(line.split("\t", -1));
                int bar = parts.indexOf("|");
                if (bar < 0) {
                    throw new IllegalStateException(resource + ":" + n + " has no '|' field");
                }
                out.add(new SeedLine(n, List.copyOf(parts.subList(0, bar)), List.copyOf(parts.subList(bar + 1, parts.size()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Removes the spaces a PDF text dump inserts next to Chinese characters ("本 年 收 入" → "本年收入"). */
    static String label(String printed) {
        String s = printed.strip();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                int j = i;
                while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000')) {
                    j++;
                }
                char prev = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
                char next = j < s.length() ? s.charAt(j) : ' ';
                if (!wide(prev) && !wide(next)) {
                    b.append(' ');
                }
                i = j - 1;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean wide(char c) {
        return c >= '\u2E80';
    }

    /** Removes the spaces a text dump inserts inside a number ("1, 683. 48" → "1,683.48"). */
    static String amountText(String printed) {
        return printed.replaceAll("[\\s\\u3000\\u00A0]", "");
    }

    /** A column: its id, the field it is printed in, its 栏次 (or null) and its printed header path. */
    record ColSpec(ColumnId id, int field, String number, List<String> label, boolean text) {
        Column column() {
            return new Column(id, label, Optional.ofNullable(number));
        }
    }

    /** How one block is printed. */
    static final class BlockSpec {
        final BlockRole role;
        final int[] labelFields;
        int numberField = -1;
        int[] splitCode = new int[0];
        int wholeCode = -1;
        int categoryCode = -1;
        int unitCode = -1;
        final List<ColSpec> cols = new ArrayList<>();

        private BlockSpec(BlockRole role, int... labelFields) {
            this.role = role;
            this.labelFields = labelFields;
        }

        static BlockSpec of(BlockRole role, int... labelFields) {
            return new BlockSpec(role, labelFields);
        }

        BlockSpec number(int field) {
            numberField = field;
            return this;
        }

        /** The code is printed over these fields (类, 款, 项), e.g. {@code 210 | 15 | 2}. */
        BlockSpec splitCode(int... fields) {
            splitCode = fields;
            return this;
        }

        /** The whole code is printed in this field. */
        BlockSpec wholeCode(int field) {
            wholeCode = field;
            return this;
        }

        /** The 类 of the code is printed in this field where a group starts (a merged cell). */
        BlockSpec categoryCode(int field) {
            categoryCode = field;
            return this;
        }

        /** A unit row prints its unit code in this field. */
        BlockSpec unitCode(int field) {
            unitCode = field;
            return this;
        }

        BlockSpec col(String id, int field, String... label) {
            cols.add(new ColSpec(ColumnId.parse(id), field, null, List.of(label), false));
            return this;
        }

        BlockSpec numbered(String id, String number, int field, String... label) {
            cols.add(new ColSpec(ColumnId.parse(id), field, number, List.of(label), false));
            return this;
        }

        BlockSpec text(String id, int field, String... label) {
            cols.add(new ColSpec(ColumnId.parse(id), field, null, List.of(label), true));
            return this;
        }
    }

    /** How a table is printed. */
    static final class Spec {
        final TableKind kind;
        final String number;
        final String title;
        final CodeLayout layout;
        final List<BlockSpec> blocks = new ArrayList<>();

        private Spec(TableKind kind, String number, String title, CodeLayout layout) {
            this.kind = kind;
            this.number = number;
            this.title = title;
            this.layout = layout;
        }

        static Spec of(TableKind kind, String number, String title, CodeLayout layout) {
            return new Spec(kind, number, title, layout);
        }

        Spec block(BlockSpec b) {
            blocks.add(b);
            return this;
        }
    }

    private static String keyText(String key) {
        int at = key.lastIndexOf('@');
        return at > 0 && key.substring(at + 1).chars().allMatch(Character::isDigit) ? key.substring(0, at) : key;
    }

    private static String rowLabel(BlockSpec b, SeedLine l, String key) {
        int at = key.lastIndexOf('@');
        if (at > 0 && key.substring(at + 1).chars().allMatch(Character::isDigit)) {
            return label(l.field(Integer.parseInt(key.substring(at + 1))));
        }
        List<String> parts = new ArrayList<>();
        for (int f : b.labelFields) {
            String s = label(l.field(f));
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private static Optional<String> rowNumber(BlockSpec b, SeedLine l) {
        if (b.numberField < 0) {
            return Optional.empty();
        }
        String s = l.field(b.numberField).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Cell cell(ColSpec c, SeedLine l) {
        String printed = l.field(c.field());
        if (c.text()) {
            return printed.isBlank() ? Cell.BLANK : Cell.text(label(printed));
        }
        return Cell.parse(amountText(printed));
    }

    /** Builds the table from the lines, with the table and block builders. */
    static PublishedTable build(Spec spec, AmountUnit unit, List<SeedLine> lines) {
        PublishedTable.Builder t = PublishedTable.builder(spec.kind, spec.title, unit).codeLayout(spec.layout);
        if (spec.number != null) {
            t.number(spec.number);
        }
        for (int bi = 0; bi < spec.blocks.size(); bi++) {
            BlockSpec b = spec.blocks.get(bi);
            Block.Builder block = Block.builder(b.role);
            b.cols.forEach(c -> block.column(c.column()));
            for (SeedLine l : lines) {
                String key = l.keys().get(bi);
                if (key.equals("-")) {
                    continue;
                }
                Row.Builder r = Row.builder(RowKey.parse(keyText(key)), rowLabel(b, l, key));
                rowNumber(b, l).ifPresent(r::number);
                for (ColSpec c : b.cols) {
                    r.cell(c.id(), cell(c, l));
                }
                block.row(r);
            }
            t.block(block);
        }
        return t.build();
    }

    /**
     * Reads every printed cell of the lines back from the table and compares it with the printed
     * text: the value and its decimals, a dash, text, or blank. Also checks labels, 行次, the codes
     * printed in code columns, and that the table holds nothing else.
     *
     * @return the number of cells compared (blank ones included)
     */
    static int readBack(PublishedTable table, Spec spec, List<SeedLine> lines) {
        assertThat(table.kind()).isEqualTo(spec.kind);
        assertThat(table.title()).isEqualTo(spec.title);
        assertThat(table.number()).isEqualTo(Optional.ofNullable(spec.number));
        assertThat(table.codeLayout()).isEqualTo(spec.layout);
        assertThat(table.blocks()).hasSize(spec.blocks.size());
        int checked = 0;
        for (int bi = 0; bi < spec.blocks.size(); bi++) {
            BlockSpec b = spec.blocks.get(bi);
            Block block = table.blocks().get(bi);
            assertThat(block.role()).isEqualTo(b.role);
            assertThat(block.columnIds()).containsExactlyElementsOf(b.cols.stream().map(ColSpec::id).toList());
            int rows = 0;
            for (SeedLine l : lines) {
                String key = l.keys().get(bi);
                if (key.equals("-")) {
                    continue;
                }
                rows++;
                RowKey k = RowKey.parse(keyText(key));
                String where = "line " + l.lineNo() + " " + key + " in block " + bi;
                Optional<String> number = rowNumber(b, l);
                Row row = block.row(k, number).orElseThrow(() -> new AssertionError("no row for " + where));
                assertThat(row.label()).as(where).isEqualTo(rowLabel(b, l, key));
                assertThat(row.number()).as(where).isEqualTo(number);
                checkCodes(b, l, k, where);
                int printed = 0;
                for (ColSpec c : b.cols) {
                    String text = l.field(c.field());
                    Cell got = row.cell(c.id());
                    Optional<Cell> viaTable = table.blocks().get(bi).cell(k, c.id());
                    String w = where + ", column " + c.id() + " (field " + c.field() + ", printed '" + text + "')";
                    if (number.isEmpty() && block.rows(k).size() == 1) {
                        assertThat(viaTable).as(w).contains(got);
                    }
                    if (text.isBlank()) {
                        assertThat(got.isBlank()).as(w).isTrue();
                    } else if (c.text()) {
                        printed++;
                        assertThat(got.kind()).as(w).isEqualTo(Cell.Kind.TEXT);
                        assertThat(got.printed()).as(w).isEqualTo(label(text));
                    } else {
                        printed++;
                        String plain = amountText(text).replace(",", "");
                        if (plain.equals("-") || plain.equals("—")) {
                            assertThat(got.isDash()).as(w).isTrue();
                            assertThat(got.printed()).as(w).isEqualTo(plain);
                        } else {
                            assertThat(got.isAmount()).as(w).isTrue();
                            assertThat(got.printed()).as(w).isEqualTo(plain);
                            Amount a = got.amount().orElseThrow();
                            assertThat(a).as(w).isEqualTo(Amount.parse(plain));
                            int dot = plain.indexOf('.');
                            assertThat(a.scale()).as(w + " decimals").isEqualTo(dot < 0 ? 0 : plain.length() - dot - 1);
                        }
                    }
                    checked++;
                }
                assertThat(row.cells()).as(where + ": no cell beyond the printed ones").hasSize(printed);
            }
            assertThat(block.rows()).as("rows of block " + bi).hasSize(rows);
        }
        return checked;
    }

    private static void checkCodes(BlockSpec b, SeedLine l, RowKey k, String where) {
        Optional<String> code = k.classificationCode().map(Object::toString);
        if (code.isEmpty()) {
            if (k.kind() == RowKey.Kind.UNIT && b.unitCode >= 0) {
                assertThat(l.field(b.unitCode).strip()).as(where + " unit code").isEqualTo(k.value());
            }
            return;
        }
        if (b.splitCode.length > 0) {
            StringBuilder joined = new StringBuilder();
            for (int f : b.splitCode) {
                String seg = l.field(f).strip();
                if (!seg.isEmpty()) {
                    joined.append(joined.length() == 0 ? seg : (seg.length() == 1 ? "0" + seg : seg));
                }
            }
            assertThat(joined.toString()).as(where + " split code").isEqualTo(code.get());
        }
        if (b.wholeCode >= 0) {
            assertThat(l.field(b.wholeCode).strip()).as(where + " code").isEqualTo(code.get());
        }
        if (b.categoryCode >= 0 && !l.field(b.categoryCode).isBlank()) {
            assertThat(code.get()).as(where + " 类").startsWith(l.field(b.categoryCode).strip());
        }
    }
}
