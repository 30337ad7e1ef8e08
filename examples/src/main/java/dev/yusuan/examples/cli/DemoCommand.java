package dev.yusuan.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code yusuan demo}: the README's main job. */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "show what yusuan does, on the bundled real documents";
    }

    @Override
    public String help() {
        return "usage: yusuan demo\n\n"
                + "Shows the library at work on the seed documents bundled in the tool (real published budgets and\n"
                + "a final account of Chinese medical-insurance bureaus): the audit rules on each document, a\n"
                + "部门 → 政府 economic conversion checked against the document's own table, and a budget against\n"
                + "final account comparison. Runs from any directory.\n\n"
                + "Exit status: 0 on success.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args.parse(name(), args).exactly();
        out.println("yusuan " + YusuanCli.version() + " — the Chinese government budget accounting model (政府预算会计模型) for Java");
        out.println("(modules: yusuan-core, yusuan-codes, yusuan-io-json, yusuan-testing; this tool is in yusuan-examples)");
        out.println();
        Demo.run(out);
        out.println();
        out.println("More: yusuan validate | lookup | map | convert | crosswalk | tables | compare — 'yusuan --help'.");
        return 0;
    }
}
