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
                + "Shows the library at work on the bundled seed documents (real published budgets and a final\n"
                + "account of Chinese medical-insurance bureaus).\n\n"
                + "Exit status: 0 on success.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            throw new UsageException("demo takes no arguments, got: " + String.join(" ", args));
        }
        out.println("yusuan " + YusuanCli.version() + " — the Chinese government budget accounting model (政府预算会计模型) for Java");
        out.println();
        out.println("Modules:");
        out.println("  yusuan-core      classification codes, exact amounts, budgets and final accounts, audit rules");
        out.println("  yusuan-codes     the classification catalogs (政府收支分类科目) edition by edition, 部门→政府 对照表");
        out.println("  yusuan-io-json   a Jackson module and the versioned yusuan JSON format");
        out.println("  yusuan-testing   a property-based testing engine with generators of codes, amounts and statements");
        out.println("  yusuan-examples  runnable examples, the seed documents as fixtures, and this tool");
        out.println();
        Demo.run(out);
        return 0;
    }
}
