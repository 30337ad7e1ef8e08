package dev.yusuan.testing.mutate;

/**
 * A named way to break a consistent statement (变异方式), each breaking one {@link Invariant}.
 */
public enum Mutation {
    /** 改单元格: one amount cell changed by more than the rounding of any identity it takes part in. */
    CHANGE_CELL("改单元格", Invariant.CELL_VALUE),
    /** 删行: a code row with printed siblings dropped, so its parent (or the total) no longer adds up. */
    DROP_ROW("删行", Invariant.HIERARCHY),
    /** 挂错上级: a code row (with its sub-codes) moved to be printed under another code of its parent's level. */
    WRONG_PARENT("挂错上级", Invariant.CODE_ORDER),
    /** 收支不平衡: the expenditure side's 年末结转和结余 and 支出总计 raised together, so only the balance breaks. */
    BREAK_BALANCE("收支不平衡", Invariant.BALANCE);

    private final String chineseName;
    private final Invariant invariant;

    Mutation(String chineseName, Invariant invariant) {
        this.chineseName = chineseName;
        this.invariant = invariant;
    }

    /** @return the Chinese name, e.g. 删行 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the invariant this mutation breaks */
    public Invariant invariant() {
        return invariant;
    }
}
