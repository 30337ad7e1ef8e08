package dev.yusuan.core.dimension;

/**
 * The type of spending (支出类型). 基本支出 (basic spending) is held split into 人员经费 and 公用经费;
 * the last three types appear only in final accounts (决算).
 */
public enum SpendingType {
    /** 基本支出 — 人员经费 (personnel costs). */
    BASIC_PERSONNEL("人员经费", "basic/personnel", true, false),
    /** 基本支出 — 公用经费 (running costs). */
    BASIC_PUBLIC("公用经费", "basic/public", true, false),
    /** 项目支出 (project spending). */
    PROJECT("项目支出", "project", false, false),
    /** 上缴上级支出 (final account only). */
    REMIT_TO_SUPERIOR("上缴上级支出", "remit-to-superior", false, true),
    /** 经营支出 (final account only). */
    OPERATING("经营支出", "operating", false, true),
    /** 对附属单位补助支出 (final account only). */
    SUBSIDY_TO_SUBORDINATE("对附属单位补助支出", "subsidy-to-subordinate", false, true);

    private final String chineseName;
    private final String id;
    private final boolean basic;
    private final boolean finalAccountOnly;

    SpendingType(String chineseName, String id, boolean basic, boolean finalAccountOnly) {
        this.chineseName = chineseName;
        this.id = id;
        this.basic = basic;
        this.finalAccountOnly = finalAccountOnly;
    }

    /** @return the official Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return the vocabulary id used in column ids ({@code type/<id>}) and in JSON */
    public String id() {
        return id;
    }

    /** @return whether this is part of 基本支出 */
    public boolean isBasic() {
        return basic;
    }

    /** @return whether this type appears only in final accounts */
    public boolean isFinalAccountOnly() {
        return finalAccountOnly;
    }

    /**
     * @param id a vocabulary id such as {@code basic/personnel}
     * @return the spending type with that id
     * @throws IllegalArgumentException if none has that id
     */
    public static SpendingType fromId(String id) {
        for (SpendingType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown spending type id '" + id + "'");
    }
}
