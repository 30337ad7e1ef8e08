package dev.yusuan.codes;

import dev.yusuan.core.dimension.UnitType;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit types a row of the correspondence table (对照表适用单位) applies to. The 对照表 has
 * separate rows for 机关 (行政单位 and 参照公务员法管理的事业单位) and for other 事业单位; rows for
 * transfers, debt and subsidies apply to every unit (全部).
 */
public enum UnitScope {
    /** 机关: 行政单位 and 参公事业单位 (301 → 501, 302 → 502). */
    ADMINISTRATIVE("机关"),
    /** 事业单位 not managed as civil service (301 → 50501, 302 → 50502). */
    INSTITUTION("事业单位"),
    /** 全部: any unit type. */
    ANY("全部");

    private final String chineseName;

    UnitScope(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name used in the data files: 机关, 事业单位 or 全部 */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Whether a row with this scope applies to a unit of the given type. 企业 and 其他 units are
     * covered by {@link #ANY} rows only.
     *
     * @param unitType the unit type (单位类型)
     * @return whether the row applies
     */
    public boolean covers(UnitType unitType) {
        Objects.requireNonNull(unitType, "unitType");
        switch (this) {
            case ADMINISTRATIVE:
                return unitType.mapsAsAdministrative();
            case INSTITUTION:
                return unitType == UnitType.INSTITUTION;
            default:
                return true;
        }
    }

    /**
     * Reads the data-file form: the Chinese name or the constant name.
     *
     * @param text 机关, 事业单位, 全部, or ADMINISTRATIVE, INSTITUTION, ANY
     * @return the scope, if the text names one
     */
    public static Optional<UnitScope> fromText(String text) {
        Objects.requireNonNull(text, "text");
        for (UnitScope s : values()) {
            if (s.chineseName.equals(text) || s.name().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
