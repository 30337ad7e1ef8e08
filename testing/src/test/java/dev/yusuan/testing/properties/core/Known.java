package dev.yusuan.testing.properties.core;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.testing.mutate.CellLocation;
import java.util.Optional;
import java.util.Set;

/**
 * Known validator gaps and notes by design, and the restrictions of the generators that keep the
 * properties exact around them. Each restriction names its gap; remove it with the fix, and the
 * property checks the fix.
 */
final class Known {
    private Known() {
    }

    /**
     * X-3P-01 by design: the derived 公开07表 takes 三公 from all 一般公共预算 spending on
     * 30212/30217/30231/31013, 项目支出 included, while X-3P-01 compares it with those 款 of
     * 公开06表, which holds 基本支出 only; a final account whose projects buy a car gets an INFO
     * note (it was a WARNING that cried wolf, now fixed). Restriction, so that "derived statements
     * give no finding at all, not even INFO" can be asserted: such project lines lose their economic
     * code. {@link LedgerValidationProperties} generates them unrestricted.
     */
    static Ledger withoutThreePublicProjectSpending(Ledger ledger) {
        if (ledger.header().stage().isBudget()) {
            return ledger;
        }
        Ledger.Builder b = Ledger.builder(ledger.header());
        for (LedgerLine line : ledger.lines()) {
            boolean threePublic = line.departmentEconomic().map(c -> THREE_PUBLIC.contains(c)).orElse(false);
            if (threePublic && line.source() == FundSource.GENERAL_PUBLIC_BUDGET && !line.type().isBasic()) {
                line = new LedgerLine(line.function(), Optional.empty(), Optional.empty(), line.source(), line.type(), line.unit(),
                        line.amount());
            }
            b.add(line);
        }
        ledger.balances().forEach(b::addBalance);
        ledger.initialBudget().ifPresent(b::initialBudget);
        return b.build();
    }

    private static final Set<DepartmentEconomicCode> THREE_PUBLIC = Set.of(DepartmentEconomicCode.parse("30212"),
            DepartmentEconomicCode.parse("30217"), DepartmentEconomicCode.parse("30231"), DepartmentEconomicCode.parse("31013"));

    /**
     * Cells that no rule checks, so that a change to them goes unreported:
     * <ul>
     *   <li>Gap GF-COLUMNS: 公开08表, the {@code carry-over/opening}, {@code income} and
     *       {@code carry-over/closing} columns — no rule checks 年初结转和结余 + 本年收入 = 本年支出 +
     *       年末结转和结余 in a row, nor these cells against 公开04表. Only the hierarchy covers them,
     *       and since the rule "a blank code row above printed sub-codes is a heading" (FN-HIER-01
     *       skips a blank parent, ROW-FN-01 a blank 合计 over blank 类) a value put in a 项 whose
     *       ancestors and 合计 are blank in that column is reported by nothing; in a table without
     *       function rows (no 政府性基金 spending) nothing checks the 合计 row's cells either.</li>
     * </ul>
     */
    static boolean unchecked(PublishedStatement statement, CellLocation at) {
        return at.kind() == TableKind.FINAL_GOVERNMENT_FUND && GF_BALANCE_COLUMNS.contains(at.column().orElseThrow());
    }

    private static final Set<ColumnId> GF_BALANCE_COLUMNS = Set.of(ColumnId.CARRY_OVER_OPENING, ColumnId.INCOME,
            ColumnId.CARRY_OVER_CLOSING);
}
