package dev.yusuan.benchmarks.probe;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.yusuan.benchmarks.report.Stats;

/**
 * Bar 7: the wall time of a whole {@code yusuan lookup 2101501} process against a hello-world
 * process. The lookup is timed as the user starts it: the {@code yusuan} launcher script, with
 * its staleness check and its JVM, that is the launcher's default JVM options
 * ({@code YUSUAN_JAVA_OPTS} is removed from its environment) and the class-data archive the
 * launcher makes next to the jar on its first run (an unmeasured run here). Hello world runs on
 * the same JVM with the launcher's default options and no archive; the launcher is given that
 * JVM first on its {@code PATH}. Runs are interleaved (hello, lookup, hello, …) so that drift on
 * a shared machine hits both alike; two unmeasured runs of each come first. Prints
 * {@code METRIC startup-vs-hello <median ratio> <detail>}, or {@code n/a} with the reason.
 *
 * <p>Usage: {@code StartupProbe CLI BENCHMARKS_JAR RUNS}, where {@code CLI} is the {@code yusuan}
 * launcher (its jar must have been built, {@code examples/target/yusuan-cli.jar}) or a CLI jar,
 * which is then run by {@code java} directly with the launcher's default options and no archive.
 */
public final class StartupProbe {
    /** The default JVM options of the launcher ({@code yusuan}), without its class-data archive. */
    static final List<String> LAUNCHER_OPTS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
    static final String CLI_MAIN = "dev.yusuan.examples.cli.YusuanCli";
    static final String CODE = "2101501";
    /** The jar the launcher runs, relative to the launcher. */
    static final String LAUNCHER_JAR = "examples/target/yusuan-cli.jar";
    /** The directory of the {@code java} command of this JVM. */
    private static final String JAVA_BIN = Path.of(System.getProperty("java.home"), "bin").toString();

    private StartupProbe() {
    }

    /**
     * Entry point.
     *
     * @param args the CLI jar, the benchmarks jar and the number of measured runs of each
     * @throws Exception if a process cannot be started
     */
    public static void main(String[] args) throws Exception {
        Path cli = Path.of(args[0]);
        Path bench = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        boolean launcher = !cli.getFileName().toString().endsWith(".jar");
        Path jar = launcher ? cli.toAbsolutePath().resolveSibling(LAUNCHER_JAR) : cli;
        if (!Files.isRegularFile(jar)) {
            System.out.println("METRIC startup-vs-hello n/a the CLI jar was not built");
            return;
        }
        List<String> lookup = launcher ? List.of(cli.toAbsolutePath().toString(), "lookup", CODE)
                : command(cli, CLI_MAIN, "lookup", CODE);
        List<String> hello = command(bench, Hello.class.getName());
        Result probe = run(lookup);
        if (probe.status != 0 || !probe.output.contains(CODE)) {
            String why = probe.output.contains("unknown command") ? "lookup command not built yet"
                    : "lookup " + CODE + " exited " + probe.status + " without printing the code";
            // for information only, never as the bar's figure: the same lookup through the library
            List<String> library = command(bench, LibraryLookup.class.getName(), CODE);
            if (run(library).status == 0) {
                double[][] t = measure(hello, library, runs);
                why += String.format(Locale.ROOT, "; for reference, a process doing the same lookup through the library"
                        + " takes %.1f ms vs hello %.1f ms (%.2fx)", Stats.median(t[1]), Stats.median(t[0]),
                        Stats.median(t[1]) / Stats.median(t[0]));
            }
            System.out.println("METRIC startup-vs-hello n/a " + why);
            return;
        }
        double[][] t = measure(hello, lookup, runs);
        double[] h = t[0];
        double[] l = t[1];
        double mh = Stats.median(h);
        double ml = Stats.median(l);
        System.out.println(String.format(Locale.ROOT,
                "METRIC startup-vs-hello %.3f lookup %.1f ms ±%.1f%%, hello %.1f ms ±%.1f%%, n=%d each",
                ml / mh, ml, Stats.spreadPercent(l), mh, Stats.spreadPercent(h), runs));
    }

    /** Two unmeasured runs of each, then {@code runs} interleaved measured runs; wall times in ms. */
    private static double[][] measure(List<String> a, List<String> b, int runs) throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
            run(a);
            run(b);
        }
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int i = 0; i < runs; i++) {
            ta[i] = run(a).millis;
            tb[i] = run(b).millis;
        }
        return new double[][] {ta, tb};
    }

    private static List<String> command(Path classPath, String main, String... args) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(JAVA_BIN, "java").toString());
        c.addAll(LAUNCHER_OPTS);
        c.add("-cp");
        c.add(classPath.toString());
        c.add(main);
        c.addAll(List.of(args));
        return c;
    }

    private record Result(int status, String output, double millis) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // the launcher runs `java` from the PATH with its default options: make it this JVM
        Map<String, String> env = pb.environment();
        env.remove("YUSUAN_JAVA_OPTS");
        String path = env.get("PATH");
        env.put("PATH", JAVA_BIN + (path == null || path.isEmpty() ? "" : File.pathSeparator + path));
        long start = System.nanoTime();
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        int status = p.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        return new Result(status, out.toString(StandardCharsets.UTF_8), millis);
    }
}
