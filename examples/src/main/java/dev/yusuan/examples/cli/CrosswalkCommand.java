package dev.yusuan.examples.cli;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeChange;
import dev.yusuan.codes.CrosswalkResult;
import dev.yusuan.core.code.ClassificationCode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code yusuan crosswalk}: codes from one edition to another. */
final class CrosswalkCommand implements Command {
    @Override
    public String name() {
        return "crosswalk";
    }

    @Override
    public String summary() {
        return "follow codes from one edition to another (renamed, moved, split, retired…)";
    }

    @Override
    public String help() {
        return "usage: yusuan crosswalk --from YEAR --to YEAR CODE...\n\n"
                + "Follows codes from the edition of one year to that of another, forward or backward, with\n"
                + "the recorded changes between editions (科目变动对照): unchanged, renamed, moved, merged,\n"
                + "split (the candidates are listed, never guessed), retired, new, reused.\n\n"
                + "Options:\n"
                + "  --from YEAR        the edition the codes are from (required)\n"
                + "  --to YEAR          the edition to map them to (required)\n\n"
                + "Example: yusuan crosswalk --from 2020 --to 2021 2101501 210\n\n"
                + "Exit status: 0 every code has one target, 1 a code has none or several, 2 usage error.\n";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(name(), argv, Set.of("--from", "--to"), Set.of());
        int from = args.requireYear("--from");
        int to = args.requireYear("--to");
        List<ClassificationCode<?>> codes = new ArrayList<>();
        for (String text : args.requireOperands("CODE")) {
            codes.add(Codes.parse(text));
        }
        int status = 0;
        for (ClassificationCode<?> code : codes) {
            CrosswalkResult<?> r = map(code, from, to);
            String targets = r.targets().isEmpty() ? "(none)" : r.targets().stream().map(Object::toString)
                    .reduce((a, b) -> a + " | " + b).orElse("");
            out.println(code + " (" + from + ") → " + targets + " (" + to + ")  " + r.outcome());
            out.println("  " + r.explanation());
            for (CodeChange c : r.uncertain()) {
                out.println("  not applied, year unverified: " + c.describe());
            }
            if (r.target().isEmpty()) {
                status = 1;
            }
        }
        return status;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CrosswalkResult<?> map(ClassificationCode<?> code, int from, int to) {
        return Catalogs.crosswalk().map((ClassificationCode) code, from, to);
    }
}
