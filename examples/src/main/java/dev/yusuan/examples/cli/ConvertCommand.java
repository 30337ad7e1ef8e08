package dev.yusuan.examples.cli;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerException;
import dev.yusuan.examples.convert.StatementConversion;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code yusuan convert}: 部门 → 政府 economic classification of a whole document. */
final class ConvertCommand implements Command {
    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "convert a statement's 部门 economic data to the 政府 scheme (JSON out)";
    }

    @Override
    public String help() {
        return "usage: yusuan convert --to government-economic [--unit-type TYPE] FILE\n\n"
                + "Converts the 部门预算支出经济分类 data of a document to 政府预算支出经济分类 with the official\n"
                + "correspondence table of the catalog edition of its year, and writes the result as JSON:\n"
                + "  - a published statement: every table whose rows are 部门 economic codes becomes a table\n"
                + "    by 政府 economic code (total, 类 and 款 rows; each amount column summed exactly);\n"
                + "  - a ledger: every line's economic code is converted (a ledger in 政府 codes).\n\n"
                + "Options:\n"
                + "  --to SCHEME        government-economic (the only target)\n"
                + Codes.UNIT_TYPE_HELP
                + "                     required unless the document lists its units with one type (or, for a\n"
                + "                     ledger, every line names its unit)\n\n"
                + "Example: yusuan convert --to government-economic --unit-type administrative \\\n"
                + "             examples/data/seeds/nanchong-2020-budget.json\n\n"
                + "Exit status: 0 converted, 1 a code has no official row for the unit type (nothing written),\n"
                + "2 a file problem or a usage error.\n";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(name(), argv, Set.of("--to", "--unit-type"), Set.of());
        args.value("--to").orElseThrow(() -> new UsageException("--to government-economic is required"));
        args.choice("--to", null, "government-economic");
        UnitType given = args.value("--unit-type").map(Codes::unitType).orElse(null);
        String file = args.exactly("FILE").get(0);
        Inputs.Document doc = Inputs.any(file);
        int year = doc.isLedger() ? doc.ledger().header().year() : doc.statement().year();
        List<BudgetUnit> units = doc.isLedger() ? doc.ledger().header().entity().units() : doc.statement().entity().units();
        CodeCatalog catalog = Catalogs.edition(year).orElseThrow(() -> new InputException(file + ": no catalog edition for " + year
                + ", so no correspondence table to convert with"));
        UnitType type = given != null ? given
                : doc.isLedger() && everyLineHasAUnit(doc.ledger()) ? UnitType.ADMINISTRATIVE // no line takes the default
                : sharedType(units, file);
        if (doc.isLedger()) {
            Ledger converted;
            try {
                converted = doc.ledger().toGovernmentEconomic((code, t) -> catalog.correspondence().map(code, t).target(), type);
            } catch (LedgerException e) {
                err.println(file + ": not converted: " + e.getMessage());
                return 1;
            }
            JsonOut.ledger(converted, out);
            return 0;
        }
        StatementConversion.Result r = StatementConversion.toGovernmentEconomic(doc.statement(), catalog, type);
        for (String s : r.skipped()) {
            err.println(file + ": not converted: " + s);
        }
        if (!r.isComplete()) {
            for (StatementConversion.Unmapped u : r.unmapped()) {
                err.println(file + ": " + u.table() + ": " + u.code() + ": " + u.reason());
            }
            err.println(file + ": not converted: " + r.unmapped().size() + " code(s) have no official 政府 code for a "
                    + type.chineseName() + " (see above)");
            return 1;
        }
        if (r.tables().isEmpty()) {
            err.println(file + ": no table has 部门 economic rows; nothing to convert");
            return 1;
        }
        JsonOut.statement(r.statement(), out);
        return 0;
    }

    private static boolean everyLineHasAUnit(Ledger ledger) {
        boolean[] without = {false};
        ledger.forEachLine((function, economic, source, type, unit, amount) -> without[0] |= unit < 0);
        ledger.initialBudget().ifPresent(b -> b.forEachLine((function, economic, source, type, unit, amount) -> without[0] |= unit < 0));
        return !without[0];
    }

    /** The unit type every unit of the document has, or a usage error asking for --unit-type. */
    static UnitType sharedType(List<BudgetUnit> units, String file) {
        UnitType found = null;
        for (BudgetUnit u : units) {
            UnitType t = u.type().mapsAsAdministrative() ? UnitType.ADMINISTRATIVE : u.type();
            if (found != null && found != t) {
                throw new UsageException(file + " has units of different types; pass --unit-type");
            }
            found = t;
        }
        if (found == null) {
            throw new UsageException(file + " does not say whether its units are administrative units or institutions; "
                    + "pass --unit-type");
        }
        return found;
    }
}
