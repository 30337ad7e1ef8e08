package dev.yusuan.core.ledger;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import java.util.Optional;

/**
 * The correspondence of 部门预算支出经济分类 to 政府预算支出经济分类 (经济分类对照): each 部门 款
 * maps to one 政府 款, and the target may depend on the type of the unit (a 行政单位 maps
 * {@code 30101} to {@code 50101}, a 事业单位 to {@code 50501}). The codes module supplies the
 * official table of each edition; a caller may supply its own.
 */
@FunctionalInterface
public interface EconomicMapping {

    /**
     * @param code a 部门 economic 款 (or a local sub-item; if it has no mapping of its own, its 款's
     *     mapping is used)
     * @param unitType the type of the unit spending the money
     * @return the 政府 economic 款 (or local sub-item), empty if the mapping does not cover the code
     */
    Optional<GovernmentEconomicCode> map(DepartmentEconomicCode code, UnitType unitType);
}
