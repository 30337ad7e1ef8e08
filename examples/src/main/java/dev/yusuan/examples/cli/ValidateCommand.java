package dev.yusuan.examples.cli;

import dev.yusuan.core.check.Report;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.table.PublishedStatement;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code yusuan validate}: the audit rules over published statements. */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check published statements against the audit rules (审核)";
    }

    @Override
    public String help() {
        return "usage: yusuan validate [--format text|json] [--locale zh|en] [--unit-type TYPE] FILE...\n\n"
                + "Checks each published statement (a yusuan/1 published-statement document) against the audit\n"
                + "rules: sums within tables, balances, sums across tables, codes and names in the catalog\n"
                + "edition of the statement's year, and the 部门/政府 economic correspondence. Every printed\n"
                + "value stands for its rounding interval: a difference that rounding explains is a note\n"
                + "(INFO, WITHIN_ROUNDING), not an error.\n\n"
                + "Options:\n"
                + "  --format FORMAT    text (default) or json:\n"
                + "                     {\"files\":[{\"file\",\"findings\":[{\"rule\",\"severity\",\"outcome\",\"table\",\"row\",\n"
                + "                     \"column\",\"expected\",\"actual\",\"difference\",\"message\"}],\"counts\"}]}\n"
                + "  --locale LANG      zh (default) or en: the language of the messages\n"
                + Codes.UNIT_TYPE_HELP
                + "                     used to reconcile the economic views when the document lists no unit types\n\n"
                + "Example: yusuan validate --format json examples/data/seeds/*.json\n\n"
                + "Exit status: 0 no ERROR finding, 1 an ERROR finding, 2 a file cannot be read or is not a\n"
                + "valid document (the message names the file, line and column) or a usage error.\n";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(name(), argv, Set.of("--format", "--locale", "--unit-type"), Set.of());
        boolean json = args.choice("--format", "text", "text", "json").equals("json");
        Locale locale = args.choice("--locale", "zh", "zh", "en").equals("en") ? Locale.ENGLISH : Locale.CHINESE;
        UnitType unitType = args.value("--unit-type").map(Codes::unitType).orElse(null);
        List<String> files = args.requireOperands("FILE");
        List<FindingsOutput.FileReport> reports = new ArrayList<>();
        boolean unreadable = false;
        boolean errors = false;
        for (String file : files) {
            PublishedStatement statement;
            try {
                statement = Inputs.statement(file);
            } catch (InputException e) {
                err.println(e.getMessage());
                unreadable = true;
                continue;
            }
            Report report = Checks.validate(statement, unitType);
            errors |= report.hasErrors();
            FindingsOutput.FileReport r = new FindingsOutput.FileReport(file, statement, report);
            reports.add(r);
            if (!json) {
                FindingsOutput.text(r, locale, out);
            }
        }
        if (json) {
            FindingsOutput.json(reports, locale, out);
        }
        return unreadable ? 2 : errors ? 1 : 0;
    }
}
