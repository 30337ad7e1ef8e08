package dev.yusuan.examples.cli;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.derive.TableDeriver;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableException;
import dev.yusuan.core.table.TableKind;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code yusuan tables}: the standard disclosure tables of a line-level statement. */
final class TablesCommand implements Command {
    @Override
    public String name() {
        return "tables";
    }

    @Override
    public String summary() {
        return "derive the standard disclosure tables from a line-level statement (ledger)";
    }

    @Override
    public String help() {
        return "usage: yusuan tables [--format text|csv|json] [--table KIND] FILE\n\n"
                + "Derives the standard disclosure tables (部门预算 or 部门决算 公开01–09表) from a line-level\n"
                + "statement (a yusuan/1 ledger document) and prints them laid out as the official tables are:\n"
                + "number, title, amount unit, column headers level by level, 栏次 and 行次, codes and names.\n"
                + "Derived tables are consistent by construction. Given a published statement instead, prints its\n"
                + "tables as published.\n\n"
                + "Options:\n"
                + "  --format FORMAT    text (default, aligned columns), csv (per table: a title record, the\n"
                + "                     header records, the rows; a blank line between tables) or json (a\n"
                + "                     published-statement document)\n"
                + "  --table KIND       only the table of that kind, e.g. final/summary, budget/three-public\n\n"
                + "Example: yusuan tables --table final/general-public-expenditure \\\n"
                + "             examples/data/ledgers/example-2021-final-account.json\n\n"
                + "Exit status: 0 success, 2 a file problem, a kind that cannot be derived, or a usage error.\n";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(name(), argv, Set.of("--format", "--table"), Set.of());
        String format = args.choice("--format", "text", "text", "csv", "json");
        Optional<TableKind> only = args.value("--table").map(TablesCommand::kind);
        String file = args.exactly("FILE").get(0);
        Inputs.Document doc = Inputs.any(file);
        PublishedStatement statement;
        if (doc.isLedger()) {
            TableDeriver deriver = TableDeriver.of(doc.ledger());
            Optional<dev.yusuan.codes.CodeCatalog> names = Catalogs.edition(doc.ledger().header().year());
            if (names.isPresent()) {
                deriver = deriver.withCatalog(names.get());
            }
            StatementSource source = StatementSource.of(doc.ledger().header().entity().name() + doc.ledger().header().year() + "年"
                    + doc.ledger().header().stage().chineseName() + "（由明细数据生成）");
            if (only.isPresent()) {
                Optional<String> why = deriver.whyNotDerivable(only.get());
                if (why.isPresent()) {
                    throw new UsageException(why.get());
                }
            }
            statement = deriver.deriveStatement(source);
        } else {
            statement = doc.statement();
        }
        List<PublishedTable> tables = new ArrayList<>();
        for (PublishedTable t : statement.tables()) {
            if (only.isEmpty() || t.kind() == only.get()) {
                tables.add(t);
            }
        }
        if (tables.isEmpty()) {
            throw new UsageException(file + " has no table of kind " + only.map(TableKind::id).orElse("?"));
        }
        switch (format) {
            case "json":
                PublishedStatement.Builder b = PublishedStatement.builder(statement.source(), statement.entity(), statement.year(),
                        statement.stage(), statement.unit());
                tables.forEach(b::table);
                JsonOut.statement(b.build(), out);
                break;
            case "csv":
                tables.forEach(t -> TableLayout.csv(t, out));
                break;
            default:
                String entity = statement.entity().name() + "  " + statement.year() + "年" + statement.stage().chineseName();
                tables.forEach(t -> TableLayout.text(t, entity, out));
                break;
        }
        return 0;
    }

    private static TableKind kind(String id) {
        try {
            return TableKind.fromId(id);
        } catch (TableException e) {
            throw new UsageException("--table: " + e.getMessage());
        }
    }
}
