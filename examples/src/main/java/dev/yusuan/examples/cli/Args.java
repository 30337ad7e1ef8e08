package dev.yusuan.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: options with a value ({@code --format json} or
 * {@code --format=json}), flags, and the operands. {@code --} ends the options. Anything else that
 * starts with {@code -} is an unknown option and a {@link UsageException}.
 */
final class Args {
    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> operands = new ArrayList<>();

    private Args(String command) {
        this.command = command;
    }

    /**
     * @param command the command name, for messages
     * @param args the arguments after the command name
     * @param valueOptions the options that take a value, e.g. {@code --format}
     * @param flagOptions the options that take none
     * @return the parsed arguments
     * @throws UsageException on an unknown option, a missing value or an option given twice
     */
    static Args parse(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
        Args a = new Args(command);
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                String name = eq > 0 ? arg.substring(0, eq) : arg;
                if (valueOptions.contains(name)) {
                    String value;
                    if (eq > 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (a.values.put(name, value) != null) {
                        throw new UsageException("option " + name + " is given twice");
                    }
                } else if (flagOptions.contains(name) && eq < 0) {
                    a.flags.add(name);
                } else {
                    throw new UsageException("unknown option '" + arg + "'");
                }
            } else {
                a.operands.add(arg);
            }
        }
        return a;
    }

    /** Parses arguments that take no options. */
    static Args parse(String command, List<String> args) {
        return parse(command, args, Set.of(), Set.of());
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    boolean flag(String option) {
        return flags.contains(option);
    }

    /**
     * @param option the option
     * @param fallback its value when absent
     * @param allowed the values it may take
     * @return the value, one of {@code allowed}
     */
    String choice(String option, String fallback, String... allowed) {
        String v = values.getOrDefault(option, fallback);
        if (v == null || !Arrays.asList(allowed).contains(v)) {
            throw new UsageException(option + " must be one of " + String.join(", ", allowed)
                    + (v == null ? "" : ", got '" + v + "'"));
        }
        return v;
    }

    /**
     * @param option an option whose value is a year
     * @return the year, if given
     */
    Optional<Integer> year(String option) {
        Optional<String> v = value(option);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().matches("(19|20|21)[0-9]{2}")) {
            throw new UsageException(option + " must be a year such as 2021, got '" + v.get() + "'");
        }
        return Optional.of(Integer.parseInt(v.get()));
    }

    /**
     * @param option an option whose value is a year
     * @return the year
     * @throws UsageException if it is absent
     */
    int requireYear(String option) {
        return year(option).orElseThrow(() -> new UsageException(option + " YEAR is required"));
    }

    List<String> operands() {
        return operands;
    }

    /**
     * @param what what the operands are, for the message, e.g. {@code CODE}
     * @return the operands
     * @throws UsageException if there are none
     */
    List<String> requireOperands(String what) {
        if (operands.isEmpty()) {
            throw new UsageException("no " + what + " given");
        }
        return operands;
    }

    /**
     * @param names the names of the operands expected, in order
     * @return the operands
     * @throws UsageException if there are not exactly that many
     */
    List<String> exactly(String... names) {
        if (operands.size() != names.length) {
            throw new UsageException("expected " + String.join(" ", names) + ", got "
                    + (operands.isEmpty() ? "nothing" : String.join(" ", operands)));
        }
        return operands;
    }

    /** @return the command name */
    String command() {
        return command;
    }
}
