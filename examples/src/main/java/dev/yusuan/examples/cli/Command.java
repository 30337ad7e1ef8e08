package dev.yusuan.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the {@code yusuan} tool. */
interface Command {
    /** @return the name typed after {@code yusuan} */
    String name();

    /** @return one line for the command list */
    String summary();

    /** @return the full help text: usage line, options, exit statuses */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name (never containing --help)
     * @param out standard output
     * @param err standard error
     * @return the exit status
     * @throws UsageException when the arguments cannot be understood
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
