package dev.yusuan.examples.cli;

import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.codes.CodeResolution;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code yusuan lookup}: codes in a catalog edition. */
final class LookupCommand implements Command {
    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public String summary() {
        return "look codes up in a catalog edition (name, level, parents, status)";
    }

    @Override
    public String help() {
        return "usage: yusuan lookup [--edition YEAR] CODE...\n\n"
                + "Looks classification codes up in an edition of the 政府收支分类科目: name, scheme and level,\n"
                + "the codes above it, whether it is active or retired in the edition, and former names.\n"
                + "The scheme is told from the first digit: 1 收入分类, 2 支出功能分类, 3 部门预算支出经济分类,\n"
                + "5 政府预算支出经济分类.\n\n"
                + "Options:\n"
                + "  --edition YEAR     the edition (default: the newest bundled one)\n\n"
                + "Example: yusuan lookup 2101501 30101 50101\n\n"
                + "Exit status: 0 every code is in the edition, 1 a code is not, 2 usage error.\n";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(name(), argv, Set.of("--edition"), Set.of());
        List<ClassificationCode<?>> codes = new ArrayList<>();
        for (String text : args.requireOperands("CODE")) {
            codes.add(Codes.parse(text));
        }
        CodeCatalog catalog = Codes.edition(args.year("--edition").orElse(null));
        int status = 0;
        for (ClassificationCode<?> code : codes) {
            if (!print(catalog, code, out)) {
                status = 1;
            }
        }
        return status;
    }

    /**
     * Prints one code. A code the edition holds is printed from its entry; only a code it lacks is
     * resolved, for the reason, so that a plain lookup does not read the observed layer.
     */
    private static boolean print(CodeCatalog catalog, ClassificationCode<?> code, PrintStream out) {
        Optional<CatalogEntry<?>> found = catalog.findAny(code);
        String edition = catalog.edition().id();
        if (found.isEmpty()) {
            CodeResolution<?> r = catalog.resolveAny(code);
            out.println(code + "  (not in edition " + edition + ")");
            out.println("  scheme    " + code.scheme().chineseName() + ", " + code.level().chineseName() + " (" + code.toString().length()
                    + " digits)");
            out.println("  status    unknown: " + r.reason());
            out.println();
            return false;
        }
        CatalogEntry<?> e = found.get();
        out.println(code + "  " + e.name());
        out.println("  scheme    " + code.scheme().chineseName() + ", " + code.level().chineseName() + " (" + code.toString().length()
                + " digits)");
        List<String> above = new ArrayList<>();
        for (ClassificationCode<?> a : code.ancestors()) {
            Optional<CatalogEntry<?>> ancestor = catalog.findAny(a);
            above.add(a + " " + (ancestor.isPresent() ? ancestor.get().name() : "(not in edition)"));
        }
        out.println("  parents   " + (above.isEmpty() ? "none (a " + code.level().chineseName() + ")" : String.join(" › ", above)));
        out.println("  status    " + (e.status() == EntryStatus.ACTIVE ? "active" : "retired") + " in edition " + edition
                + " (" + catalog.edition().title() + ")");
        if (!e.formerNames().isEmpty()) {
            out.println("  formerly  " + String.join("; ", e.formerNames()));
        }
        out.println();
        return true;
    }
}
