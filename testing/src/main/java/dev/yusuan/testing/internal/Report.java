package dev.yusuan.testing.internal;

import java.util.List;

/** Formats the failure report of a property. */
final class Report {

    private Report() {
    }

    static String of(PropertyRunner.Config config, int tries, int steps, int attempts, List<Object> shrunk,
            List<Object> original, Throwable failure) {
        StringBuilder out = new StringBuilder();
        out.append("Property failed after ").append(tries).append(tries == 1 ? " try" : " tries")
                .append(" and ").append(steps).append(steps == 1 ? " shrink step" : " shrink steps")
                .append(" (seed ").append(config.seed()).append(").\n");
        out.append('\n');
        if (config.maxShrinkAttempts() == 0) {
            out.append("Counterexample (shrinking is off):\n");
            arguments(out, config.names(), original);
        } else {
            out.append("Shrunk counterexample:\n");
            arguments(out, config.names(), shrunk);
            out.append("Original counterexample:\n");
            arguments(out, config.names(), original);
            if (attempts >= config.maxShrinkAttempts()) {
                out.append("(shrinking stopped after ").append(attempts)
                        .append(" attempts, its budget; a simpler counterexample may exist)\n");
            }
        }
        out.append('\n');
        out.append(config.maxShrinkAttempts() == 0 ? "Failure:\n" : "Failure on the shrunk counterexample:\n");
        out.append(indent(String.valueOf(failure))).append('\n');
        out.append('\n');
        out.append("To re-run exactly this case, set the seed:\n");
        int width = 0;
        for (String hint : config.rerunHints()) {
            width = Math.max(width, hint.indexOf('\t'));
        }
        for (String hint : config.rerunHints()) {
            int tab = hint.indexOf('\t');
            if (tab < 0) {
                out.append("  ").append(hint).append('\n');
            } else {
                String code = hint.substring(0, tab);
                out.append("  ").append(code).append(" ".repeat(width - tab + 3)).append(hint.substring(tab + 1))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void arguments(StringBuilder out, List<String> names, List<Object> values) {
        if (values.isEmpty()) {
            out.append("  (no arguments)\n");
        }
        for (int i = 0; i < values.size(); i++) {
            String name = i < names.size() ? names.get(i) : "#" + (i + 1);
            out.append("  ").append(name).append(" = ").append(indent(Describe.value(values.get(i))).strip())
                    .append('\n');
        }
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
