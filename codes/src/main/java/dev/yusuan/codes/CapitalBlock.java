package dev.yusuan.codes;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import java.util.Objects;

/**
 * The capital split of the correspondence table (资本性支出口径): department capital spending maps to
 * different government codes depending on whether it is basic construction arranged by the
 * development-and-reform block (发改委切块基本建设, department 类 309, → 504 or 50602) or other capital
 * spending (department 类 310, → 503 or 50601). The split follows from the department code's 类.
 */
public enum CapitalBlock {
    /** 309 资本性支出（基本建设）: 发改委切块基本建设. */
    BASIC_CONSTRUCTION("309", "资本性支出（基本建设）"),
    /** 310 资本性支出: capital spending other than 发改委切块基本建设. */
    OTHER_CAPITAL("310", "资本性支出"),
    /** Not capital spending of 309 or 310. */
    NONE("", "非资本性支出");

    private final String category;
    private final String chineseName;

    CapitalBlock(String category, String chineseName) {
        this.category = category;
        this.chineseName = chineseName;
    }

    /** @return the department 类 of this block ({@code "309"}, {@code "310"}), empty for {@link #NONE} */
    public String category() {
        return category;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /**
     * @param code a department economic code (部门预算支出经济分类)
     * @return the block its 类 belongs to
     */
    public static CapitalBlock of(DepartmentEconomicCode code) {
        Objects.requireNonNull(code, "code");
        String cat = code.atLevel(CodeLevel.CATEGORY).toString();
        if (cat.equals(BASIC_CONSTRUCTION.category)) {
            return BASIC_CONSTRUCTION;
        }
        if (cat.equals(OTHER_CAPITAL.category)) {
            return OTHER_CAPITAL;
        }
        return NONE;
    }
}
