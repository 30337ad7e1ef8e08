package dev.yusuan.examples.embedding;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import java.util.List;

/**
 * A line-level final account (部门决算明细账) built in code, with its initial budget (年初预算数):
 * an <b>invented</b> department, 示例市医疗保障局, with an administrative unit (机关) and an
 * institution (事业单位). The codes and the shape are those of a real city medical-insurance bureau;
 * the amounts are made up. {@code examples/data/ledgers/example-2021-final-account.json} is this
 * ledger written by {@link dev.yusuan.json.YusuanJson} (a test keeps the file up to date).
 */
public final class ExampleLedger {
    /** The administrative unit. */
    public static final String BUREAU = "900001";
    /** The institution. */
    public static final String CENTRE = "900002";
    /** The entity: one 行政单位 and one 事业单位. */
    public static final ReportingEntity ENTITY = new ReportingEntity("示例市医疗保障局（虚构示例）", List.of(
            new BudgetUnit(BUREAU, "示例市医疗保障局机关", UnitType.ADMINISTRATIVE),
            new BudgetUnit(CENTRE, "示例市医疗保障事务中心", UnitType.INSTITUTION)));

    private ExampleLedger() {
    }

    /** @return the 2021 final account, 万元 with two decimals, with its initial budget */
    public static Ledger finalAccount() {
        LedgerHeader header = LedgerHeader.of(ENTITY, 2021, Stage.FINAL_ACCOUNT, AmountUnit.WAN_YUAN, 2);
        Ledger.Builder b = Ledger.builder(header);
        FundSource gpb = FundSource.GENERAL_PUBLIC_BUDGET;
        // 机关: 行政运行, by 部门 economic 款
        b.add(line("2101501", "30101", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "126.40"));
        b.add(line("2101501", "30102", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "84.12"));
        b.add(line("2101501", "30103", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "10.53"));
        b.add(line("2101501", "30108", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "27.31"));
        b.add(line("2101501", "30201", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "12.06"));
        b.add(line("2101501", "30211", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "6.48"));
        b.add(line("2101501", "30217", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "3.12"));
        b.add(line("2101501", "30231", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "4.15"));
        b.add(line("2101501", "30299", FundSource.OTHER, SpendingType.BASIC_PUBLIC, BUREAU, "0.40"));
        b.add(line("2101101", "30110", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "11.06"));
        b.add(line("2210201", "30113", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "19.38"));
        // 机关: projects
        b.add(line("2101504", "31007", gpb, SpendingType.PROJECT, BUREAU, "28.40"));
        b.add(line("2101599", "30227", gpb, SpendingType.PROJECT, BUREAU, "42.36"));
        b.add(line("2101202", "31302", gpb, SpendingType.PROJECT, BUREAU, "1176.00"));
        // 事业单位: 事业运行
        b.add(line("2101550", "30101", gpb, SpendingType.BASIC_PERSONNEL, CENTRE, "58.20"));
        b.add(line("2101550", "30107", gpb, SpendingType.BASIC_PERSONNEL, CENTRE, "31.75"));
        b.add(line("2101550", "30201", gpb, SpendingType.BASIC_PUBLIC, CENTRE, "4.90"));
        b.add(line("2101102", "30110", gpb, SpendingType.BASIC_PERSONNEL, CENTRE, "8.46"));
        b.add(line("2101550", "30226", FundSource.BUSINESS, SpendingType.PROJECT, CENTRE, "12.00"));
        // 政府性基金: 彩票公益金 for 城乡医疗救助
        b.add(line("2296013", "30306", FundSource.GOVERNMENT_FUND, SpendingType.PROJECT, BUREAU, "149.99"));
        b.addBalance(BalanceLine.of(BalanceKind.OPENING_CARRY_OVER, FunctionCode.parse("2101501"), gpb, Amount.parse("0.18"))
                .withUnit(BUREAU));
        b.addBalance(BalanceLine.of(BalanceKind.CLOSING_CARRY_OVER, FunctionCode.parse("2101550"), FundSource.BUSINESS,
                Amount.parse("3.00")).withUnit(CENTRE));
        b.initialBudget(initialBudget(header.withStage(Stage.BUDGET)));
        return b.build();
    }

    /** The 年初预算 of the same year: fewer projects, smaller amounts. */
    private static Ledger initialBudget(LedgerHeader header) {
        Ledger.Builder b = Ledger.builder(header);
        FundSource gpb = FundSource.GENERAL_PUBLIC_BUDGET;
        b.add(line("2101501", "30101", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "120.00"));
        b.add(line("2101501", "30102", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "80.00"));
        b.add(line("2101501", "30103", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "10.00"));
        b.add(line("2101501", "30108", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "26.00"));
        b.add(line("2101501", "30201", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "12.00"));
        b.add(line("2101501", "30211", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "8.00"));
        b.add(line("2101501", "30217", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "7.00"));
        b.add(line("2101501", "30231", gpb, SpendingType.BASIC_PUBLIC, BUREAU, "5.00"));
        b.add(line("2101101", "30110", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "10.20"));
        b.add(line("2210201", "30113", gpb, SpendingType.BASIC_PERSONNEL, BUREAU, "19.00"));
        b.add(line("2101504", "31007", gpb, SpendingType.PROJECT, BUREAU, "15.00"));
        b.add(line("2101599", "30227", gpb, SpendingType.PROJECT, BUREAU, "85.00"));
        b.add(line("2101550", "30101", gpb, SpendingType.BASIC_PERSONNEL, CENTRE, "58.00"));
        b.add(line("2101550", "30107", gpb, SpendingType.BASIC_PERSONNEL, CENTRE, "30.00"));
        b.add(line("2101550", "30201", gpb, SpendingType.BASIC_PUBLIC, CENTRE, "5.00"));
        b.add(line("2101102", "30110", gpb, SpendingType.BASIC_PERSONNEL, CENTRE, "8.40"));
        b.add(line("2101550", "30226", FundSource.BUSINESS, SpendingType.PROJECT, CENTRE, "15.00"));
        return b.build();
    }

    /**
     * @param function the function 项
     * @param economic the 部门 economic 款
     * @param source the fund source
     * @param type the spending type
     * @param unit the unit code
     * @param amount the amount in 万元
     * @return the line
     */
    public static LedgerLine line(String function, String economic, FundSource source, SpendingType type, String unit, String amount) {
        return LedgerLine.of(FunctionCode.parse(function), source, type, Amount.parse(amount))
                .withEconomic(DepartmentEconomicCode.parse(economic)).withUnit(unit);
    }
}
