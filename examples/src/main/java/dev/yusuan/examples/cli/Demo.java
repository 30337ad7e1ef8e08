package dev.yusuan.examples.cli;

import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.LenientCodeParser;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import java.io.PrintStream;

/** The body of {@code yusuan demo}, on what the library holds so far. */
final class Demo {
    private Demo() {
    }

    static void run(PrintStream out) {
        out.println("Codes (支出功能分类):");
        FunctionCode code = FunctionCode.parse("2101501");
        out.println("  " + code + " is a " + code.level().chineseName() + " code; its ancestors are " + code.ancestors());
        var printed = LenientCodeParser.parseFunction("210", "15", "2");
        out.println("  printed as '210 | 15 | 2' it reads as " + printed.code() + " (normalised: " + printed.normalisations() + ")");
        out.println();
        out.println("Exact amounts (Liling 2021 final account, 公开01表):");
        Amount income = Amount.parsePrinted("52,888.95");
        Amount carried = Amount.parsePrinted("0.18");
        Amount printedTotal = Amount.parsePrinted("52,889.12");
        Amount sum = income.plus(carried);
        out.println("  本年收入合计 " + income + " + 年初结转和结余 " + carried + " = " + sum + " 万元; printed 总计 " + printedTotal);
        out.println("  difference " + sum.minus(printedTotal) + " 万元, within the rounding of three values printed to ±"
                + printedTotal.roundingRadius() + " each");
        out.println("  in 元: " + printedTotal.toMonetaryAmount(AmountUnit.WAN_YUAN));
    }
}
