package dev.yusuan.codes;

import dev.yusuan.codes.internal.Csv;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the correspondence-table CSV format (see DATA.md). Package-private. */
final class MappingCsv {
    static final List<String> REQUIRED = List.of("dept_code", "gov_code", "unit_type", "kind");
    static final List<String> OPTIONAL = List.of("dept_name", "gov_name", "condition", "source", "confidence", "note");

    /** A parsed row with its origin. */
    record Line(String resource, int line, MappingRow row) {
        String origin() {
            return resource + ":" + line;
        }
    }

    private MappingCsv() {
    }

    static List<Line> parse(String resource, byte[] bytes) {
        Csv csv = Csv.parse(resource, bytes);
        csv.requireColumns(REQUIRED, OPTIONAL);
        List<Line> out = new ArrayList<>();
        for (Csv.Row row : csv.rows()) {
            DepartmentEconomicCode dept;
            GovernmentEconomicCode gov;
            try {
                dept = DepartmentEconomicCode.parse(row.get("dept_code"), CodeLevel.SECTION);
            } catch (CodeParseException e) {
                throw row.error("bad dept_code (a 部门预算支出经济分类 款 of 5 digits): " + e.getMessage(), e);
            }
            try {
                gov = GovernmentEconomicCode.parse(row.get("gov_code"), CodeLevel.SECTION);
            } catch (CodeParseException e) {
                throw row.error("bad gov_code (a 政府预算支出经济分类 款 of 5 digits): " + e.getMessage(), e);
            }
            Optional<UnitScope> scope = UnitScope.fromText(row.get("unit_type"));
            if (scope.isEmpty()) {
                throw row.error("unit_type '" + row.get("unit_type") + "' is not 机关, 事业单位 or 全部");
            }
            Optional<MappingKind> kind = MappingKind.fromText(row.get("kind"));
            if (kind.isEmpty()) {
                throw row.error("kind '" + row.get("kind") + "' is not official, official-by-analogy or observed");
            }
            out.add(new Line(resource, row.line(), new MappingRow(dept, row.get("dept_name"), gov, row.get("gov_name"), scope.get(),
                    CapitalBlock.of(dept), kind.get(), row.get("condition"), row.get("source"), row.get("confidence"), row.get("note"))));
        }
        return out;
    }
}
