package dev.yusuan.core.table;

/**
 * A family of column ids (栏目类别) in the column vocabulary. Each {@link TableKind} allows some
 * families; {@link #LOCAL} ({@code x-…}) is allowed everywhere.
 */
public enum ColumnFamily {
    /** {@code amount} (金额), {@code total} (合计/总计), {@code subtotal} (小计). */
    TOTALS("合计"),
    /** {@code source/…}: fund-source columns (资金来源), e.g. {@code source/general-public-budget}. */
    SOURCES("资金来源"),
    /** {@code type/…}: spending-type columns (支出类型), e.g. {@code type/basic/personnel}, including {@code type/basic/econ/301}. */
    SPENDING_TYPES("支出类型"),
    /** {@code econ/<code>}: an economic 类 or 款 column (经济分类). */
    ECONOMIC("经济分类"),
    /** {@code budget}, {@code final} and {@code budget/…}, {@code final/…}: 预算数 vs 决算数. */
    BUDGET_VS_FINAL("预算数与决算数"),
    /** {@code three-public/…}: the “三公”经费 items. */
    THREE_PUBLIC("“三公”经费"),
    /** {@code income} (本年收入), {@code carry-over/opening} (年初结转和结余), {@code carry-over/closing} (年末结转和结余). */
    BALANCES("收支及结转结余"),
    /** {@code gov-economic}, {@code dept-economic}: the code printed in the other economic scheme (对照). */
    MAPPING("经济分类对照"),
    /** {@code x-…}: a province's own column, held as printed; no rule applies to it. */
    LOCAL("地方栏目");

    private final String chineseName;

    ColumnFamily(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name of the family */
    public String chineseName() {
        return chineseName;
    }
}
