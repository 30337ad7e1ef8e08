package dev.yusuan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.money.Amount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void theSwappedDigitsAreFoundAndTheStatementRoundTrips() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Report report = EmbeddingExample.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        // 21015 basic 227.02 against 198.70 + 28.50 = 227.20; and 210 = 227.20 against its 款 227.02
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::severity, Finding::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("FN-HIER-01", Severity.ERROR, Outcome.BROKEN));
        Finding f = report.findings().stream().filter(x -> x.location().row().orElse("").equals("function:21015")
                && x.location().column().orElse("").equals("type/basic")).findFirst().orElseThrow();
        assertThat(f.expected()).contains(Amount.parse("227.20"));
        assertThat(f.actual()).contains(Amount.parse("227.02"));
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("reads back equal: true");
    }
}
