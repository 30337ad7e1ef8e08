package dev.yusuan.core.table;

/**
 * The role of a block of a table (表块): a side-by-side table (收入 | 支出) has one block per side
 * or column group, any other table one {@link #MAIN} block.
 */
public enum BlockRole {
    /** The only block of an ordinary table. */
    MAIN("主表"),
    /** The income side (收入) of a 收支总表. */
    INCOME("收入"),
    /** The expenditure side (支出) when it is one block. */
    EXPENDITURE("支出"),
    /** The expenditure side listed by function 类 (支出功能分类). */
    EXPENDITURE_BY_FUNCTION("支出（按功能分类）"),
    /** The expenditure side listed by spending type and economic class (支出（按支出类型）). */
    EXPENDITURE_BY_TYPE("支出（按支出类型）"),
    /** The 人员经费 group of a basic-expenditure table. */
    PERSONNEL("人员经费"),
    /** A 公用经费 group of a basic-expenditure table (a table may print several). */
    PUBLIC("公用经费");

    private final String chineseName;

    BlockRole(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name of the role */
    public String chineseName() {
        return chineseName;
    }
}
