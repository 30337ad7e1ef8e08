package dev.yusuan.core.dimension;

/**
 * The type of a budget unit (单位类型). It decides how department economic codes map to the
 * government scheme: 行政单位 and 参公 map 301 → 501, 事业单位 map 301 → 505.
 */
public enum UnitType {
    /** 行政单位. */
    ADMINISTRATIVE("行政单位"),
    /** 参照公务员法管理的事业单位 (参公), treated like an administrative unit. */
    CIVIL_SERVICE_INSTITUTION("参照公务员法管理的事业单位"),
    /** 事业单位 (public institution). */
    INSTITUTION("事业单位"),
    /** 企业. */
    ENTERPRISE("企业"),
    /** Any other type. */
    OTHER("其他");

    private final String chineseName;

    UnitType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether economic codes map as for an administrative unit (机关: 行政单位 and 参公) */
    public boolean mapsAsAdministrative() {
        return this == ADMINISTRATIVE || this == CIVIL_SERVICE_INSTITUTION;
    }
}
