package dev.yusuan.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code yusuan} command-line tool: a thin layer over the library. Run it from the project
 * root as {@code ./yusuan COMMAND …}; {@code ./yusuan --help} lists the commands.
 *
 * <p>Exit statuses: 0 success, 1 the command found what it looks for (e.g. an ERROR finding or an
 * unknown code), 2 a usage error or a file that cannot be read, 3 an internal error.
 */
public final class YusuanCli {
    /** Exit status of a usage error. */
    static final int USAGE = 2;

    /** Exit status of an internal error (a bug in the tool or the library). */
    static final int INTERNAL = 3;

    /** The command names, in the order listed. */
    private static final List<String> COMMANDS = List.of("validate", "lookup", "map", "convert", "crosswalk", "tables", "compare", "demo");

    YusuanCli() {
    }

    /**
     * Makes one command. Only the command that runs is made, so that a quick command such as
     * {@code lookup} does not load the classes of the others (start-up time).
     *
     * @param name a command name
     * @return the command, or null if there is none of that name
     */
    static Command command(String name) {
        switch (name) {
            case "validate":
                return new ValidateCommand();
            case "lookup":
                return new LookupCommand();
            case "map":
                return new MapCommand();
            case "convert":
                return new ConvertCommand();
            case "crosswalk":
                return new CrosswalkCommand();
            case "tables":
                return new TablesCommand();
            case "compare":
                return new CompareCommand();
            case "demo":
                return new DemoCommand();
            default:
                return null;
        }
    }

    /**
     * Entry point.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = new YusuanCli().run(List.of(args), System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /**
     * Runs one command line.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            Command asked = args.size() > 1 ? command(args.get(1)) : null;
            if (asked != null) {
                out.print(asked.help());
                return 0;
            }
            out.print(usage());
            return args.isEmpty() ? USAGE : 0;
        }
        if (args.get(0).equals("--version")) {
            out.println("yusuan " + version());
            return 0;
        }
        Command command = command(args.get(0));
        if (command == null) {
            err.println("yusuan: unknown command '" + args.get(0) + "'");
            err.print(usage());
            return USAGE;
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("yusuan " + command.name() + ": " + e.getMessage());
            err.println("Try 'yusuan " + command.name() + " --help'.");
            return USAGE;
        } catch (InputException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (RuntimeException | StackOverflowError e) {
            // no stack trace for the user; the message says what failed
            err.println("yusuan " + command.name() + ": internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return INTERNAL;
        }
    }

    /**
     * Moneta logs its MathContext choice at INFO on first use; a command-line tool keeps stderr for
     * problems. Called by the commands that use Moneta, so that the others do not start logging.
     */
    static void quietMoneta() {
        Quiet.MONETA_LOGGER.setLevel(Level.WARNING);
    }

    /** Holds the logger strongly, so that the level set is not lost to garbage collection. */
    private static final class Quiet {
        static final Logger MONETA_LOGGER = Logger.getLogger("org.javamoney.moneta");
    }

    /** @return the names of the commands, in the order listed */
    List<String> commandNames() {
        return COMMANDS;
    }

    String usage() {
        StringBuilder sb = new StringBuilder("usage: yusuan COMMAND [OPTIONS] [ARGS]\n\nCommands:\n");
        for (String name : COMMANDS) {
            Command c = command(name);
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\n'yusuan COMMAND --help' describes a command. 'yusuan --version' prints the version.\n");
        return sb.toString();
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = YusuanCli.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
