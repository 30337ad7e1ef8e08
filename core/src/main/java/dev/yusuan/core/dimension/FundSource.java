package dev.yusuan.core.dimension;

import java.util.Optional;

/**
 * Where the money of a department comes from (资金来源): the income items of department tables.
 * The first three are fiscal appropriations (财政拨款) from the three fiscal budgets.
 */
public enum FundSource {
    /** 一般公共预算拨款 (财政拨款 from the 一般公共预算). */
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款", "general-public-budget", BudgetKind.GENERAL_PUBLIC),
    /** 政府性基金预算拨款. */
    GOVERNMENT_FUND("政府性基金预算拨款", "government-fund", BudgetKind.GOVERNMENT_FUND),
    /** 国有资本经营预算拨款. */
    STATE_CAPITAL("国有资本经营预算拨款", "state-capital", BudgetKind.STATE_CAPITAL),
    /** 财政专户管理资金 (纳入专户管理的非税收入). */
    SPECIAL_ACCOUNT("财政专户管理资金", "special-account", null),
    /** 事业收入. */
    BUSINESS("事业收入", "business", null),
    /** 事业单位经营收入. */
    OPERATING("事业单位经营收入", "operating", null),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("上级补助收入", "superior-subsidy", null),
    /** 附属单位上缴收入. */
    SUBORDINATE_REMITTANCE("附属单位上缴收入", "subordinate-remittance", null),
    /** 其他收入. */
    OTHER("其他收入", "other", null),
    /** 上年结转 / 年初结转和结余 (carried over from the previous year). */
    CARRY_OVER("上年结转", "carry-over", null),
    /** 用事业基金弥补收支差额. */
    BUSINESS_FUND("用事业基金弥补收支差额", "business-fund", null);

    private final String chineseName;
    private final String id;
    private final BudgetKind budget;

    FundSource(String chineseName, String id, BudgetKind budget) {
        this.chineseName = chineseName;
        this.id = id;
        this.budget = budget;
    }

    /** @return the official Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return the vocabulary id used in column ids ({@code source/<id>}) and in JSON */
    public String id() {
        return id;
    }

    /** @return the fiscal budget this source is an appropriation from, empty for non-fiscal sources */
    public Optional<BudgetKind> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return whether this is a fiscal appropriation (财政拨款) */
    public boolean isFiscal() {
        return budget != null;
    }

    /**
     * @param id a vocabulary id such as {@code general-public-budget}
     * @return the fund source with that id
     * @throws IllegalArgumentException if no fund source has that id
     */
    public static FundSource fromId(String id) {
        for (FundSource s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown fund source id '" + id + "'");
    }
}
