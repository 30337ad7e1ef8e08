package dev.yusuan.core.money;

/**
 * The unit a statement or table prints its amounts in (金额单位). Conversion between units is
 * exact: it only moves the decimal point.
 */
public enum AmountUnit {
    /** 元. */
    YUAN("元", 0),
    /** 万元 (10⁴ 元), the usual unit of published budgets. */
    WAN_YUAN("万元", 4),
    /** 亿元 (10⁸ 元). */
    YI_YUAN("亿元", 8);

    private final String chineseName;
    private final int exponent;

    AmountUnit(String chineseName, int exponent) {
        this.chineseName = chineseName;
        this.exponent = exponent;
    }

    /** @return 元, 万元 or 亿元 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the power of ten of one unit in 元: 0, 4 or 8 */
    public int exponent() {
        return exponent;
    }

    /**
     * Reads a printed unit: 元, 万元 or 亿元 (with or without 单位： around it).
     *
     * @param text the printed unit
     * @return the unit
     * @throws AmountException if the text names no unit
     */
    public static AmountUnit fromChinese(String text) {
        String t = text.replace("单位", "").replace("：", "").replace(":", "").strip();
        for (AmountUnit u : values()) {
            if (u.chineseName.equals(t)) {
                return u;
            }
        }
        throw new AmountException(AmountException.Kind.PARSE, text, "'" + text + "' is not an amount unit (元, 万元, 亿元)");
    }
}
