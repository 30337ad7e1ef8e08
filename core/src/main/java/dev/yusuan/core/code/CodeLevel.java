package dev.yusuan.core.code;

/**
 * The level of a classification code (科目级次).
 */
public enum CodeLevel {
    /** 类: the first level, 3 digits. */
    CATEGORY("类", 3),
    /** 款: the second level, 5 digits. */
    SECTION("款", 5),
    /** 项: the third level of a function or revenue code, 7 digits. */
    ITEM("项", 7),
    /** 目: the fourth level of a revenue code, 9 digits. */
    SUBITEM("目", 9),
    /**
     * A local sub-item (地方细化科目) below an economic 款, 7 digits (e.g. {@code 3011201} 生育保险
     * under {@code 30112}). Not a national code: it rolls up to its 款.
     */
    LOCAL("地方细化", 7);

    private final String chineseName;
    private final int length;

    CodeLevel(String chineseName, int length) {
        this.chineseName = chineseName;
        this.length = length;
    }

    /** @return the Chinese name of the level: 类, 款, 项, 目 or 地方细化 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the number of digits of a code at this level */
    public int length() {
        return length;
    }
}
