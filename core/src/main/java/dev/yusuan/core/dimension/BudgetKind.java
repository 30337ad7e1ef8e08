package dev.yusuan.core.dimension;

/** The four budgets (四本预算). */
public enum BudgetKind {
    /** 一般公共预算. */
    GENERAL_PUBLIC("一般公共预算"),
    /** 政府性基金预算. */
    GOVERNMENT_FUND("政府性基金预算"),
    /** 国有资本经营预算. */
    STATE_CAPITAL("国有资本经营预算"),
    /** 社会保险基金预算. */
    SOCIAL_INSURANCE_FUND("社会保险基金预算");

    private final String chineseName;

    BudgetKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
