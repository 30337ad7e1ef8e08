package dev.yusuan.examples.cli;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.codes.MappingResult;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.examples.compare.BudgetComparison;
import dev.yusuan.examples.convert.StatementConversion;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of {@code yusuan demo}: the library at work on the seed fixtures bundled in the tool
 * (real published documents): the audit rules on each, one economic conversion checked against
 * the document's own table, one budget-against-final-account comparison.
 */
final class Demo {
    /** The bundled seed fixtures, in the order shown. */
    static final List<String> SEEDS = List.of("zhuzhou-2020-budget.json", "nanchong-2020-budget.json", "luoyang-2020-budget.json",
            "zhengding-2020-budget.json", "liling-2021-final-account.json");
    private static final int MAX_WARNINGS = 5;
    private static final int MAX_NOTES = 3;

    private Demo() {
    }

    static void run(PrintStream out) {
        Map<String, PublishedStatement> statements = new LinkedHashMap<>();
        for (String name : SEEDS) {
            statements.put(name, Inputs.bundledStatement(name));
        }
        validate(statements, out);
        convert(statements.get("nanchong-2020-budget.json"), out);
        compare(statements.get("liling-2021-final-account.json"), out);
    }

    private static void validate(Map<String, PublishedStatement> statements, PrintStream out) {
        out.println("1. The audit rules (审核) on five published documents of medical-insurance bureaus");
        out.println("   Every printed value stands for its rounding interval: a gap that rounding explains is a note,");
        out.println("   not an error. Codes and names are checked against the catalog edition of the year.");
        out.println();
        for (Map.Entry<String, PublishedStatement> e : statements.entrySet()) {
            PublishedStatement s = e.getValue();
            Report report = Checks.validate(s, null);
            out.println("   " + s.source().title() + "  (" + s.year() + " " + s.stage().chineseName() + ", " + s.tables().size() + " tables; "
                    + e.getKey() + ")");
            out.println("     " + Checks.counts(report) + (report.findings().isEmpty() ? "" : ":"));
            for (Severity sev : Severity.values()) {
                List<Finding> list = report.findings().stream().filter(f -> f.severity() == sev).toList();
                int limit = sev == Severity.ERROR ? Integer.MAX_VALUE : sev == Severity.WARNING ? MAX_WARNINGS : MAX_NOTES;
                for (int i = 0; i < list.size() && i < limit; i++) {
                    Finding f = list.get(i);
                    out.println("     " + String.format("%-7s %-10s ", sev, f.ruleId()) + Checks.describe(f, Locale.CHINESE));
                }
                if (list.size() > limit) {
                    out.println("     " + String.format("%-7s %-10s ", sev, "") + "… and " + (list.size() - limit) + " more " + (sev == Severity.WARNING ? "warnings" : "notes"));
                }
            }
            out.println();
        }
        out.println("   'yusuan validate FILE' lists every finding; examples/data/seeds/FINDINGS.md explains each one.");
        out.println();
    }

    private static void convert(PublishedStatement nanchong, PrintStream out) {
        CodeCatalog catalog = Catalogs.requireEdition(nanchong.year());
        PublishedTable dept = table(nanchong, "表3-3");
        PublishedTable gov = table(nanchong, "表3-4");
        out.println("2. 部门 → 政府 economic classification: 南充 " + dept.number().orElse("") + " " + dept.title());
        out.println("   converted with the official 对照表 of edition " + catalog.edition().id() + " for an administrative unit (行政单位;");
        out.println("   the document does not state the unit type, a 医疗保障局 is a government department), beside the");
        out.println("   document's own " + gov.number().orElse("") + " " + gov.title() + ":");
        StatementConversion.Result r = StatementConversion.toGovernmentEconomic(onlyTable(nanchong, dept), catalog, UnitType.ADMINISTRATIVE);
        PublishedTable converted = r.tables().get(0).converted();
        Map<GovernmentEconomicCode, List<String>> parts = new LinkedHashMap<>();
        ColumnId basic = ColumnId.parse("type/basic");
        for (Row row : dept.blocks().get(0).rows()) {
            if (row.key().kind() == RowKey.Kind.DEPARTMENT_ECONOMIC && row.cell(basic).isAmount()) {
                DepartmentEconomicCode code = (DepartmentEconomicCode) row.key().classificationCode().orElseThrow();
                if (code.level() == CodeLevel.SECTION) {
                    MappingResult m = catalog.correspondence().map(code, UnitType.ADMINISTRATIVE);
                    m.target().ifPresent(t -> parts.computeIfAbsent(t, k -> new ArrayList<>()).add(code + " " + row.cell(basic).printed()));
                }
            }
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"政府经济分类", "converted", "printed", "", "from 部门经济分类"});
        int agree = 0;
        int total = 0;
        for (StatementConversion.Difference d : StatementConversion.compare(converted, gov)) {
            if (!d.column().id().equals(basic)) {
                continue;
            }
            total++;
            agree += d.agrees() ? 1 : 0;
            String code = d.row().kind() == RowKey.Kind.LINE ? "" : d.row().value() + " ";
            List<String> from = d.row().kind() == RowKey.Kind.GOVERNMENT_ECONOMIC
                    ? parts.getOrDefault(GovernmentEconomicCode.parse(d.row().value()), List.of()) : List.of();
            lines.add(new String[] {code + d.label(), d.converted().toString(), d.printed().toString(), d.agrees() ? "=" : "≠ " + d.difference(),
                from.isEmpty() ? "" : String.join(" + ", from)});
        }
        table(lines, out, "     ");
        out.println("   " + agree + " of " + total + " figures agree (基本支出 column). 'yusuan convert' writes the converted statement as JSON.");
        out.println();
    }

    private static void compare(PublishedStatement liling, PrintStream out) {
        PublishedStatement budget = Inputs.read("/compare/liling-2021-initial-budget.json");
        out.println("3. Budget against final account, per 项");
        out.println("   No two seed documents are the budget and the final account of the same bureau and year. The 醴陵");
        out.println("   2021 final account, however, states the 年初预算数 of each 项 in its narrative (第三部分 五（三）);");
        out.println("   those figures, transcribed as examples/data/compare/liling-2021-initial-budget.json, are");
        out.println("   compared here with its 公开05表:");
        CompareCommand.Pair pair = CompareCommand.pick(budget, liling, "general-public");
        BudgetComparison c = BudgetComparison.of(pair.budget(), pair.actual(), BudgetComparison.DEFAULT_THRESHOLD);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"项", "年初预算数", "决算数", "完成率"});
        for (BudgetComparison.Line l : c.lines()) {
            if (!l.budget().isZero()) {
                lines.add(new String[] {l.code().orElseThrow() + " " + l.name(), l.budget().toString(), l.actual().toString(), CompareCommand.rate(l)});
            }
        }
        List<BudgetComparison.Line> unbudgeted = c.lines().stream().filter(l -> l.budget().isZero() && !l.actual().isZero()).toList();
        Amount spent = Amount.sum(unbudgeted.stream().map(BudgetComparison.Line::actual).toList());
        lines.add(new String[] {unbudgeted.size() + " 项 without 年初预算 (追加, 医保基金)", "0", spent.toString(), "—"});
        lines.add(new String[] {"合计", c.total().budget().toString(), c.total().actual().toString(), CompareCommand.rate(c.total())});
        table(lines, out, "     ");
        out.println("   The narrative prints 111.32% for 行政单位医疗 (10.72 / 9.63) and 185.50% for 行政运行: it divides its");
        out.println("   rounded 596 万元; the table's 596.04 gives 185.51%. 'yusuan compare BUDGET FINAL' prints every 项.");
    }

    private static PublishedTable table(PublishedStatement s, String number) {
        return s.tables().stream().filter(t -> t.number().equals(java.util.Optional.of(number))).findFirst()
                .orElseThrow(() -> new IllegalStateException(s.source().title() + " has no " + number));
    }

    private static PublishedStatement onlyTable(PublishedStatement s, PublishedTable table) {
        return PublishedStatement.builder(s.source(), s.entity(), s.year(), s.stage(), s.unit()).table(table).build();
    }

    private static void table(List<String[]> lines, PrintStream out, String indent) {
        int n = lines.get(0).length;
        int[] w = new int[n];
        for (String[] l : lines) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], TextWidth.of(l[i]));
            }
        }
        for (int r = 0; r < lines.size(); r++) {
            String[] l = lines.get(r);
            StringBuilder sb = new StringBuilder(indent);
            for (int i = 0; i < n; i++) {
                boolean number = r > 0 && i > 0 && i < n && looksNumeric(l[i]);
                sb.append(i == 0 ? "" : "  ").append(number ? TextWidth.padLeft(l[i], w[i]) : TextWidth.padRight(l[i], w[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static boolean looksNumeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '%');
    }
}
