package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema, the worked examples of FORMAT.md, the fixtures and the reader agree. */
class SchemaAndFormatDocTest {
    static final ObjectMapper PLAIN = new ObjectMapper();
    static final SchemaCheck SCHEMA = schema();
    static final Gen<PublishedStatement> STATEMENTS = Generated.STATEMENTS;
    static final Gen<Ledger> LEDGERS = Generated.LEDGERS;
    static final Gen<Report> REPORTS = Generated.REPORTS;

    static SchemaCheck schema() {
        try (InputStream in = YusuanJson.openSchema()) {
            JsonNode s = PLAIN.readTree(in);
            assertThat(s.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            return new SchemaCheck(s);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertValid(String json) {
        try {
            assertThat(SCHEMA.validate(PLAIN.readTree(json))).as("schema violations").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> violations(String json) throws IOException {
        return SCHEMA.validate(PLAIN.readTree(json));
    }

    static Path formatMd() {
        Path p = SeedFixturesTest.seeds().getParent().getParent().getParent().resolve("io-json/FORMAT.md");
        assertThat(p).exists();
        return p;
    }

    static List<String> examples() throws IOException {
        String md = Files.readString(formatMd());
        Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(md);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + "\n");
        }
        return out;
    }

    @Test
    void formatMdHasAnExampleOfEachDocumentType() throws IOException {
        List<String> types = new ArrayList<>();
        for (String e : examples()) {
            types.add(PLAIN.readTree(e).path("type").asText());
        }
        assertThat(types).containsExactly("published-statement", "ledger", "report");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleReadsIsCanonicalAndSatisfiesTheSchema(String example) throws IOException {
        Object value = switch (PLAIN.readTree(example).path("type").asText()) {
            case "published-statement" -> YusuanJson.readPublishedStatement(example);
            case "ledger" -> YusuanJson.readLedger(example);
            default -> YusuanJson.readReport(example);
        };
        assertThat(YusuanJson.toJson(value)).isEqualTo(example);
        assertValid(example);
    }

    @ParameterizedTest
    @MethodSource("dev.yusuan.json.SeedFixturesTest#fixtures")
    void everyFixtureSatisfiesTheSchema(Path fixture) throws IOException {
        assertValid(Files.readString(fixture));
    }

    @Property(tries = 100)
    void generatedStatementsSatisfyTheSchema(@ForAll("STATEMENTS") PublishedStatement s) {
        assertValid(YusuanJson.toJson(s));
    }

    @Property(tries = 100)
    void generatedLedgersSatisfyTheSchema(@ForAll("LEDGERS") Ledger l) {
        assertValid(YusuanJson.toJson(l));
    }

    @Property(tries = 100)
    void generatedReportsSatisfyTheSchema(@ForAll("REPORTS") Report r) {
        assertValid(YusuanJson.toJson(r));
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        String valid = StrictnessTest.VALID;
        assertThat(violations(valid)).isEmpty();
        String[] invalid = {
            valid.replace("\"12.30\"", "12.30"),
            valid.replace("\"12.30\"", "\"12.3000001\""),
            valid.replace("\"12.30\"", "\"-0.00\""),
            valid.replace("\"12.30\"", "\"1,683.48\""),
            valid.replace("\"year\":2020", "\"year\":\"2020\""),
            valid.replace("\"year\":2020", "\"yaer\":2020"),
            valid.replace("yusuan/1", "yusuan/2"),
            valid.replace("\"title\":\"T\"", "\"document\":\"T\""),
            valid.replace("\"2101501\"", "\"21015O1\""),
            valid.replace("{\"function\":\"2101501\"}", "{\"function\":\"2101501\",\"line\":\"total\"}"),
            valid.replace("{\"function\":\"2101501\"}", "{}"),
            valid.replace("\"12.30\"", "\"\""),
            valid.replace("\"stage\":\"BUDGET\"", "\"stage\":\"budget\""),
            LedgerJsonTest.VALID.replace("\"scale\":2", "\"scale\":7"),
            LedgerJsonTest.VALID.replace("\"12.34\"", "12.34"),
            LedgerJsonTest.VALID.replace("\"2101501\"", "\"21015\""),
        };
        for (String s : invalid) {
            assertThat(violations(s)).as(s).isNotEmpty();
        }
        assertThat(violations(LedgerJsonTest.VALID)).isEmpty();
    }
}
