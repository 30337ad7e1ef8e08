package dev.yusuan.examples.cli;

import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.codes.MappingResult;
import dev.yusuan.codes.MappingRow;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code yusuan map}: 部门 → 政府 economic codes. */
final class MapCommand implements Command {
    @Override
    public String name() {
        return "map";
    }

    @Override
    public String summary() {
        return "map 部门 economic codes to 政府 economic codes (对照表)";
    }

    @Override
    public String help() {
        return "usage: yusuan map --unit-type TYPE [--edition YEAR] CODE...\n\n"
                + "Maps 部门预算支出经济分类 codes (301…399, 款 or local sub-items) to 政府预算支出经济分类 codes\n"
                + "with the official correspondence table (两套支出经济分类科目对照表). The target depends on\n"
                + "the unit: an administrative unit maps 30101 to 50101, an institution to 50501.\n\n"
                + "Options:\n"
                + Codes.UNIT_TYPE_HELP
                + "  --edition YEAR     the edition of the table (default: the newest bundled one)\n\n"
                + "Example: yusuan map --unit-type administrative 30101 30199 3011201\n\n"
                + "Exit status: 0 every code is mapped, 1 a code has no official row, 2 usage error.\n";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(name(), argv, Set.of("--unit-type", "--edition"), Set.of());
        UnitType type = Codes.unitType(args.value("--unit-type").orElseThrow(() -> new UsageException("--unit-type is required")));
        List<DepartmentEconomicCode> codes = new ArrayList<>();
        for (String text : args.requireOperands("CODE")) {
            codes.add(Codes.department(text));
        }
        CodeCatalog catalog = Codes.edition(args.year("--edition").orElse(null));
        int status = 0;
        for (DepartmentEconomicCode code : codes) {
            MappingResult r = catalog.correspondence().map(code, type);
            String name = catalog.find(r.mappedCode()).map(e -> " " + e.name()).orElse("");
            if (!r.mappedCode().equals(code)) {
                name = " (local sub-item of " + r.mappedCode() + name + ")";
            }
            if (r.isMapped()) {
                MappingRow row = r.official().orElseThrow();
                out.println(code + name + " → " + row.government() + " " + row.governmentName());
            } else {
                out.println(code + name + " → (none)");
                status = 1;
            }
            out.println("  " + r.reason());
            for (MappingRow o : r.disagreements()) {
                out.println("  observed in a document: " + o.department() + " → " + o.government() + " " + o.governmentName());
            }
        }
        out.println("(" + type.chineseName() + ", edition " + catalog.edition().id() + ")");
        return status;
    }
}
