package dev.yusuan.testing.mutate;

/**
 * The invariant (不变式, 审核关系) a {@link Mutation} breaks in a consistent statement.
 */
public enum Invariant {
    /**
     * 单元格取值: a printed cell agrees, within rounding, with every identity it takes part in
     * (hierarchy, column groups, totals, balance, across tables).
     */
    CELL_VALUE("单元格取值", "a printed cell agrees with every identity it takes part in"),
    /** 层级汇总: each code row equals the sum of its printed sub-codes, and 合计 the sum of the top-level codes. */
    HIERARCHY("层级汇总", "each code row = the sum of its printed sub-codes; the total = the sum of the top-level codes"),
    /** 科目排列: a code is printed under its parent. */
    CODE_ORDER("科目排列", "a code is printed under its parent"),
    /** 收支平衡: 收入总计 = 支出总计. */
    BALANCE("收支平衡", "income grand total = expenditure grand total");

    private final String chineseName;
    private final String description;

    Invariant(String chineseName, String description) {
        this.chineseName = chineseName;
        this.description = description;
    }

    /** @return the Chinese name, e.g. 收支平衡 */
    public String chineseName() {
        return chineseName;
    }

    /** @return what the invariant says, in English */
    public String description() {
        return description;
    }
}
