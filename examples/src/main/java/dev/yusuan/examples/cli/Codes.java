package dev.yusuan.examples.cli;

import dev.yusuan.codes.CatalogRegistry;
import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.dimension.UnitType;
import java.util.Optional;
import java.util.stream.Collectors;

/** Code arguments and catalog editions for the code commands. Touches neither Jackson nor the validator. */
final class Codes {
    private Codes() {
    }

    /**
     * @param text a code as typed: its first digit names the scheme (1 收入, 2 支出功能, 3 部门经济, 5 政府经济)
     * @return the code
     * @throws UsageException if it is not a code of any scheme
     */
    static ClassificationCode<?> parse(String text) {
        try {
            switch (text.isEmpty() ? ' ' : text.charAt(0)) {
                case '1':
                    return RevenueCode.parse(text);
                case '2':
                    return FunctionCode.parse(text);
                case '3':
                    return DepartmentEconomicCode.parse(text);
                case '5':
                    return GovernmentEconomicCode.parse(text);
                default:
                    throw new UsageException("'" + text + "' is not a classification code (codes start with 1 收入, 2 支出功能, "
                            + "3 部门经济 or 5 政府经济分类)");
            }
        } catch (CodeParseException e) {
            throw new UsageException("'" + text + "' is not a classification code: " + e.getMessage());
        }
    }

    /**
     * @param text a 部门 economic code as typed
     * @return the code
     */
    static DepartmentEconomicCode department(String text) {
        ClassificationCode<?> c = parse(text);
        if (!(c instanceof DepartmentEconomicCode)) {
            throw new UsageException("'" + text + "' is not a 部门预算支出经济分类 code (those start with 3, e.g. 30101)");
        }
        return (DepartmentEconomicCode) c;
    }

    /**
     * @param year the year asked for, or null for the newest edition
     * @return the edition
     * @throws UsageException if there is no edition for that year
     */
    static CodeCatalog edition(Integer year) {
        CatalogRegistry registry = Catalogs.registry();
        if (year == null) {
            return registry.latest();
        }
        Optional<CodeCatalog> found = registry.edition(year);
        if (found.isEmpty()) {
            throw new UsageException("no catalog edition for " + year + " (editions: "
                    + registry.years().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        return found.get();
    }

    /**
     * @param text {@code administrative}, {@code civil-service-institution} or {@code institution}
     * @return the unit type
     */
    static UnitType unitType(String text) {
        switch (text) {
            case "administrative":
                return UnitType.ADMINISTRATIVE;
            case "civil-service-institution":
                return UnitType.CIVIL_SERVICE_INSTITUTION;
            case "institution":
                return UnitType.INSTITUTION;
            default:
                throw new UsageException("--unit-type must be administrative (行政单位), civil-service-institution (参公事业单位) "
                        + "or institution (事业单位), got '" + text + "'");
        }
    }

    /** The help text of the --unit-type option. */
    static final String UNIT_TYPE_HELP =
              "  --unit-type TYPE   administrative (行政单位), civil-service-institution (参照公务员法管理的事业单位,\n"
            + "                     maps like an administrative unit) or institution (事业单位)\n";
}
