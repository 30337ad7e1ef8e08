package dev.yusuan.codes;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import java.util.Objects;

/**
 * One row of the correspondence table between the two economic classifications
 * (两套支出经济分类科目对照表): a department 款 maps to a government 款 for units of a scope.
 *
 * @param department the department economic 款 (部门预算支出经济分类)
 * @param departmentName the department name as written in the row
 * @param government the government economic 款 (政府预算支出经济分类)
 * @param governmentName the government name as written in the row
 * @param scope the unit types the row applies to (机关, 事业单位, 全部)
 * @param capitalBlock the capital split of the department code (309 basic construction, 310 other, none)
 * @param kind official, official by analogy, or observed in a document
 * @param condition the condition text of the row (e.g. which capital block), may be empty
 * @param source provenance token(s), see DATA.md
 * @param confidence {@code high}, {@code medium}, {@code low} or {@code observed}
 * @param note remarks, may be empty
 */
public record MappingRow(DepartmentEconomicCode department, String departmentName, GovernmentEconomicCode government,
        String governmentName, UnitScope scope, CapitalBlock capitalBlock, MappingKind kind, String condition, String source,
        String confidence, String note) {

    /** Validates. */
    public MappingRow {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(government, "government");
        Objects.requireNonNull(governmentName, "governmentName");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(capitalBlock, "capitalBlock");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(note, "note");
    }
}
