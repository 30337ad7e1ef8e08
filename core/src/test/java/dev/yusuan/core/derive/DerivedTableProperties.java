package dev.yusuan.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.LedgerAggregator;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.ledger.RandomLedgers;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.ColumnFamily;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Randomized properties of derivation: every table derived from a random ledger satisfies every
 * hierarchy identity (each row = Σ the rows one level below it, 合计 = Σ 类, 合计 = Σ units), every
 * column identity (合计 = Σ fund-source columns = Σ spending-type columns, each column group = Σ its
 * sub-columns, 三公 合计 = 出国 + 车辆 + 接待), the balance of the summaries (收入总计 = 支出总计) and
 * the identities between tables, exactly; and its totals equal the plain sums of the lines.
 */
class DerivedTableProperties {

    static Amount value(Row row, ColumnId c) {
        return row.cell(c).numericValue().orElseThrow();
    }

    static Amount sum(List<Amount> values) {
        return Amount.sum(values);
    }

    /** Each row with rows one level below it (codes, or line groups) equals their sum, in every column. */
    static void hierarchy(PublishedTable t, Block b) {
        for (Row row : b.rows()) {
            List<Row> children = b.children(row.key());
            if (children.isEmpty()) {
                continue;
            }
            for (ColumnId c : b.columnIds()) {
                List<Amount> parts = new ArrayList<>();
                children.forEach(ch -> parts.add(value(ch, c)));
                assertThat(sum(parts).isEqualTo(value(row, c))).as("%s %s: %s = Σ %s in %s", t.describe(), b.role(), row.key(),
                        children.size() + " children", c).isTrue();
            }
        }
    }

    /** 合计 = Σ rows at the top of a code hierarchy, and = Σ unit rows when there are unit rows. */
    static void totalRow(PublishedTable t, Block b) {
        Optional<Row> total = b.row(RowKey.line(LineId.TOTAL));
        if (total.isEmpty()) {
            return;
        }
        List<Row> top = b.rows().stream().filter(r -> r.key().classificationCode().isPresent() && r.key().parent().isEmpty()).toList();
        List<Row> units = b.rows().stream().filter(r -> r.key().kind() == RowKey.Kind.UNIT).toList();
        for (ColumnId c : b.columnIds()) {
            List<Amount> parts = new ArrayList<>();
            top.forEach(r -> parts.add(value(r, c)));
            boolean codeRows = t.kind() != TableKind.BUDGET_THREE_PUBLIC && t.kind() != TableKind.FINAL_THREE_PUBLIC;
            if (codeRows) {
                assertThat(sum(parts).isEqualTo(value(total.get(), c))).as("%s: 合计 = Σ 类 in %s", t.describe(), c).isTrue();
            }
            if (!units.isEmpty()) {
                List<Amount> u = new ArrayList<>();
                units.forEach(r -> u.add(value(r, c)));
                assertThat(sum(u).isEqualTo(value(total.get(), c))).as("%s: 合计 = Σ units in %s", t.describe(), c).isTrue();
            }
        }
    }

    /** Column groups = Σ their sub-columns; 合计/小计 = Σ the top-level source columns and = Σ the top-level type columns. */
    static void columns(PublishedTable t, Block b) {
        List<ColumnId> ids = b.columnIds();
        Optional<ColumnId> total = ids.contains(ColumnId.TOTAL) ? Optional.of(ColumnId.TOTAL)
                : ids.contains(ColumnId.SUBTOTAL) ? Optional.of(ColumnId.SUBTOTAL) : Optional.empty();
        for (Row row : b.rows()) {
            for (ColumnId g : ids) {
                List<Amount> parts = new ArrayList<>();
                ids.stream().filter(c -> c.group().equals(Optional.of(g))).forEach(c -> parts.add(value(row, c)));
                if (!parts.isEmpty()) {
                    assertThat(sum(parts).isEqualTo(value(row, g))).as("%s %s: %s = Σ its sub-columns", t.describe(), row.key(), g).isTrue();
                }
            }
            if (total.isPresent()) {
                for (ColumnFamily f : List.of(ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES)) {
                    List<Amount> parts = new ArrayList<>();
                    ids.stream().filter(c -> c.family() == f && (c.group().isEmpty() || !ids.contains(c.group().get())))
                            .forEach(c -> parts.add(value(row, c)));
                    if (!parts.isEmpty()) {
                        assertThat(sum(parts).isEqualTo(value(row, total.get()))).as("%s %s: %s = Σ %s columns", t.describe(), row.key(),
                                total.get(), f).isTrue();
                    }
                }
            }
        }
    }

    static Amount line(Block b, String id, ColumnId c) {
        return value(b.row(RowKey.line(LineId.parse(id))).orElseThrow(() -> new AssertionError("no line " + id + " in " + b)), c);
    }

    static Amount sumRows(Block b, Predicate<Row> p, ColumnId c) {
        List<Amount> parts = new ArrayList<>();
        b.rows().stream().filter(p).forEach(r -> parts.add(value(r, c)));
        return sum(parts);
    }

    static boolean isLine(Row r, Predicate<LineId> p) {
        return r.key() instanceof RowKey.LineKey && p.test(((RowKey.LineKey) r.key()).id());
    }

    /** 收入总计 = 支出总计, each side = its current-year total and the balance lines, 本年支出合计 = Σ 类. */
    static void summary(PublishedTable t) {
        Block in = t.block(BlockRole.INCOME).orElseThrow();
        Block out = t.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow();
        ColumnId a = ColumnId.AMOUNT;
        Predicate<LineId> top = l -> l.group().isEmpty() || in.row(RowKey.line(l.group().get())).isEmpty();
        Predicate<LineId> fundsCarried = l -> l.fundSources().contains(FundSource.CARRY_OVER) || l.fundSources().contains(FundSource.BUSINESS_FUND);
        Amount incomeItems = sumRows(in, r -> isLine(r, l -> l.isIncome() && top.test(l) && !fundsCarried.test(l)), a);
        assertThat(line(in, "income/current-year-total", a).isEqualTo(incomeItems)).as("%s 本年收入合计", t.describe()).isTrue();
        Amount incomeSide = sumRows(in, r -> isLine(r, l -> top.test(l) && !l.equals(LineId.GRAND_TOTAL) && (!l.isIncome() || fundsCarried.test(l))), a);
        assertThat(line(in, "grand-total", a).isEqualTo(incomeSide)).as("%s 收入总计", t.describe()).isTrue();
        for (ColumnId c : out.columnIds()) {
            Amount categories = sumRows(out, r -> r.key().kind() == RowKey.Kind.FUNCTION, c);
            assertThat(line(out, "expenditure/current-year-total", c).isEqualTo(categories)).as("%s 本年支出合计 = Σ 类", t.describe()).isTrue();
            Amount outSide = sumRows(out, r -> isLine(r, l -> !l.equals(LineId.GRAND_TOTAL) && l.group().isEmpty()), c);
            assertThat(line(out, "grand-total", c).isEqualTo(outSide)).as("%s 支出总计", t.describe()).isTrue();
        }
        ColumnId outTotal = out.hasColumn(ColumnId.TOTAL) ? ColumnId.TOTAL : a;
        assertThat(line(in, "grand-total", a).isEqualTo(line(out, "grand-total", outTotal))).as("%s 收入总计 = 支出总计", t.describe()).isTrue();
        t.block(BlockRole.EXPENDITURE_BY_TYPE).ifPresent(bt -> assertThat(line(bt, "expenditure/current-year-total", a)
                .isEqualTo(line(bt, "expenditure/type/basic", a).plus(line(bt, "expenditure/type/project", a)))).isTrue());
    }

    static Amount of(Rollup r, Amount a) {
        return a.withScale(r.header().scale());
    }

    static void checkStatement(RandomLedgers.Generated g, PublishedStatement s) {
        Rollup r = g.ledger().rollup();
        int scale = g.header().scale();
        for (PublishedTable t : s.tables()) {
            assertThat(t.kind().appliesTo(g.header().stage())).isTrue();
            for (Block b : t.blocks()) {
                hierarchy(t, b);
                totalRow(t, b);
                columns(t, b);
                for (Row row : b.rows()) {
                    for (Cell c : row.cells().values()) {
                        assertThat(c.isAmount()).isTrue();
                        assertThat(c.amount().orElseThrow().scale()).as("precision").isEqualTo(scale);
                        assertThat(c.amount().orElseThrow().isZero()).as("zero is printed blank").isFalse();
                    }
                }
            }
            switch (t.kind()) {
                case BUDGET_SUMMARY:
                case FINAL_SUMMARY:
                case BUDGET_FISCAL_SUMMARY:
                case FINAL_FISCAL_SUMMARY:
                    summary(t);
                    break;
                case FINAL_GOVERNMENT_FUND:
                    for (Row row : t.blocks().get(0).rows()) {
                        assertThat(value(row, ColumnId.CARRY_OVER_OPENING).plus(value(row, ColumnId.INCOME))
                                .isEqualTo(value(row, ColumnId.SUBTOTAL).plus(value(row, ColumnId.CARRY_OVER_CLOSING))))
                                .as("年初结转 + 本年收入 = 本年支出 + 年末结转 in %s", row.key()).isTrue();
                    }
                    break;
                default:
                    break;
            }
        }
        // totals equal the plain sums of the lines
        Slice gpb = Slice.of(FundSource.GENERAL_PUBLIC_BUDGET);
        Amount all = plain(g, l -> true);
        Amount general = plain(g, l -> l.source() == FundSource.GENERAL_PUBLIC_BUDGET);
        if (g.header().stage().isBudget()) {
            assertThat(cell(s, TableKind.BUDGET_EXPENDITURE, "line:total", "total")).isEqualByComparingTo(all);
            assertThat(cell(s, TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE, "line:total", "total")).isEqualByComparingTo(general);
            assertThat(cell(s, TableKind.BUDGET_PROJECT_EXPENDITURE, "line:total", "total"))
                    .isEqualByComparingTo(plain(g, l -> l.type() == SpendingType.PROJECT));
            // 收支总表 类 = 支出总表 类; 财政拨款收支总表 一般公共预算 = 一般公共预算支出表; 基本支出表 = 一般公共预算 基本支出
            PublishedTable summary = s.table(TableKind.BUDGET_SUMMARY).orElseThrow();
            PublishedTable expenditure = s.table(TableKind.BUDGET_EXPENDITURE).orElseThrow();
            for (Row row : summary.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow().rows()) {
                if (row.key().kind() == RowKey.Kind.FUNCTION) {
                    assertThat(value(row, ColumnId.AMOUNT)).isEqualByComparingTo(value(expenditure.row(row.key()).orElseThrow(), ColumnId.TOTAL));
                }
            }
            PublishedTable fiscal = s.table(TableKind.BUDGET_FISCAL_SUMMARY).orElseThrow();
            assertThat(value(fiscal.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow()
                    .row(RowKey.line(LineId.EXPENDITURE_CURRENT_YEAR_TOTAL)).orElseThrow(), ColumnId.ofSource(FundSource.GENERAL_PUBLIC_BUDGET)))
                    .isEqualByComparingTo(general);
            s.table(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE).ifPresent(basic -> assertThat(
                    value(basic.row(RowKey.line(LineId.TOTAL)).orElseThrow(), ColumnId.TOTAL)).isEqualByComparingTo(cell(s,
                    TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE, "line:total", "type/basic")));
            s.table(TableKind.BUDGET_THREE_PUBLIC).ifPresent(three -> assertThat(cell(s, TableKind.BUDGET_THREE_PUBLIC, "line:total",
                    "three-public/reception")).isEqualByComparingTo(plain(g, l -> l.source() == FundSource.GENERAL_PUBLIC_BUDGET
                    && l.economic().map(e -> e.toString().startsWith("30217")).orElse(false))));
        } else {
            assertThat(cell(s, TableKind.FINAL_EXPENDITURE, "line:total", "total")).isEqualByComparingTo(all);
            assertThat(cell(s, TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE, "line:total", "total")).isEqualByComparingTo(general);
            PublishedTable fiscal = s.table(TableKind.FINAL_FISCAL_SUMMARY).orElseThrow();
            Row fiscalSpent = fiscal.block(BlockRole.EXPENDITURE_BY_FUNCTION).orElseThrow()
                    .row(RowKey.line(LineId.EXPENDITURE_CURRENT_YEAR_TOTAL)).orElseThrow();
            assertThat(value(fiscalSpent, ColumnId.ofSource(FundSource.GENERAL_PUBLIC_BUDGET))).isEqualByComparingTo(general);
            assertThat(value(fiscalSpent, ColumnId.ofSource(FundSource.GOVERNMENT_FUND)))
                    .isEqualByComparingTo(cell(s, TableKind.FINAL_GOVERNMENT_FUND, "line:total", "subtotal"));
            assertThat(value(fiscalSpent, ColumnId.ofSource(FundSource.STATE_CAPITAL)))
                    .isEqualByComparingTo(cell(s, TableKind.FINAL_STATE_CAPITAL, "line:total", "total"));
            // 本年收入 = 本年支出 + 结余分配 + 年末结转 − 年初结转 − 使用非财政拨款结余
            Amount income = cell(s, TableKind.FINAL_INCOME, "line:total", "total");
            Amount expected = all;
            for (var b : g.balances()) {
                Amount v = Amount.of(g.unscaled(b), scale);
                expected = b.kind().isIncomeSide() ? expected.minus(v) : expected.plus(v);
            }
            assertThat(income).isEqualByComparingTo(expected);
            s.table(TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE).ifPresent(basic -> assertThat(
                    value(basic.block(BlockRole.PERSONNEL).orElseThrow().row(RowKey.line(LineId.TOTAL)).orElseThrow(), ColumnId.AMOUNT)
                            .plus(value(basic.block(BlockRole.PUBLIC).orElseThrow().row(RowKey.line(LineId.TOTAL)).orElseThrow(), ColumnId.AMOUNT)))
                    .isEqualByComparingTo(cell(s, TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE, "line:total", "type/basic")));
            if (r.initialBudget().isPresent() && s.table(TableKind.FINAL_THREE_PUBLIC).isPresent()) {
                assertThat(cell(s, TableKind.FINAL_THREE_PUBLIC, "line:total", "budget/three-public/total"))
                        .isEqualByComparingTo(of(r, r.initialBudget().get().economic(dev.yusuan.core.code.DepartmentEconomicCode.parse("30212"), gpb)
                                .plus(r.initialBudget().get().economic(dev.yusuan.core.code.DepartmentEconomicCode.parse("30217"), gpb))
                                .plus(r.initialBudget().get().economic(dev.yusuan.core.code.DepartmentEconomicCode.parse("30231"), gpb))
                                .plus(r.initialBudget().get().economic(dev.yusuan.core.code.DepartmentEconomicCode.parse("31013"), gpb))));
            }
        }
    }

    static Amount plain(RandomLedgers.Generated g, Predicate<LedgerLine> p) {
        long t = 0;
        for (LedgerLine l : g.lines()) {
            if (p.test(l)) {
                t += g.unscaled(l);
            }
        }
        return Amount.of(t, g.header().scale());
    }

    static Amount cell(PublishedStatement s, TableKind kind, String row, String column) {
        return s.table(kind).orElseThrow(() -> new AssertionError("no " + kind)).cell(RowKey.parse(row), ColumnId.parse(column))
                .orElseThrow(() -> new AssertionError(kind + " " + row + " " + column)).numericValue().orElseThrow();
    }

    @Test
    void derivedTablesSatisfyEveryIdentityExactly() {
        RandomLedgers.forEachSeed(80, seed -> {
            RandomLedgers.Generated g = RandomLedgers.generate(seed);
            TableDeriver d = TableDeriver.of(g.ledger());
            PublishedStatement s = d.deriveStatement(StatementSource.of("derived " + seed));
            for (TableKind k : TableKind.values()) {
                assertThat(d.canDerive(k)).as("%s derivable", k).isEqualTo(s.table(k).isPresent());
            }
            checkStatement(g, s);
        });
    }

    @Test
    void tablesDerivedFromAStreamEqualTablesDerivedFromTheLedger() {
        RandomLedgers.forEachSeed(25, seed -> {
            RandomLedgers.Generated g = RandomLedgers.generate(seed);
            LedgerAggregator a = LedgerAggregator.of(g.header());
            g.ledger().feed(a);
            PublishedStatement streamed = TableDeriver.of(a.result()).deriveStatement(StatementSource.of("s"));
            PublishedStatement held = TableDeriver.of(g.ledger()).deriveStatement(StatementSource.of("s"));
            assertThat(streamed).isEqualTo(held);
        });
    }

    @Test
    void everyStandardKindIsDerivableFromSomeLedger() {
        java.util.EnumSet<TableKind> seen = java.util.EnumSet.noneOf(TableKind.class);
        RandomLedgers.forEachSeed(60, seed -> seen.addAll(TableDeriver.of(RandomLedgers.generate(seed).ledger()).derivableKinds()));
        assertThat(seen).containsAll(java.util.EnumSet.complementOf(java.util.EnumSet.of(TableKind.OTHER, TableKind.BUDGET_ECONOMIC_MAPPING)));
    }

    @Test
    void economicCodeListsCoverEveryLevel() {
        RandomLedgers.forEachSeed(20, seed -> {
            Rollup r = RandomLedgers.generate(seed).ledger().rollup();
            for (ClassificationCode<?> c : r.economicCodes()) {
                c.ancestors().forEach(p -> assertThat(r.economicCodes()).contains(p));
            }
            assertThat(r.economicCodes().stream().filter(c -> c.level() == CodeLevel.CATEGORY)).isNotNull();
            assertThat(r.balance(BalanceKind.OPENING_CARRY_OVER, Slice.all())).isNotNull();
        });
    }
}
