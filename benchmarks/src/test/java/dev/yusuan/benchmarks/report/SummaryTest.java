package dev.yusuan.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    @Test
    void medianAndSpread() {
        assertThat(Stats.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Stats.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(Stats.spreadPercent(new double[] {90, 100, 110})).isEqualTo(10);
        assertThat(Stats.sig3(0.04123)).isEqualTo("0.0412");
        assertThat(Stats.sig3(4123)).isEqualTo("4123");
    }

    @Test
    void aJmhBarIsTheRatioOfMediansOfOursToBaseline(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, "[" + result("FunctionLookupBenchmark.ours", "[[10, 12, 11], [30]]") + ","
                + result("FunctionLookupBenchmark.baseline", "[[5, 6, 4]]") + "]");
        Path metrics = dir.resolve("metrics.txt");
        Files.writeString(metrics, "noise\nMETRIC bytes-per-line 70.5 measured over 1000000 lines\n"
                + "METRIC startup-vs-hello n/a lookup command not built yet\n");
        List<Summary.Row> rows = Summary.evaluate(Summary.readJmh(json.toString()), Summary.readMetrics(metrics.toString()));
        Map<String, Summary.Row> byName = new java.util.HashMap<>();
        rows.forEach(r -> byName.put(r.bar().name(), r));
        assertThat(byName.get("lookup-function-vs-hashmap").measured()).isEqualTo(11.5 / 5);
        assertThat(byName.get("lookup-function-vs-hashmap").line()).startsWith("BAR lookup-function-vs-hashmap 2.30 2.00 FAIL");
        assertThat(byName.get("bytes-per-line").line()).startsWith("BAR bytes-per-line 70.50 64.00 FAIL");
        assertThat(byName.get("startup-vs-hello").line())
                .isEqualTo("BAR startup-vs-hello n/a 2.00 FAIL (lookup command not built yet)");
        assertThat(byName.get("lookup-economic-vs-hashmap").line()).startsWith("BAR lookup-economic-vs-hashmap n/a 2.00 FAIL (no JMH result");
    }

    private static String result(String name, String raw) {
        return "{\"benchmark\": \"dev.yusuan.benchmarks." + name + "\", \"mode\": \"avgt\", \"primaryMetric\": "
                + "{\"score\": 1.0, \"scoreUnit\": \"ns/op\", \"rawData\": " + raw + "}}";
    }
}
