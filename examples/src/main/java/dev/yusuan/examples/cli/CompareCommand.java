package dev.yusuan.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.derive.TableDeriver;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.examples.compare.BudgetComparison;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code yusuan compare}: per-项 budget against final account. */
final class CompareCommand implements Command {
    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "compare a budget with a final account per 项 (完成率, variance)";
    }

    @Override
    public String help() {
        return "usage: yusuan compare [--scope general-public|all] [--threshold PERCENT] [--format text|json] BUDGET FINAL\n"
                + "       yusuan compare [options] FINAL-LEDGER\n\n"
                + "Compares the 年初预算数 and the 决算数 of each function 项: the difference and the completion\n"
                + "rate (完成率 = 决算数 / 年初预算数), and flags the 项 whose variance exceeds a threshold or that\n"
                + "were spent without a budget. BUDGET and FINAL are published statements or ledgers (their\n"
                + "tables are derived); a single final-account ledger that carries its initial budget\n"
                + "(年初预算数) is compared with it.\n\n"
                + "Options:\n"
                + "  --scope SCOPE      general-public: 一般公共预算 spending (一般公共预算支出表 vs 公开05表; the\n"
                + "                     default when both sides have it); all: every source (部门支出总表 vs 公开03表)\n"
                + "  --threshold PCT    flag a variance above PCT percent of the budget (default 10)\n"
                + "  --format FORMAT    text (default) or json\n\n"
                + "Example: yusuan compare examples/data/compare/liling-2021-initial-budget.json \\\n"
                + "             examples/data/seeds/liling-2021-final-account.json\n\n"
                + "Exit status: 0 compared, 2 a file problem, tables that cannot be compared, or a usage error.\n";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(name(), argv, Set.of("--scope", "--threshold", "--format"), Set.of());
        Optional<String> scope = args.value("--scope").map(s -> args.choice("--scope", null, "general-public", "all"));
        boolean json = args.choice("--format", "text", "text", "json").equals("json");
        BigDecimal threshold = threshold(args.value("--threshold").orElse("10"));
        List<String> files = args.operands();
        PublishedStatement budget;
        PublishedStatement actual;
        if (files.size() == 1) {
            Ledger ledger = Inputs.ledger(files.get(0));
            if (ledger.initialBudget().isEmpty()) {
                throw new UsageException(files.get(0) + " carries no initial budget (年初预算数); give BUDGET and FINAL");
            }
            budget = derive(ledger.initialBudget().get());
            actual = derive(ledger);
        } else if (files.size() == 2) {
            budget = statement(Inputs.any(files.get(0)));
            actual = statement(Inputs.any(files.get(1)));
        } else {
            throw new UsageException("expected BUDGET FINAL or FINAL-LEDGER, got " + (files.isEmpty() ? "nothing" : String.join(" ", files)));
        }
        Pair pair = pick(budget, actual, scope.orElse(null));
        BudgetComparison c = BudgetComparison.of(pair.budget(), pair.actual(), threshold);
        if (budget.year() != actual.year() || !budget.entity().name().equals(actual.entity().name())) {
            err.println("note: the budget is of " + budget.entity().name() + " " + budget.year() + ", the final account of "
                    + actual.entity().name() + " " + actual.year());
        }
        if (json) {
            json(c, pair, out);
        } else {
            text(c, pair, out);
        }
        return 0;
    }

    /** The two tables compared and what they cover. */
    record Pair(PublishedTable budget, PublishedTable actual, String scope, PublishedStatement budgetStatement,
            PublishedStatement actualStatement) {
    }

    static Pair pick(PublishedStatement budget, PublishedStatement actual, String scope) {
        if (budget.stage() == Stage.FINAL_ACCOUNT) {
            throw new UsageException("BUDGET is a final account (" + budget.source().title() + "); give the budget first");
        }
        if (actual.stage() != Stage.FINAL_ACCOUNT) {
            throw new UsageException("FINAL is a " + actual.stage().chineseName() + " (" + actual.source().title() + "), not a final account");
        }
        Optional<PublishedTable> bg = budget.table(TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE);
        Optional<PublishedTable> ag = actual.table(TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE);
        Optional<PublishedTable> ba = budget.table(TableKind.BUDGET_EXPENDITURE).or(() -> budget.table(TableKind.BUDGET_EXPENDITURE_BY_TYPE));
        Optional<PublishedTable> aa = actual.table(TableKind.FINAL_EXPENDITURE);
        boolean general = scope == null ? bg.isPresent() && ag.isPresent() : scope.equals("general-public");
        if (general) {
            if (bg.isEmpty() || ag.isEmpty()) {
                throw new UsageException("--scope general-public needs a 一般公共预算支出表 in BUDGET and a 公开05表 in FINAL"
                        + (bg.isEmpty() ? "; BUDGET has none" : "") + (ag.isEmpty() ? "; FINAL has none" : ""));
            }
            return new Pair(bg.get(), ag.get(), "一般公共预算财政拨款", budget, actual);
        }
        if (ba.isEmpty() || aa.isEmpty()) {
            throw new UsageException("the two statements have no tables of the same coverage to compare (一般公共预算支出表 and 公开05表, "
                    + "or 部门支出总表 and 公开03表)");
        }
        return new Pair(ba.get(), aa.get(), "全部资金来源", budget, actual);
    }

    private static PublishedStatement statement(Inputs.Document doc) {
        return doc.isLedger() ? derive(doc.ledger()) : doc.statement();
    }

    private static PublishedStatement derive(Ledger ledger) {
        TableDeriver d = TableDeriver.of(ledger);
        var names = Catalogs.edition(ledger.header().year());
        if (names.isPresent()) {
            d = d.withCatalog(names.get());
        }
        return d.deriveStatement(StatementSource.of(ledger.header().entity().name() + ledger.header().year() + "年"
                + ledger.header().stage().chineseName() + "（由明细数据生成）"));
    }

    private static BigDecimal threshold(String text) {
        try {
            BigDecimal t = new BigDecimal(text);
            if (t.signum() < 0) {
                throw new NumberFormatException();
            }
            return t;
        } catch (NumberFormatException e) {
            throw new UsageException("--threshold must be a percentage such as 10, got '" + text + "'");
        }
    }

    static String rate(BudgetComparison.Line l) {
        return l.completionRate().map(r -> r.toPlainString() + "%").orElse(l.actual().isZero() ? "—" : "无年初预算");
    }

    /**
     * Writes the comparison as an aligned table.
     *
     * @param c the comparison
     * @param pair the tables compared
     * @param out where to
     */
    static void text(BudgetComparison c, Pair pair, PrintStream out) {
        String unit = pair.actual().unit().chineseName();
        out.println("预算执行对比（" + pair.scope() + "，金额单位：" + unit + "）");
        out.println("  年初预算: " + pair.budgetStatement().source().title() + " — " + describe(pair.budget()));
        out.println("  决算:     " + pair.actualStatement().source().title() + " — " + describe(pair.actual()));
        String[] head = {"科目编码", "科目名称", "年初预算数", "决算数", "差额", "完成率", ""};
        List<BudgetComparison.Line> all = new java.util.ArrayList<>(c.lines());
        all.add(c.total());
        String[][] rows = new String[all.size()][];
        for (int i = 0; i < all.size(); i++) {
            BudgetComparison.Line l = all.get(i);
            rows[i] = new String[] {l.code().map(Object::toString).orElse(""), l.name(), l.budget().toString(), l.actual().toString(),
                l.variance().toString(), rate(l), l.code().isPresent() && l.exceeds(c.threshold()) ? "*" : ""};
        }
        int[] w = new int[head.length];
        for (int j = 0; j < head.length; j++) {
            w[j] = TextWidth.of(head[j]);
            for (String[] r : rows) {
                w[j] = Math.max(w[j], TextWidth.of(r[j]));
            }
        }
        out.println("  " + line(head, w, true));
        for (String[] r : rows) {
            out.println("  " + line(r, w, false));
        }
        BudgetComparison.Line sum = c.itemSum();
        if (!sum.budget().isEqualTo(c.total().budget()) || !sum.actual().isEqualTo(c.total().actual())) {
            out.println("  合计 as printed; the 项 add up to " + sum.budget() + " and " + sum.actual() + " (rounding in the printed tables)");
        }
        out.println("  * variance above " + c.threshold().toPlainString() + "% of the budget, or spent without a budget: "
                + c.flagged().size() + " of " + c.lines().size() + " 项");
    }

    private static String describe(PublishedTable t) {
        return t.number().map(n -> n + " ").orElse("") + t.title();
    }

    private static String line(String[] cells, int[] w, boolean header) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < cells.length; j++) {
            if (j > 0) {
                sb.append("  ");
            }
            boolean number = j >= 2 && j <= 5 && !header;
            sb.append(number ? TextWidth.padLeft(cells[j], w[j]) : TextWidth.padRight(cells[j], w[j]));
        }
        return sb.toString().stripTrailing();
    }

    private static void json(BudgetComparison c, Pair pair, PrintStream out) {
        try {
            JsonGenerator g = JsonOut.generator(out);
            g.writeStartObject();
            g.writeStringField("scope", pair.scope());
            g.writeStringField("unit", pair.actual().unit().name());
            g.writeStringField("budgetTable", describe(pair.budget()));
            g.writeStringField("finalTable", describe(pair.actual()));
            g.writeStringField("threshold", c.threshold().toPlainString());
            g.writeArrayFieldStart("lines");
            for (BudgetComparison.Line l : c.lines()) {
                line(g, l, c);
            }
            g.writeEndArray();
            g.writeFieldName("total");
            line(g, c.total(), c);
            g.writeEndObject();
            JsonOut.end(g, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(JsonGenerator g, BudgetComparison.Line l, BudgetComparison c) throws IOException {
        g.writeStartObject();
        if (l.code().isPresent()) {
            g.writeStringField("code", l.code().get().toString());
        }
        g.writeStringField("name", l.name());
        g.writeStringField("budget", l.budget().toString());
        g.writeStringField("final", l.actual().toString());
        g.writeStringField("variance", l.variance().toString());
        if (l.completionRate().isPresent()) {
            g.writeStringField("completionRate", l.completionRate().get().toPlainString());
        } else {
            g.writeNullField("completionRate");
        }
        if (l.code().isPresent()) {
            g.writeBooleanField("flagged", l.exceeds(c.threshold()));
        }
        g.writeEndObject();
    }

}
