package dev.yusuan.examples.convert;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.examples.Fixtures;
import dev.yusuan.json.YusuanJson;
import java.io.PrintStream;
import java.util.List;

/**
 * User story: an auditor converts a unit's 部门经济分类 spending to 政府经济分类 with the official
 * correspondence table and compares the result with the 政府经济分类 table the unit printed.
 *
 * <ul>
 *   <li>南充 2020: 表3-3 (部门) converted for an administrative unit against 表3-4 (政府): every figure agrees
 *       (50101 161.49 = 30101 93.72 + 30102 59.96 + 30103 7.81).</li>
 *   <li>洛阳 2020: its 一般公共预算基本支出情况表 prints its own 部门→政府 mapping. Converted with the official
 *       table, 50101 is 34.8 and 50199 21.5; the unit's mapping puts 30199 其他工资福利支出 21.5 into 50101
 *       (56.3) — the document's non-standard mapping, seen as two differing figures.</li>
 * </ul>
 *
 * <p>Neither document states the unit type; a 医疗保障局 is a government department, so both are
 * converted as administrative units (行政单位).
 */
public final class ConversionExample {
    private ConversionExample() {
    }

    /** The outcome for one document. */
    public record Outcome(String document, PublishedTable converted, PublishedTable printed, List<StatementConversion.Difference> cells) {
        /** @return the cells where the conversion and the printed table differ */
        public List<StatementConversion.Difference> differences() {
            return cells.stream().filter(d -> !d.agrees()).toList();
        }
    }

    /**
     * Entry point.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * @param out where to print
     * @return the outcome for 南充, then 洛阳
     */
    public static List<Outcome> run(PrintStream out) {
        return List.of(nanchong(out), luoyang(out));
    }

    static Outcome nanchong(PrintStream out) {
        PublishedStatement s = YusuanJson.readPublishedStatement(Fixtures.data("seeds/nanchong-2020-budget.json"));
        CodeCatalog catalog = Catalogs.requireEdition(s.year());
        PublishedTable dept = numbered(s, "表3-3");
        PublishedTable gov = numbered(s, "表3-4");
        PublishedStatement only = PublishedStatement.builder(s.source(), s.entity(), s.year(), s.stage(), s.unit()).table(dept).build();
        StatementConversion.Result r = StatementConversion.toGovernmentEconomic(only, catalog, UnitType.ADMINISTRATIVE);
        PublishedTable converted = r.tables().get(0).converted();
        return report("南充 " + dept.describe() + " → 政府经济分类, against " + gov.describe(), converted, gov, out);
    }

    static Outcome luoyang(PrintStream out) {
        PublishedStatement s = YusuanJson.readPublishedStatement(Fixtures.data("seeds/luoyang-2020-budget.json"));
        CodeCatalog catalog = Catalogs.requireEdition(s.year());
        PublishedTable mapping = s.table(TableKind.BUDGET_ECONOMIC_MAPPING).orElseThrow();
        PublishedStatement only = PublishedStatement.builder(s.source(), s.entity(), s.year(), s.stage(), s.unit()).table(mapping).build();
        StatementConversion.Result r = StatementConversion.toGovernmentEconomic(only, catalog, UnitType.ADMINISTRATIVE);
        PublishedTable converted = r.tables().get(0).converted();
        PublishedTable printed = StatementConversion.printedMapping(mapping, catalog);
        return report("洛阳 " + mapping.title() + " → 政府经济分类 by the official table, against the unit's own printed mapping",
                converted, printed, out);
    }

    private static Outcome report(String title, PublishedTable converted, PublishedTable printed, PrintStream out) {
        List<StatementConversion.Difference> cells = StatementConversion.compare(converted, printed);
        out.println(title);
        for (StatementConversion.Difference d : cells) {
            out.println("  " + d.row() + " " + d.label() + " [" + d.column().labelText() + "]: converted " + d.converted() + ", printed "
                    + d.printed() + (d.agrees() ? "" : "  DIFFERS by " + d.difference()));
        }
        long differ = cells.stream().filter(d -> !d.agrees()).count();
        out.println("  " + (cells.size() - differ) + " of " + cells.size() + " figures agree");
        out.println();
        return new Outcome(title, converted, printed, cells);
    }

    private static PublishedTable numbered(PublishedStatement s, String number) {
        return s.tables().stream().filter(t -> t.number().filter(number::equals).isPresent()).findFirst().orElseThrow();
    }
}
