package dev.yusuan.benchmarks.report;

import java.util.List;

/** The performance bars of the suite, in the order they are printed. */
public final class Bars {
    private Bars() {
    }

    /**
     * One bar: a measured figure and the largest value that passes.
     *
     * @param name the name printed on the BAR line
     * @param limit the largest passing value
     * @param benchmark for a JMH bar, the simple name of the benchmark class whose {@code ours} and
     *     {@code baseline} methods are compared (ratio of medians of time per operation); null for a
     *     bar measured by a separate process, which reports a METRIC line of the same name
     * @param what what the figure is, for the results table
     * @param waitingOn what the bar needs that is not built yet (printed while its benchmark class
     *     or probe is absent)
     */
    public record Bar(String name, double limit, String benchmark, String what, String waitingOn) {
        /** @return whether a JMH benchmark measures this bar */
        public boolean isJmh() {
            return benchmark != null;
        }
    }

    /** The bars, in the order of the issue. */
    public static final List<Bar> ALL = List.of(
            new Bar("validate-vs-long", 3.00, "ValidateBenchmark",
                    "Validator.validate(Ledger) on a fresh 1 M-line ledger (standard rules, official correspondence, no catalog) / the same aggregates summed in long[]",
                    "core's ledger builder and the ledger validator in core.check"),
            new Bar("json-read-vs-jackson", 1.50, "JsonReadBenchmark",
                    "read the 1 M-line ledger JSON into our model / Jackson JsonParser token loop with BigDecimal amounts",
                    "the io-json ledger reader (and core's ledger)"),
            new Bar("json-write-vs-jackson", 2.00, "JsonWriteBenchmark",
                    "write the 1 M-line ledger as JSON / Jackson JsonGenerator loop writing the same fields",
                    "the io-json ledger writer (and core's ledger)"),
            new Bar("lookup-function-vs-hashmap", 2.00, "FunctionLookupBenchmark",
                    "find a 7-digit function code in the bundled 2021 edition / HashMap<String,V>.get",
                    "the codes module's catalogs"),
            new Bar("lookup-economic-vs-hashmap", 2.00, "EconomicLookupBenchmark",
                    "find a 5-digit department economic code in the bundled 2021 edition / HashMap<String,V>.get",
                    "the codes module's catalogs"),
            new Bar("correspond-vs-int-table", 3.00, "CorrespondenceBenchmark",
                    "convert a 1 M-line ledger from department to government economic codes / int[] table + long[] sums",
                    "core's ledger and a ledger-level 部门→政府 conversion"),
            new Bar("bytes-per-line", 64.0, null,
                    "retained heap per ledger line, 1 M lines (bytes)",
                    "core's ledger builder"),
            new Bar("stream-10m-vs-1m", 1.50, null,
                    "time per line, 10 M-line JSON file streamed and validated with -Xmx256m / the same for 1 M lines",
                    "the io-json streaming ledger reader and a streaming ledger validator"),
            new Bar("startup-vs-hello", 2.00, null,
                    "`./yusuan lookup 2101501` (the launcher as run) / hello-world process, same JVM and default options",
                    "the lookup command of the CLI"));
}
