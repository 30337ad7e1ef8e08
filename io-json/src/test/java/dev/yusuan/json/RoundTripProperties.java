package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.Generated.LedgerContent;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every generated value survives write → read as an equal value, and write → read → write gives identical bytes. */
class RoundTripProperties {
    static final Gen<PublishedStatement> STATEMENTS = Generated.STATEMENTS;
    static final Gen<Ledger> LEDGERS = Generated.LEDGERS;
    static final Gen<Report> REPORTS = Generated.REPORTS;
    static final Gen<Amount> AMOUNTS = Generated.AMOUNTS;
    static final Gen<Map<FunctionCode, Amount>> CODE_MAPS = Generated.CODE_MAPS;

    @Property(tries = 300)
    void statementsRoundTrip(@ForAll("STATEMENTS") PublishedStatement s) {
        byte[] first = bytes(out -> YusuanJson.writePublishedStatement(s, out));
        PublishedStatement read = YusuanJson.readPublishedStatement(new ByteArrayInputStream(first));
        assertThat(read).isEqualTo(s);
        byte[] second = bytes(out -> YusuanJson.writePublishedStatement(read, out));
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        // the module gives the same bytes and reads them back
        assertThat(YusuanJson.toJson(s)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(YusuanJson.read(new String(first, StandardCharsets.UTF_8), PublishedStatement.class)).isEqualTo(s);
    }

    @Property(tries = 300)
    void ledgersRoundTrip(@ForAll("LEDGERS") Ledger l) {
        byte[] first = bytes(out -> YusuanJson.writeLedger(l, out));
        Ledger read = YusuanJson.readLedger(new ByteArrayInputStream(first));
        assertThat(LedgerContent.of(read)).isEqualTo(LedgerContent.of(l));
        byte[] second = bytes(out -> YusuanJson.writeLedger(read, out));
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(YusuanJson.toJson(l)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        // the streaming writer gives the same bytes when there is no initial budget
        if (l.initialBudget().isEmpty()) {
            List<LedgerLine> lines = new ArrayList<>(l.lines());
            byte[] streamed = bytes(out -> YusuanJson.writeLedger(out, l.header(), l.balances(), lines.iterator()));
            assertThat(new String(streamed, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        }
    }

    @Property(tries = 300)
    void reportsRoundTrip(@ForAll("REPORTS") Report r) {
        byte[] first = bytes(out -> YusuanJson.writeReport(r, out));
        Report read = YusuanJson.readReport(new ByteArrayInputStream(first));
        assertThat(read).isEqualTo(r);
        byte[] second = bytes(out -> YusuanJson.writeReport(read, out));
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        for (Finding f : r.findings()) {
            assertThat(YusuanJson.read(YusuanJson.toJson(f), Finding.class)).isEqualTo(f);
        }
    }

    @Property(tries = 500)
    void amountsKeepTheirScale(@ForAll("AMOUNTS") Amount a) {
        String json = YusuanJson.toJson(a);
        assertThat(json).isEqualTo("\"" + a + "\"");
        Amount read = YusuanJson.read(json, Amount.class);
        assertThat(read).isEqualTo(a);
        assertThat(read.scale()).isEqualTo(a.scale());
    }

    @Property(tries = 200)
    void codesAreMapKeys(@ForAll("CODE_MAPS") Map<FunctionCode, Amount> m) throws Exception {
        ObjectMapper mapper = YusuanJson.mapper();
        String json = mapper.writeValueAsString(m);
        Map<FunctionCode, Amount> read = mapper.readValue(json, new TypeReference<Map<FunctionCode, Amount>>() { });
        assertThat(read).isEqualTo(m);
    }

    interface Writing {
        void write(ByteArrayOutputStream out);
    }

    static byte[] bytes(Writing w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }
}
