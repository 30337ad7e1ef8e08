package dev.yusuan.benchmarks.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.yusuan.core.dimension.BudgetUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The physical-limit baselines of the JSON bars, on Jackson's streaming API with a plain
 * {@link JsonFactory}: a parser loop that reads every token (string values decoded) and parses
 * every amount as {@link BigDecimal}, and a generator loop that writes the same members as our
 * ledger document (compact, amounts formatted with {@link BigDecimal#toPlainString()}).
 */
public final class JacksonLoops {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Pre-built strings of the data's vocabulary, as a hand-written writer would have them. */
    public static final class Strings {
        final String[] functions;
        final String[] economics;
        final String[] sources;
        final String[] types;
        final String[] units;

        /**
         * @param d the data
         */
        public Strings(LedgerData d) {
            functions = new String[d.functions.length];
            for (int i = 0; i < functions.length; i++) {
                functions[i] = d.functions[i].toString();
            }
            economics = new String[d.economics.length];
            for (int i = 0; i < economics.length; i++) {
                economics[i] = d.economics[i].toString();
            }
            sources = new String[d.sources.length];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = d.sources[i].id();
            }
            types = new String[] {dev.yusuan.core.dimension.SpendingType.BASIC_PERSONNEL.id(),
                dev.yusuan.core.dimension.SpendingType.BASIC_PUBLIC.id(), dev.yusuan.core.dimension.SpendingType.PROJECT.id()};
            units = new String[d.units.length];
            for (int i = 0; i < units.length; i++) {
                units[i] = d.units[i].code();
            }
        }
    }

    private JacksonLoops() {
    }

    /** What the parser loop saw. */
    public static final class ReadResult {
        /** Tokens read. */
        public long tokens;
        /** Amounts parsed. */
        public long amounts;
        /** Sum of the amounts' unscaled values. */
        public long unscaledSum;
    }

    /**
     * Reads every token of a document.
     *
     * @param bytes the UTF-8 document
     * @return the counts and the sum of the amounts
     */
    public static ReadResult read(byte[] bytes) {
        ReadResult r = new ReadResult();
        try (JsonParser p = FACTORY.createParser(new ByteArrayInputStream(bytes))) {
            boolean amount = false;
            long tokens = 0;
            long amounts = 0;
            long sum = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                tokens++;
                if (t == JsonToken.FIELD_NAME) {
                    amount = "amount".equals(p.currentName());
                } else if (t == JsonToken.VALUE_STRING) {
                    char[] text = p.getTextCharacters();
                    if (amount) {
                        BigDecimal v = new BigDecimal(text, p.getTextOffset(), p.getTextLength());
                        sum += v.unscaledValue().longValue();
                        amounts++;
                    }
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    p.getIntValue();
                }
            }
            r.tokens = tokens;
            r.amounts = amounts;
            r.unscaledSum = sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    /**
     * Writes the ledger document's members with a generator loop.
     *
     * @param d the lines
     * @param s the vocabulary's strings
     * @param out where the bytes go
     */
    public static void write(LedgerData d, Strings s, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", "yusuan/1");
            g.writeStringField("type", "ledger");
            g.writeObjectFieldStart("entity");
            g.writeStringField("name", "基准部门");
            g.writeArrayFieldStart("units");
            for (BudgetUnit u : d.units) {
                g.writeStartObject();
                g.writeStringField("code", u.code());
                g.writeStringField("name", u.name());
                g.writeStringField("type", u.type().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("year", Ledgers.YEAR);
            g.writeStringField("stage", "BUDGET");
            g.writeStringField("unit", "WAN_YUAN");
            g.writeNumberField("scale", LedgerData.SCALE);
            g.writeStringField("economicScheme", "DEPARTMENT_ECONOMIC");
            g.writeArrayFieldStart("lines");
            for (int i = 0; i < d.size; i++) {
                g.writeStartObject();
                g.writeStringField("function", s.functions[d.function[i]]);
                g.writeStringField("economic", s.economics[d.economic[i]]);
                g.writeStringField("source", s.sources[d.source[i]]);
                g.writeStringField("type", s.types[d.spendingType(i).ordinal()]);
                g.writeStringField("unit", s.units[d.unit[i]]);
                g.writeStringField("amount", BigDecimal.valueOf(d.amount[i], LedgerData.SCALE).toPlainString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
