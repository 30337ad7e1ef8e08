package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.derive.TableDeriver;
import dev.yusuan.core.ledger.LedgerAggregator;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnFamily;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.gen.DerivedStatement;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tables derived from a random ledger satisfy every hierarchy and column identity exactly, by an
 * oracle written here independently of the validator (each 类 = Σ 款, each 款 = Σ 项, totals =
 * Σ top-level codes and Σ units, column groups, 总计 = Σ sources = Σ types, the summary lines,
 * the balance, and the line groups and 公开08 columns no rule checks yet), agree with the ledger's
 * roll-ups, and give the validator no finding at all, not even a difference within rounding.
 */
class DerivedTableProperties {

    static Gen<DerivedStatement> statements() {
        return ValidatorProperties.statements();
    }

    @Property(tries = 200)
    void everyIdentityHoldsExactly(@ForAll("statements") DerivedStatement d) {
        List<String> broken = new ArrayList<>();
        for (PublishedTable table : d.statement().tables()) {
            for (Block block : table.blocks()) {
                checkBlock(table, block, broken);
            }
            checkBalance(table, broken);
        }
        assertThat(broken).as("identities that do not hold exactly").isEmpty();
    }

    @Property(tries = 200)
    void theValidatorFindsNothingNotEvenWithinRounding(@ForAll("statements") DerivedStatement d) {
        Report report = Validator.builder().build().validate(d.statement());
        assertThat(report.findings()).as(() -> String.format("findings:%n%s", Statements.findings(report))).isEmpty();
    }

    @Property(tries = 200)
    void functionTablesAgreeWithTheRollups(@ForAll("statements") DerivedStatement d) {
        Rollup rollup = d.ledger().rollup();
        TableKind kind = d.statement().stage().isBudget() ? TableKind.BUDGET_EXPENDITURE : TableKind.FINAL_EXPENDITURE;
        PublishedTable table = d.statement().table(kind).orElseThrow();
        assertThat(value(table.row(RowKey.line(LineId.TOTAL)).orElseThrow(), ColumnId.TOTAL)).isEqualByComparingTo(rollup.total());
        for (FunctionCode code : rollup.functionCodes()) {
            Optional<Row> row = table.row(RowKey.function(code));
            Amount expected = rollup.function(code);
            if (row.isPresent()) {
                assertThat(value(row.get(), ColumnId.TOTAL)).as("%s", code).isEqualByComparingTo(expected);
            } else {
                // a code row is left out only when it and every code below it are zero
                assertThat(expected.isZero()).as("%s is missing", code).isTrue();
            }
        }
        for (CodeLevel level : List.of(CodeLevel.CATEGORY, CodeLevel.SECTION, CodeLevel.ITEM)) {
            Amount sum = Amount.ZERO;
            for (Row row : table.rows()) {
                if (row.key() instanceof RowKey.FunctionKey && ((RowKey.FunctionKey) row.key()).code().level() == level) {
                    sum = sum.plus(value(row, ColumnId.TOTAL));
                }
            }
            assertThat(sum).as("the %s rows", level.chineseName()).isEqualByComparingTo(rollup.total());
        }
    }

    @Property(tries = 100)
    void tablesDerivedFromAStreamEqualTablesDerivedFromTheLedger(@ForAll("statements") DerivedStatement d) {
        LedgerAggregator aggregator = LedgerAggregator.of(d.ledger().header());
        d.ledger().feed(aggregator);
        PublishedStatement streamed = TableDeriver.of(aggregator.result()).deriveStatement(d.statement().source());
        PublishedStatement held = TableDeriver.of(d.ledger()).deriveStatement(d.statement().source());
        assertThat(streamed).isEqualTo(held);
    }

    // ---------------------------------------------------------------- the oracle

    private static Amount value(Row row, ColumnId column) {
        return row.cell(column).numericValue().orElseThrow();
    }

    private static void expect(List<String> broken, PublishedTable table, Block block, Row row, ColumnId column, Amount expected,
            String what) {
        Amount actual = value(row, column);
        if (actual.compareTo(expected) != 0) {
            broken.add(table.kind().id() + " [" + block.role() + "] " + row.key() + " / " + column + " = " + actual + ", but " + what
                    + " = " + expected);
        }
    }

    private static List<ColumnId> amountColumns(Block block) {
        List<ColumnId> out = new ArrayList<>();
        for (Column c : block.columns()) {
            if (!c.id().isLocal() && c.id().family() != ColumnFamily.MAPPING) {
                out.add(c.id());
            }
        }
        return out;
    }

    private static Amount sum(List<Row> rows, ColumnId column) {
        Amount s = Amount.ZERO;
        for (Row r : rows) {
            s = s.plus(value(r, column));
        }
        return s;
    }

    private static boolean hasPrintedAncestor(Set<RowKey> keys, RowKey key) {
        Optional<RowKey> p = key.parent();
        while (p.isPresent()) {
            if (keys.contains(p.get())) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    private static Optional<Row> line(Block block, LineId id) {
        return block.row(RowKey.line(id));
    }

    private static void checkBlock(PublishedTable table, Block block, List<String> broken) {
        List<Row> rows = block.rows();
        Set<RowKey> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r.key()));
        List<ColumnId> columns = amountColumns(block);

        // code hierarchy (each code = Σ its printed children) and line groups (a line = Σ its sub-lines)
        for (Row row : rows) {
            List<Row> children = block.children(row.key());
            if (children.isEmpty()) {
                continue;
            }
            for (ColumnId c : columns) {
                expect(broken, table, block, row, c, sum(children, c), "the sum of its " + children.size() + " sub-rows");
            }
        }

        // the total line = Σ top-level rows of each code kind, and Σ unit rows
        Optional<Row> total = line(block, LineId.TOTAL);
        Map<RowKey.Kind, List<Row>> tops = new LinkedHashMap<>();
        for (Row row : rows) {
            RowKey.Kind kind = row.key().kind();
            boolean code = row.key().classificationCode().isPresent();
            if (code && !hasPrintedAncestor(keys, row.key()) || kind == RowKey.Kind.UNIT) {
                tops.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
            }
        }
        for (Map.Entry<RowKey.Kind, List<Row>> e : tops.entrySet()) {
            Optional<Row> target = total.isPresent() ? total : line(block, LineId.EXPENDITURE_CURRENT_YEAR_TOTAL);
            if (target.isPresent()) {
                for (ColumnId c : columns) {
                    expect(broken, table, block, target.get(), c, sum(e.getValue(), c), "the sum of the top " + e.getKey() + " rows");
                }
            }
        }

        // column groups and the total columns, in every row
        for (Row row : rows) {
            Map<ColumnId, List<ColumnId>> groups = new LinkedHashMap<>();
            List<ColumnId> sources = new ArrayList<>();
            List<ColumnId> types = new ArrayList<>();
            for (ColumnId c : columns) {
                Optional<ColumnId> g = c.group();
                if (g.isPresent() && block.hasColumn(g.get())) {
                    groups.computeIfAbsent(g.get(), k -> new ArrayList<>()).add(c);
                } else if (c.family() == ColumnFamily.SOURCES) {
                    sources.add(c);
                } else if (c.family() == ColumnFamily.SPENDING_TYPES && c.economicCode().isEmpty()) {
                    types.add(c);
                }
            }
            groups.forEach((g, members) -> expect(broken, table, block, row, g, sumColumns(row, members), "the sum of " + members));
            for (ColumnId t : List.of(ColumnId.TOTAL, ColumnId.SUBTOTAL)) {
                if (block.hasColumn(t) && !sources.isEmpty()) {
                    expect(broken, table, block, row, t, sumColumns(row, sources), "the sum of " + sources);
                }
                if (block.hasColumn(t) && !types.isEmpty()) {
                    expect(broken, table, block, row, t, sumColumns(row, types), "the sum of " + types);
                }
            }
            if (table.kind() == TableKind.FINAL_GOVERNMENT_FUND) {
                // 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余
                Amount in = value(row, ColumnId.CARRY_OVER_OPENING).plus(value(row, ColumnId.INCOME));
                Amount out = value(row, ColumnId.SUBTOTAL).plus(value(row, ColumnId.CARRY_OVER_CLOSING));
                if (in.compareTo(out) != 0) {
                    broken.add(table.kind().id() + " " + row.key() + ": opening + income " + in + " ≠ subtotal + closing " + out);
                }
            }
        }

        // the lines of the summary tables
        for (ColumnId c : columns) {
            summaryLines(table, block, c, broken);
        }
    }

    private static Amount sumColumns(Row row, List<ColumnId> columns) {
        Amount s = Amount.ZERO;
        for (ColumnId c : columns) {
            s = s.plus(value(row, c));
        }
        return s;
    }

    private static Amount lineValue(Block block, String id, ColumnId column) {
        return line(block, LineId.parse(id)).map(r -> value(r, column)).orElse(Amount.ZERO);
    }

    private static void summaryLines(PublishedTable table, Block block, ColumnId c, List<String> broken) {
        if (block.role() == BlockRole.INCOME) {
            Optional<Row> current = line(block, LineId.INCOME_CURRENT_YEAR_TOTAL);
            Amount items = Amount.ZERO;
            for (Row r : block.rows()) {
                if (r.key() instanceof RowKey.LineKey) {
                    LineId id = ((RowKey.LineKey) r.key()).id();
                    String text = id.toString();
                    boolean groupPrinted = id.group().map(g -> line(block, g).isPresent()).orElse(false);
                    if (id.isIncome() && !groupPrinted && !text.equals("income/carry-over") && !text.equals("income/business-fund")) {
                        items = items.plus(value(r, c));
                    }
                }
            }
            if (current.isPresent()) {
                expect(broken, table, block, current.get(), c, items, "the sum of the income items");
            }
            Optional<Row> grand = line(block, LineId.GRAND_TOTAL);
            if (grand.isPresent() && current.isPresent()) {
                Amount expected = value(current.get(), c);
                for (String id : List.of("income/carry-over", "income/business-fund", "carry-over/opening", "use-of-non-fiscal-surplus")) {
                    expected = expected.plus(lineValue(block, id, c));
                }
                expect(broken, table, block, grand.get(), c, expected, "本年收入合计 + 结转 + 事业基金 + 年初结转 + 使用结余");
            }
        } else if (block.role() == BlockRole.EXPENDITURE_BY_FUNCTION || block.role() == BlockRole.EXPENDITURE_BY_TYPE) {
            Optional<Row> current = line(block, LineId.EXPENDITURE_CURRENT_YEAR_TOTAL);
            if (block.role() == BlockRole.EXPENDITURE_BY_TYPE && current.isPresent()) {
                Amount types = lineValue(block, "expenditure/type/basic", c).plus(lineValue(block, "expenditure/type/project", c));
                expect(broken, table, block, current.get(), c, types, "基本支出 + 项目支出");
            }
            Optional<Row> grand = line(block, LineId.GRAND_TOTAL);
            if (grand.isPresent() && current.isPresent()) {
                Amount expected = value(current.get(), c).plus(lineValue(block, "surplus-distribution", c))
                        .plus(lineValue(block, "carry-over/closing", c));
                expect(broken, table, block, grand.get(), c, expected, "本年支出合计 + 结余分配 + 年末结转和结余");
            }
        }
    }

    /** 收入总计 = 支出总计 in a table with an income side. */
    private static void checkBalance(PublishedTable table, List<String> broken) {
        Optional<Block> income = table.block(BlockRole.INCOME);
        if (income.isEmpty()) {
            return;
        }
        Row in = line(income.get(), LineId.GRAND_TOTAL).orElseThrow();
        Amount incomeTotal = value(in, income.get().hasColumn(ColumnId.AMOUNT) ? ColumnId.AMOUNT : ColumnId.TOTAL);
        for (Block block : table.blocks()) {
            Optional<Row> grand = line(block, LineId.GRAND_TOTAL);
            if (block.role() != BlockRole.INCOME && grand.isPresent()) {
                ColumnId c = block.hasColumn(ColumnId.AMOUNT) ? ColumnId.AMOUNT : ColumnId.TOTAL;
                expect(broken, table, block, grand.get(), c, incomeTotal, "收入总计");
            }
        }
    }

    /** A finding's text, for messages. */
    static String describe(Finding f) {
        return f.ruleId() + " " + f.message(java.util.Locale.ENGLISH);
    }
}
