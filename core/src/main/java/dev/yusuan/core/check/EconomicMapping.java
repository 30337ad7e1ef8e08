package dev.yusuan.core.check;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import java.util.Optional;

/**
 * The official correspondence of the two economic classifications (两套支出经济分类科目对照表) as
 * the audit rules need it: the 政府预算 款 a 部门预算 款 maps to for a unit type. The
 * {@code yusuan-codes} module provides the bundled table; a caller may pass any other.
 */
@FunctionalInterface
public interface EconomicMapping {
    /**
     * @param code a 部门预算支出经济分类 款 (a local 7-digit sub-item maps as its 款)
     * @param unitType the type of the unit that spends
     * @return the 政府预算支出经济分类 款, empty if the table has no row for the code and unit type
     */
    Optional<GovernmentEconomicCode> map(DepartmentEconomicCode code, UnitType unitType);
}
