package dev.yusuan.examples.compare;

import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.examples.Fixtures;
import dev.yusuan.json.YusuanJson;
import java.io.PrintStream;

/**
 * User story: a data journalist asks how far a bureau's spending went beyond its budget, 项 by 项.
 *
 * <p>醴陵市医疗保障局's 2021 final account prints the 决算数 per 项 in 公开05表 and states the 年初预算数 of
 * each 项 in its narrative; the latter is transcribed as {@code examples/data/compare/liling-2021-initial-budget.json}
 * (no seed document is the budget of the same bureau and year). The comparison gives 行政单位医疗
 * 10.72 / 9.63 = 111.32%, 行政运行 596.04 / 321.3 = 185.51% (the narrative's 185.50% divides the
 * rounded 596), and flags the 项 spent without any 年初预算.
 */
public final class BudgetComparisonExample {
    private BudgetComparisonExample() {
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
     * @return the comparison
     */
    public static BudgetComparison run(PrintStream out) {
        PublishedStatement budget = YusuanJson.readPublishedStatement(Fixtures.data("compare/liling-2021-initial-budget.json"));
        PublishedStatement account = YusuanJson.readPublishedStatement(Fixtures.data("seeds/liling-2021-final-account.json"));
        PublishedTable planned = budget.table(TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE).orElseThrow();
        PublishedTable spent = account.table(TableKind.FINAL_GENERAL_PUBLIC_EXPENDITURE).orElseThrow();

        BudgetComparison c = BudgetComparison.of(planned, spent, BudgetComparison.DEFAULT_THRESHOLD);

        for (BudgetComparison.Line l : c.lines()) {
            out.println(l.code().orElseThrow() + " " + l.name() + ": 年初预算 " + l.budget() + ", 决算 " + l.actual() + ", 完成率 "
                    + l.completionRate().map(r -> r + "%").orElse("n/a (no budget)") + (l.exceeds(c.threshold()) ? "  flagged" : ""));
        }
        out.println("合计: 年初预算 " + c.total().budget() + ", 决算 " + c.total().actual() + ", 完成率 "
                + c.total().completionRate().orElseThrow() + "%");
        return c;
    }
}
