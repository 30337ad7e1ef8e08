package dev.yusuan.core.check.internal;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Comparison;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.dimension.FundSource;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The balance identity and the checks across tables (表间核对). Each instance is one check,
 * chosen by {@link Check}.
 */
public final class CrossTableRule implements Rule {

    /** The cross-table checks. */
    public enum Check {
        /** 收入总计 = 支出总计 in every summary table (收支总表, 财政拨款收支总表). */
        BALANCE,
        /** 收支总表 expenditure by 类 = 支出总表 类 totals. */
        SUMMARY_EXPENDITURE,
        /** 收入总表 by source = 收支总表 income items. */
        SUMMARY_INCOME,
        /** 财政拨款收支总表 一般公共预算 column = 一般公共预算支出表, per function row. */
        FISCAL_GENERAL_PUBLIC,
        /** 一般公共预算基本支出表 total = 一般公共预算支出表 基本支出 total. */
        BASIC_TOTAL,
        /** 政府性基金 table = 财政拨款收支总表 政府性基金 column (final account). */
        GOVERNMENT_FUND,
        /** 三公 决算 ≤ the related 302/310 lines of the basic-expenditure table (final account). */
        THREE_PUBLIC_LIMITS
    }

    private final RuleInfo info;
    private final Check check;

    /**
     * @param info the rule's description
     * @param check which check
     */
    public CrossTableRule(RuleInfo info, Check check) {
        this.info = info;
        this.check = check;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(PublishedStatement s, CheckContext context) {
        if (!info.appliesTo(s.stage())) {
            return;
        }
        boolean fin = !s.stage().isBudget();
        switch (check) {
            case BALANCE:
                for (PublishedTable t : s.tables()) {
                    if (info.appliesTo(t.kind())) {
                        balance(t, context);
                    }
                }
                break;
            case SUMMARY_EXPENDITURE:
                summaryExpenditure(s, fin, context);
                break;
            case SUMMARY_INCOME:
                summaryIncome(s, fin, context);
                break;
            case FISCAL_GENERAL_PUBLIC:
                fiscalGeneralPublic(s, fin, context);
                break;
            case BASIC_TOTAL:
                basicTotal(s, fin, context);
                break;
            case GOVERNMENT_FUND:
                governmentFund(s, context);
                break;
            case THREE_PUBLIC_LIMITS:
                threePublicLimits(s, context);
                break;
            default:
                throw new AssertionError(check);
        }
    }

    private static final BlockRole[] EXPENDITURE_ROLES = {BlockRole.EXPENDITURE_BY_FUNCTION, BlockRole.EXPENDITURE,
        BlockRole.EXPENDITURE_BY_TYPE};

    private void balance(PublishedTable t, CheckContext context) {
        Optional<Grid> income = Tables.grid(t, BlockRole.INCOME);
        if (income.isEmpty()) {
            return;
        }
        Optional<Row> incomeTop = Tables.firstLine(income.get(), "grand-total", "total", "income/current-year-total");
        Optional<Column> incomeColumn = Tables.firstColumn(income.get(), "amount", "total");
        if (incomeTop.isEmpty() || incomeColumn.isEmpty()) {
            return;
        }
        Optional<CellRef> in = income.get().cell(incomeTop.get(), incomeColumn.get());
        for (Grid g : Grid.of(t)) {
            if (g.role() == BlockRole.INCOME) {
                continue;
            }
            String incomeLine = ((RowKey.LineKey) incomeTop.get().key()).id().toString();
            String[] candidates = incomeLine.equals("income/current-year-total")
                    ? new String[] {"expenditure/current-year-total"} : new String[] {incomeLine, "grand-total", "total"};
            Optional<Row> top = Tables.firstLine(g, candidates);
            Optional<Column> column = Tables.firstColumn(g, "amount", "total");
            if (top.isEmpty() || column.isEmpty() || in.isEmpty()) {
                continue;
            }
            Optional<CellRef> out = g.cell(top.get(), column.get());
            if (out.isEmpty()) {
                continue;
            }
            context.compare(info, out.get().location(), out.get().value(), List.of(in.get().value()), List.of(out.get(), in.get()),
                    top.get().label() + " = " + incomeTop.get().label() + "（收支平衡）",
                    "expenditure " + top.get().key() + " = income " + incomeTop.get().key() + " (balance)");
        }
    }

    private void summaryExpenditure(PublishedStatement s, boolean fin, CheckContext context) {
        Optional<PublishedTable> summary = Tables.first(s, fin ? TableKind.FINAL_SUMMARY : TableKind.BUDGET_SUMMARY);
        Optional<PublishedTable> detail = fin ? Tables.first(s, TableKind.FINAL_EXPENDITURE)
                : Tables.first(s, TableKind.BUDGET_EXPENDITURE, TableKind.BUDGET_EXPENDITURE_BY_TYPE);
        if (summary.isEmpty() || detail.isEmpty()) {
            return;
        }
        Optional<Grid> sg = Tables.grid(summary.get(), EXPENDITURE_ROLES);
        Optional<Grid> dg = Tables.grid(detail.get(), BlockRole.MAIN);
        if (sg.isEmpty() || dg.isEmpty()) {
            return;
        }
        Optional<Column> sc = Tables.firstColumn(sg.get(), "amount", "total");
        Optional<Column> dc = Tables.firstColumn(dg.get(), "total");
        if (sc.isEmpty() || dc.isEmpty()) {
            return;
        }
        for (Row r : sg.get().rows()) {
            if (!(r.key() instanceof RowKey.FunctionKey)) {
                continue;
            }
            compareCodeRow(sg.get(), r, sc.get(), dg.get(), dc.get(), context, "支出总表");
        }
    }

    private void compareCodeRow(Grid left, Row row, Column leftColumn, Grid right, Column rightColumn, CheckContext context,
            String rightName) {
        Optional<CellRef> l = left.cell(row, leftColumn);
        if (l.isEmpty()) {
            return;
        }
        List<CellRef> r = Tables.codeCells(right, row.key(), rightColumn);
        if (r.isEmpty() && !l.get().value().printed()) {
            return;
        }
        List<CellRef> cells = new ArrayList<>();
        cells.add(l.get());
        cells.addAll(r);
        context.compare(info, l.get().location(), l.get().value(), Tables.values(r), cells,
                row.key().value() + " " + row.label() + " = " + rightName + " " + right.table().title() + " 同一科目",
                row.key() + " = the same code in " + right.table().kind().id());
    }

    private void summaryIncome(PublishedStatement s, boolean fin, CheckContext context) {
        Optional<PublishedTable> summary = Tables.first(s, fin ? TableKind.FINAL_SUMMARY : TableKind.BUDGET_SUMMARY);
        Optional<PublishedTable> income = Tables.first(s, fin ? TableKind.FINAL_INCOME : TableKind.BUDGET_INCOME);
        if (summary.isEmpty() || income.isEmpty()) {
            return;
        }
        Optional<Grid> sg = Tables.grid(summary.get(), BlockRole.INCOME);
        Optional<Grid> ig = Tables.grid(income.get(), BlockRole.MAIN);
        if (sg.isEmpty() || ig.isEmpty()) {
            return;
        }
        Optional<Row> totalRow = ig.get().row(RowKey.line(LineId.TOTAL));
        Optional<Column> amount = Tables.firstColumn(sg.get(), "amount");
        if (totalRow.isEmpty() || amount.isEmpty()) {
            return;
        }
        for (Column c : ig.get().columns()) {
            Set<FundSource> sources = c.id().fundSources();
            if (c.id().family() != ColumnFamily.SOURCES || sources.isEmpty()) {
                continue;
            }
            List<CellRef> parts = new ArrayList<>();
            Set<FundSource> covered = EnumSet.noneOf(FundSource.class);
            for (Row r : sg.get().rows()) {
                if (!(r.key() instanceof RowKey.LineKey)) {
                    continue;
                }
                LineId line = ((RowKey.LineKey) r.key()).id();
                Set<FundSource> ls = line.fundSources();
                if (!ls.isEmpty() && sources.containsAll(ls) && line.isIncome()) {
                    sg.get().cell(r, amount.get()).ifPresent(parts::add);
                    covered.addAll(ls);
                }
            }
            if (!covered.equals(sources)) {
                continue;
            }
            Optional<CellRef> cell = ig.get().cell(totalRow.get(), c);
            if (cell.isEmpty()) {
                continue;
            }
            List<CellRef> cells = new ArrayList<>();
            cells.add(cell.get());
            cells.addAll(parts);
            context.compare(info, cell.get().location(), cell.get().value(), Tables.values(parts), cells,
                    "收入总表 " + c.labelText() + " 合计 = 收支总表同一收入项目",
                    "income table " + c.id() + " total = the same income items of the summary table");
        }
    }

    private void fiscalGeneralPublic(PublishedStatement s, boolean fin, CheckContext context) {
        Optional<PublishedTable> fiscal = Tables.first(s, fin ? TableKind.FINAL_FISCAL_SUMMARY : TableKind.BUDGET_FISCAL_SUMMARY);
        Optional<PublishedTable> gpe = Tables.first(s,
                fin ? TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE : TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE);
        if (fiscal.isEmpty() || gpe.isEmpty()) {
            return;
        }
        Optional<Grid> fg = Tables.grid(fiscal.get(), EXPENDITURE_ROLES);
        Optional<Grid> gg = Tables.grid(gpe.get(), BlockRole.MAIN);
        if (fg.isEmpty() || gg.isEmpty()) {
            return;
        }
        Optional<Column> fc = Tables.firstColumn(fg.get(), "source/general-public-budget");
        Optional<Column> gc = Tables.firstColumn(gg.get(), "total", "subtotal", "amount");
        if (fc.isEmpty() || gc.isEmpty()) {
            return;
        }
        for (Row r : fg.get().rows()) {
            if (r.key() instanceof RowKey.FunctionKey) {
                compareCodeRow(fg.get(), r, fc.get(), gg.get(), gc.get(), context, "一般公共预算支出表");
            }
        }
    }

    private void basicTotal(PublishedStatement s, boolean fin, CheckContext context) {
        Optional<PublishedTable> gpe = Tables.first(s,
                fin ? TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE : TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE);
        if (gpe.isEmpty()) {
            return;
        }
        Optional<Grid> gg = Tables.grid(gpe.get(), BlockRole.MAIN);
        if (gg.isEmpty()) {
            return;
        }
        Optional<Row> gTotal = gg.get().row(RowKey.line(LineId.TOTAL));
        Optional<Column> gBasic = gg.get().column(ColumnId.parse("type/basic"));
        if (gTotal.isEmpty() || gBasic.isEmpty()) {
            return;
        }
        Optional<CellRef> expected = gg.get().cell(gTotal.get(), gBasic.get());
        if (expected.isEmpty()) {
            return;
        }
        TableKind basicKind = fin ? TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE : TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE;
        for (PublishedTable basic : s.tables(basicKind)) {
            List<CellRef> totals = new ArrayList<>();
            for (Grid g : Grid.of(basic)) {
                Optional<Row> t = g.row(RowKey.line(LineId.TOTAL));
                Optional<Column> c = Tables.firstColumn(g, "type/basic", "total", "amount");
                if (t.isPresent() && c.isPresent()) {
                    g.cell(t.get(), c.get()).ifPresent(totals::add);
                }
            }
            if (totals.isEmpty()) {
                continue;
            }
            List<CellRef> cells = new ArrayList<>();
            cells.add(expected.get());
            cells.addAll(totals);
            context.compare(info, CheckContext.locate(basic), expected.get().value(), Tables.values(totals), cells,
                    basic.title() + " 合计 = " + gpe.get().title() + " 基本支出合计",
                    basicKind.id() + " total = " + gpe.get().kind().id() + " basic-expenditure total");
        }
    }

    private void governmentFund(PublishedStatement s, CheckContext context) {
        Optional<PublishedTable> gf = Tables.first(s, TableKind.FINAL_GOVERNMENT_FUND);
        Optional<PublishedTable> fiscal = Tables.first(s, TableKind.FINAL_FISCAL_SUMMARY);
        if (gf.isEmpty() || fiscal.isEmpty()) {
            return;
        }
        Optional<Grid> g = Tables.grid(gf.get(), BlockRole.MAIN);
        Optional<Grid> f = Tables.grid(fiscal.get(), EXPENDITURE_ROLES);
        if (g.isEmpty() || f.isEmpty()) {
            return;
        }
        Optional<Row> gTotal = g.get().row(RowKey.line(LineId.TOTAL));
        Optional<Column> gCol = Tables.firstColumn(g.get(), "subtotal", "total");
        Optional<Row> fTotal = Tables.firstLine(f.get(), "expenditure/current-year-total", "total");
        Optional<Column> fCol = Tables.firstColumn(f.get(), "source/government-fund");
        if (gTotal.isEmpty() || gCol.isEmpty() || fTotal.isEmpty() || fCol.isEmpty()) {
            return;
        }
        Optional<CellRef> a = g.get().cell(gTotal.get(), gCol.get());
        Optional<CellRef> b = f.get().cell(fTotal.get(), fCol.get());
        if (a.isPresent() && b.isPresent()) {
            context.compare(info, a.get().location(), a.get().value(), List.of(b.get().value()), List.of(a.get(), b.get()),
                    "政府性基金预算财政拨款支出合计 = 财政拨款收支总表政府性基金预算财政拨款支出",
                    "government-fund expenditure total = the fiscal summary's government-fund column");
        }
    }

    private static final String[][] THREE_PUBLIC_LINES = {
        {"final/three-public/overseas", "30212"},
        {"final/three-public/reception", "30217"},
        {"final/three-public/vehicles/operation", "30231"},
        {"final/three-public/vehicles/purchase", "31013"},
    };

    private void threePublicLimits(PublishedStatement s, CheckContext context) {
        Optional<PublishedTable> tp = Tables.first(s, TableKind.FINAL_THREE_PUBLIC);
        Optional<PublishedTable> basic = Tables.first(s, TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE);
        if (tp.isEmpty() || basic.isEmpty()) {
            return;
        }
        Optional<Grid> g = Tables.grid(tp.get(), BlockRole.MAIN);
        if (g.isEmpty() || g.get().rows().isEmpty()) {
            return;
        }
        Row row = g.get().row(RowKey.line(LineId.TOTAL)).orElse(g.get().rows().get(0));
        for (String[] pair : THREE_PUBLIC_LINES) {
            Optional<Column> c = g.get().column(ColumnId.parse(pair[0]));
            if (c.isEmpty()) {
                continue;
            }
            Optional<CellRef> spent = g.get().cell(row, c.get());
            if (spent.isEmpty() || !spent.get().value().printed() || spent.get().value().amount().signum() <= 0) {
                continue;
            }
            RowKey key = RowKey.economic(dev.yusuan.core.code.DepartmentEconomicCode.parse(pair[1]));
            List<CellRef> limit = new ArrayList<>();
            for (Grid bg : Grid.of(basic.get())) {
                Optional<Row> r = bg.row(key);
                Optional<Column> col = Tables.firstColumn(bg, "amount", "final", "total");
                if (r.isPresent() && col.isPresent()) {
                    bg.cell(r.get(), col.get()).ifPresent(limit::add);
                }
            }
            if (limit.isEmpty()) {
                continue;
            }
            Comparison cmp = Comparison.ofSum(spent.get().value(), Tables.values(limit), context.tolerance());
            if (cmp.outcome() == Outcome.BROKEN && cmp.difference().signum() > 0) {
                List<CellRef> cells = new ArrayList<>();
                cells.add(spent.get());
                cells.addAll(limit);
                context.report(Finding.ofComparison(info.id(), info.severity(), spent.get().location(), cmp, cells,
                        "limit.exceeded", List.of(c.get().labelText() + " 超过基本支出 " + pair[1] + " 决算数",
                                pair[0] + " exceeds basic-expenditure line " + pair[1])));
            }
        }
    }

}
