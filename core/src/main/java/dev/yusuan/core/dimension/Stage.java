package dev.yusuan.core.dimension;

/** The stage of a statement (预算阶段). */
public enum Stage {
    /** 年初预算 (the budget as adopted). */
    BUDGET("年初预算"),
    /** 调整预算 (the adjusted budget). */
    ADJUSTED_BUDGET("调整预算"),
    /** 决算 (the final account). */
    FINAL_ACCOUNT("决算");

    private final String chineseName;

    Stage(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether this is a budget stage (年初 or 调整), not a final account */
    public boolean isBudget() {
        return this != FINAL_ACCOUNT;
    }
}
