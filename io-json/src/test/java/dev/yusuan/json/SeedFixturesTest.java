package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed fixtures of the examples module load from JSON, survive a round trip and hold known cells. */
class SeedFixturesTest {

    static Path seeds() {
        Path p = Paths.get("").toAbsolutePath();
        for (Path d = p; d != null; d = d.getParent()) {
            Path s = d.resolve("examples/data/seeds");
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        throw new IllegalStateException("examples/data/seeds not found above " + p);
    }

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureLoadsAndRoundTrips(Path fixture) {
        PublishedStatement s = YusuanJson.readPublishedStatement(fixture);
        assertThat(s.tables()).isNotEmpty();
        String canonical = YusuanJson.toJson(s);
        PublishedStatement again = YusuanJson.readPublishedStatement(canonical);
        assertThat(again).isEqualTo(s);
        assertThat(YusuanJson.toJson(again)).isEqualTo(canonical);
    }

    static List<Path> everyExampleDocument() throws IOException {
        try (Stream<Path> s = Files.walk(seeds().getParent())) {
            return s.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    /** Every JSON document of the examples module (fixtures, ledgers, comparison data) reads with the reader of its type. */
    @ParameterizedTest
    @MethodSource("everyExampleDocument")
    void everyExampleDocumentReads(Path file) throws IOException {
        String text = Files.readString(file);
        String type = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text).path("type").asText();
        Object value = switch (type) {
            case "published-statement" -> YusuanJson.readPublishedStatement(file);
            case "ledger" -> YusuanJson.readLedger(file);
            default -> YusuanJson.readReport(text);
        };
        Object again = switch (type) {
            case "published-statement" -> YusuanJson.readPublishedStatement(YusuanJson.toJson(value));
            case "ledger" -> YusuanJson.readLedger(YusuanJson.toJson(value));
            default -> YusuanJson.readReport(YusuanJson.toJson(value));
        };
        assertThat(YusuanJson.toJson(again)).isEqualTo(YusuanJson.toJson(value));
    }

    @Test
    void thereAreFiveFixtures() throws IOException {
        assertThat(fixtures()).hasSize(5);
    }

    @Test
    void zhuzhouKnownCells() {
        PublishedStatement s = YusuanJson.readPublishedStatement(seeds().resolve("zhuzhou-2020-budget.json"));
        assertThat(s.year()).isEqualTo(2020);
        assertThat(s.stage()).isEqualTo(Stage.BUDGET);
        assertThat(s.unit()).isEqualTo(AmountUnit.WAN_YUAN);
        PublishedTable summary = s.table(TableKind.BUDGET_SUMMARY).orElseThrow();
        assertThat(summary.cell(RowKey.line(LineId.parse("income/general-public-budget")), ColumnId.AMOUNT))
                .contains(Cell.of(Amount.parse("1683.48")));
        assertThat(summary.cell(RowKey.function(FunctionCode.parse("210")), ColumnId.AMOUNT))
                .contains(Cell.of(Amount.parse("1615.73")));
    }
}
