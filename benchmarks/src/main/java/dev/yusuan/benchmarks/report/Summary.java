package dev.yusuan.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JMH JSON result and the METRIC lines of the probes, and prints one line per bar,
 * {@code BAR <name> <measured> <limit> PASS|FAIL}, followed by the medians and spreads the figure
 * was computed from, then {@code BARS <passed>/<total>}. With {@code --results}, also rewrites the
 * results page (keeping its notes) and the machine-readable record the next run compares with.
 *
 * <p>Usage: {@code Summary [--jmh FILE]… --metrics FILE [--mode quick|full] [--results RESULTS.md --record results.tsv]}
 */
public final class Summary {
    /** Marker after which the results page is kept as written by hand. */
    static final String NOTES_MARKER = "<!-- notes: everything below this line is kept when run.sh rewrites this page -->";

    /** The outcome of one bar. */
    record Row(Bars.Bar bar, Double measured, String detail, String reason) {
        boolean passes() {
            return measured != null && measured <= bar.limit();
        }

        String measuredText() {
            return measured == null ? "n/a" : String.format(Locale.ROOT, "%.2f", measured);
        }

        String line() {
            String s = "BAR " + bar.name() + " " + measuredText() + " " + String.format(Locale.ROOT, "%.2f", bar.limit()) + " "
                    + (passes() ? "PASS" : "FAIL");
            if (measured == null) {
                return s + " (" + reason + ")";
            }
            return detail.isEmpty() ? s : s + "  [" + detail + "]";
        }
    }

    private Summary() {
    }

    /**
     * Entry point.
     *
     * @param args see the class comment
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new HashMap<>();
        Map<String, JsonNode> jmh = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--jmh")) {
                readJmh(args[i + 1]).forEach(jmh::putIfAbsent);
            } else {
                opts.put(args[i], args[i + 1]);
            }
        }
        Map<String, String[]> metrics = readMetrics(opts.get("--metrics"));
        List<Row> rows = evaluate(jmh, metrics);
        int passed = 0;
        for (Row r : rows) {
            System.out.println(r.line());
            passed += r.passes() ? 1 : 0;
        }
        System.out.println("BARS " + passed + "/" + rows.size());
        if (opts.containsKey("--results")) {
            writeResults(rows, opts.getOrDefault("--mode", "full"), Path.of(opts.get("--results")),
                    Path.of(opts.getOrDefault("--record", "results.tsv")));
        }
    }

    /** Evaluates every bar. */
    static List<Row> evaluate(Map<String, JsonNode> jmh, Map<String, String[]> metrics) {
        List<Row> rows = new ArrayList<>();
        for (Bars.Bar bar : Bars.ALL) {
            rows.add(bar.isJmh() ? jmhRow(bar, jmh) : metricRow(bar, metrics));
        }
        return rows;
    }

    private static Row jmhRow(Bars.Bar bar, Map<String, JsonNode> jmh) {
        String prefix = "dev.yusuan.benchmarks." + bar.benchmark();
        JsonNode ours = jmh.get(prefix + ".ours");
        JsonNode base = jmh.get(prefix + ".baseline");
        if (ours == null || base == null) {
            boolean exists;
            try {
                Class.forName(prefix, false, Summary.class.getClassLoader());
                exists = true;
            } catch (ClassNotFoundException e) {
                exists = false;
            }
            String reason = exists ? "no JMH result for " + bar.benchmark() + (ours == null ? ".ours" : ".baseline")
                    + ": it failed or was not run; see jmh.log" : "not built yet: " + bar.waitingOn();
            return new Row(bar, null, "", reason);
        }
        double[] o = raw(ours);
        double[] b = raw(base);
        String unit = ours.path("primaryMetric").path("scoreUnit").asText();
        double mo = Stats.median(o);
        double mb = Stats.median(b);
        // time per operation: ours / baseline; a throughput unit (ops per time) is inverted
        double ratio = unit.endsWith("/op") ? mo / mb : mb / mo;
        String detail = String.format(Locale.ROOT, "ours %s %s ±%.1f%%, baseline %s %s ±%.1f%%, n=%d/%d",
                Stats.sig3(mo), unit, Stats.spreadPercent(o), Stats.sig3(mb), unit, Stats.spreadPercent(b), o.length, b.length);
        return new Row(bar, ratio, detail, "");
    }

    private static double[] raw(JsonNode result) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
            for (JsonNode v : fork) {
                values.add(v.asDouble());
            }
        }
        if (values.isEmpty()) {
            values.add(result.path("primaryMetric").path("score").asDouble());
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Row metricRow(Bars.Bar bar, Map<String, String[]> metrics) {
        String[] m = metrics.get(bar.name());
        if (m == null) {
            return new Row(bar, null, "", "not built yet: " + bar.waitingOn());
        }
        String detail = m.length > 1 ? m[1] : "";
        if (m[0].equals("n/a")) {
            return new Row(bar, null, "", detail.isEmpty() ? "not measured" : detail);
        }
        try {
            return new Row(bar, Double.parseDouble(m[0]), detail, "");
        } catch (NumberFormatException e) {
            return new Row(bar, null, "", "unreadable METRIC value '" + m[0] + "'");
        }
    }

    /** Reads a JMH JSON result file: benchmark name to result (the first result of each name). */
    static Map<String, JsonNode> readJmh(String file) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(Path.of(file)) || Files.size(Path.of(file)) == 0) {
            return out;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Path.of(file).toFile());
        } catch (IOException e) {
            System.err.println("summary: cannot read the JMH result " + file + ": " + e.getMessage());
            return out;
        }
        for (JsonNode r : root) {
            out.putIfAbsent(r.path("benchmark").asText(), r);
        }
        return out;
    }

    /**
     * Reads METRIC lines, {@code METRIC <bar> <value|n/a> [detail…]}; other lines are ignored. A
     * later line for the same bar wins.
     */
    static Map<String, String[]> readMetrics(String file) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            return out;
        }
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            String[] t = line.strip().split("\\s+", 4);
            if (t.length >= 3 && t[0].equals("METRIC")) {
                out.put(t[1], new String[] {t[2], t.length > 3 ? t[3] : ""});
            }
        }
        return out;
    }

    private static void writeResults(List<Row> rows, String mode, Path page, Path record) throws IOException {
        Map<String, String> previous = new HashMap<>();
        String previousDate = null;
        if (Files.isRegularFile(record)) {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                String[] t = line.split("\t");
                if (t.length >= 2 && t[0].equals("#date")) {
                    previousDate = t[1];
                } else if (t.length >= 2 && !t[0].startsWith("#")) {
                    previous.put(t[0], t[1]);
                }
            }
        }
        String date = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"));
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("The last recorded run of `benchmarks/run.sh").append(mode.equals("quick") ? " --quick" : "").append("`")
                .append(mode.equals("quick") ? " (quick settings)" : "").append(", ").append(date).append(".\n\n");
        md.append("Machine: ").append(Machine.describe()).append(".\n\n");
        md.append("Every figure except bytes-per-line is a ratio of medians measured in the same run: ours / the baseline")
                .append(" on the same data. Spread is the half-range of the samples around their median.\n\n");
        md.append("| bar | measured | limit | verdict | from | previous | change |\n");
        md.append("|---|---:|---:|---|---|---:|---:|\n");
        StringBuilder tsv = new StringBuilder("#date\t" + date + "\n#mode\t" + mode + "\n");
        int passed = 0;
        for (Row r : rows) {
            String prev = previous.getOrDefault(r.bar().name(), "");
            String change = "";
            if (r.measured() != null && !prev.isEmpty() && !prev.equals("n/a")) {
                double p = Double.parseDouble(prev);
                change = p == 0 ? "" : String.format(Locale.ROOT, "%+.0f%%", (r.measured() / p - 1) * 100);
            } else if (r.measured() != null && prev.equals("n/a")) {
                change = "new";
            }
            md.append("| ").append(r.bar().name()).append(" | ").append(r.measuredText()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", r.bar().limit())).append(" | ").append(r.passes() ? "PASS" : "FAIL")
                    .append(" | ").append(r.measured() == null ? r.reason() : r.detail()).append(" | ")
                    .append(prev.isEmpty() ? "–" : prev).append(" | ").append(change.isEmpty() ? "–" : change).append(" |\n");
            tsv.append(r.bar().name()).append('\t').append(r.measuredText()).append('\n');
            passed += r.passes() ? 1 : 0;
        }
        md.append("\nBARS ").append(passed).append('/').append(rows.size()).append("\n\n");
        md.append(previousDate == null ? "There is no previous recorded run to compare with.\n"
                : "Previous recorded run: " + previousDate + ".\n");
        md.append("\nWhat each bar measures:\n\n");
        for (Bars.Bar b : Bars.ALL) {
            md.append("- `").append(b.name()).append("`: ").append(b.what()).append(".\n");
        }
        md.append("\n").append(NOTES_MARKER).append("\n");
        if (Files.isRegularFile(page)) {
            String old = Files.readString(page, StandardCharsets.UTF_8);
            int at = old.indexOf(NOTES_MARKER);
            if (at >= 0) {
                md.append(old.substring(at + NOTES_MARKER.length()).replaceFirst("^\n", ""));
            }
        }
        Files.writeString(page, md, StandardCharsets.UTF_8);
        Files.writeString(record, tsv, StandardCharsets.UTF_8);
    }
}
