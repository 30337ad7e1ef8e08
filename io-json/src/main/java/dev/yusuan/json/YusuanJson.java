package dev.yusuan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerAggregator;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.ledger.LineVisitor;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.internal.CanonicalPrinter;
import dev.yusuan.json.internal.Documents;
import dev.yusuan.json.internal.Errors;
import dev.yusuan.json.internal.JsonIn;
import dev.yusuan.json.internal.LedgerCodec;
import dev.yusuan.json.internal.ReportCodec;
import dev.yusuan.json.internal.StatementCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes the yusuan JSON format ({@value #FORMAT}, see {@code io-json/FORMAT.md}).
 *
 * <ul>
 *   <li><b>Strict.</b> Bad input of any kind raises {@link JsonFormatException} with the JSON
 *       Pointer, line and column of the offending value and a {@link JsonFormatException.Kind}:
 *       malformed JSON, a limit exceeded, an unknown, missing or duplicate member, a duplicate row or
 *       line, a wrong type, an invalid code or amount, an unsupported format. Nothing is dropped,
 *       merged, defaulted (except a table's {@code unit} and {@code codeLayout}, see the format) or
 *       rounded.</li>
 *   <li><b>Canonical.</b> Writing gives one byte sequence per value: members in the documented
 *       order, amounts with their scale, rows and lines in the order held, the documented
 *       whitespace, UTF-8, a final line feed after a document. Write → read → write gives identical
 *       bytes.</li>
 *   <li><b>Streaming.</b> Ledgers are read and written token by token:
 *       {@link #readLedger(InputStream, LedgerHandler)} hands each line to a handler as primitives,
 *       {@link #writeLedger(OutputStream, LedgerHeader, List, Iterator)} takes an iterator; neither
 *       holds the document or the lines.</li>
 * </ul>
 *
 * <p>I/O failures that are not about the content raise {@link UncheckedIOException}. Streams
 * passed in are neither closed nor wrapped in buffers beyond Jackson's own.
 *
 * <p>Thread-safe: every method may be called concurrently.
 */
public final class YusuanJson {
    /** The format id this version reads and writes. */
    public static final String FORMAT = Documents.FORMAT;
    /** The largest number of characters of a JSON number. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The deepest nesting of arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest member name, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();

    /** The factory of the hand-written readers: they check duplicate members themselves. */
    private static final JsonFactory FACTORY = factory(false);
    private static final ObjectMapper MAPPER = JsonMapper.builder(factory(true))
            .addModule(new BudgetJsonModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new CanonicalPrinter())
            .build();

    private YusuanJson() {
    }

    private static JsonFactory factory(boolean duplicateDetection) {
        return JsonFactory.builder()
                .streamReadConstraints(READ_CONSTRAINTS)
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicateDetection)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /**
     * A new strict {@link ObjectMapper} with {@link BudgetJsonModule} registered: unknown
     * properties, nulls for primitives, trailing tokens and duplicate keys fail; floats are read
     * as {@code BigDecimal}; no scalar coercion; no default typing; the limits of this class
     * (number length {@value #MAX_NUMBER_LENGTH}, nesting {@value #MAX_NESTING_DEPTH}, string
     * length {@value #MAX_STRING_LENGTH}); output in the canonical style. Each call returns a
     * fresh copy that the caller may reconfigure.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** @return the read limits every reader of this class applies */
    public static StreamReadConstraints readConstraints() {
        return READ_CONSTRAINTS;
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of the format, {@code yusuan-1.schema.json}.
     *
     * @return the schema text, UTF-8; the caller closes it
     */
    public static InputStream openSchema() {
        InputStream in = YusuanJson.class.getResourceAsStream("yusuan-1.schema.json");
        if (in == null) {
            throw new IllegalStateException("the schema resource yusuan-1.schema.json is missing from the jar");
        }
        return in;
    }

    // ================================================================ reading

    @FunctionalInterface
    private interface Body<T> {
        T read(JsonIn in) throws IOException;
    }

    private static <T> T readDocument(InputStream in, Body<T> body) {
        Objects.requireNonNull(in, "in");
        JsonParser p = null;
        try {
            p = FACTORY.createParser(in);
            JsonIn cursor = new JsonIn(p);
            T value = body.read(cursor);
            cursor.end();
            return value;
        } catch (IOException | RuntimeException e) {
            throw Errors.reading(e, p);
        } finally {
            close(p);
        }
    }

    private static <T> T readDocument(Path file, Body<T> body) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readDocument(in, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException ignored) {
                // the source is the caller's; nothing of ours to release
            }
        }
    }

    /**
     * Reads a {@code published-statement} document.
     *
     * @param in the UTF-8 text; not closed
     * @return the statement
     * @throws JsonFormatException if the text is not a valid document
     */
    public static PublishedStatement readPublishedStatement(InputStream in) {
        return readDocument(in, StatementCodec::read);
    }

    /**
     * @param file a {@code published-statement} document
     * @return the statement
     * @throws JsonFormatException if the file is not a valid document
     */
    public static PublishedStatement readPublishedStatement(Path file) {
        return readDocument(file, StatementCodec::read);
    }

    /**
     * @param json a {@code published-statement} document
     * @return the statement
     * @throws JsonFormatException if the text is not a valid document
     */
    public static PublishedStatement readPublishedStatement(String json) {
        return readDocument(bytes(json), StatementCodec::read);
    }

    /**
     * Reads a {@code ledger} document into memory.
     *
     * @param in the UTF-8 text; not closed
     * @return the ledger
     * @throws JsonFormatException if the text is not a valid document
     */
    public static Ledger readLedger(InputStream in) {
        return readDocument(in, cursor -> {
            LedgerCodec.Building b = new LedgerCodec.Building();
            LedgerCodec.read(cursor, b);
            return b;
        }).result();
    }

    /**
     * @param file a {@code ledger} document
     * @return the ledger
     * @throws JsonFormatException if the file is not a valid document
     */
    public static Ledger readLedger(Path file) {
        return readDocument(file, cursor -> {
            LedgerCodec.Building b = new LedgerCodec.Building();
            LedgerCodec.read(cursor, b);
            return b;
        }).result();
    }

    /**
     * @param json a {@code ledger} document
     * @return the ledger
     * @throws JsonFormatException if the text is not a valid document
     */
    public static Ledger readLedger(String json) {
        return readLedger(bytes(json));
    }

    /**
     * Streams a {@code ledger} document to a handler, line by line, holding neither the text nor
     * the lines. Memory: the header, the balances' keys, and the keys of the lines for duplicate
     * detection (about 3 bytes per line when the lines come in key order, about 16 otherwise).
     * {@link LedgerHandler#end()} is called once the whole document has been checked; lines seen
     * before a failure must be discarded by the handler.
     *
     * @param in the UTF-8 text; not closed
     * @param handler receives the header, balances, initial budget and lines
     * @return the header
     * @throws JsonFormatException if the text is not a valid document
     */
    public static LedgerHeader readLedger(InputStream in, LedgerHandler handler) {
        Objects.requireNonNull(handler, "handler");
        LedgerHeader h = readDocument(in, cursor -> LedgerCodec.read(cursor, handler));
        handler.end();
        return h;
    }

    /**
     * Streams a {@code ledger} document through a {@link LedgerAggregator} and gives its roll-ups
     * (every total of the ledger and of its initial budget) without holding the lines.
     *
     * @param in the UTF-8 text; not closed
     * @return the roll-ups
     * @throws JsonFormatException if the text is not a valid document
     */
    public static Rollup rollupLedger(InputStream in) {
        Aggregating a = new Aggregating();
        readLedger(in, a);
        return a.aggregator.result();
    }

    /** Feeds a ledger document to an aggregator. */
    private static final class Aggregating implements LedgerHandler {
        LedgerAggregator aggregator;

        Aggregating() {
        }

        Aggregating(LedgerAggregator aggregator) {
            this.aggregator = aggregator;
        }

        @Override
        public void header(LedgerHeader header) {
            aggregator = LedgerAggregator.of(header);
        }

        @Override
        public void balance(BalanceLine balance) {
            aggregator.acceptBalance(balance);
        }

        @Override
        public LedgerHandler initialBudget(LedgerHeader header) {
            return new Aggregating(aggregator.initialBudget());
        }

        @Override
        public void visit(int functionCode, int economicCode, FundSource source, SpendingType type, int unitIndex, long unscaledAmount) {
            aggregator.accept(functionCode, economicCode, source, type, unitIndex, unscaledAmount);
        }
    }

    /**
     * Reads a {@code report} document.
     *
     * @param in the UTF-8 text; not closed
     * @return the report
     * @throws JsonFormatException if the text is not a valid document
     */
    public static Report readReport(InputStream in) {
        return readDocument(in, ReportCodec::read);
    }

    /**
     * @param json a {@code report} document
     * @return the report
     * @throws JsonFormatException if the text is not a valid document
     */
    public static Report readReport(String json) {
        return readDocument(bytes(json), ReportCodec::read);
    }

    /**
     * Reads any value of the format with {@link BudgetJsonModule} (a document, or a part such as
     * a {@code Finding}, an {@code Amount} or a {@code LedgerLine}).
     *
     * @param <T> the type
     * @param json the text
     * @param type the type
     * @return the value
     * @throws JsonFormatException if the text is not a valid value of that type
     */
    public static <T> T read(String json, Class<T> type) {
        return read(bytes(json), type);
    }

    /**
     * @param <T> the type
     * @param in the UTF-8 text; not closed
     * @param type the type
     * @return the value
     * @throws JsonFormatException if the text is not a valid value of that type
     */
    public static <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        JsonParser p = null;
        try {
            p = MAPPER.createParser(in);
            if (p.nextToken() == null) {
                throw new JsonFormatException(JsonFormatException.Kind.SYNTAX, "", 1, 1, "malformed JSON: the input is empty", null);
            }
            T value = MAPPER.readValue(p, type);
            new JsonIn(p).end();
            return value;
        } catch (IOException | RuntimeException e) {
            throw Errors.reading(e, p);
        } finally {
            close(p);
        }
    }

    private static InputStream bytes(String json) {
        return new java.io.ByteArrayInputStream(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    // ================================================================ writing

    @FunctionalInterface
    private interface Output {
        void write(JsonGenerator g) throws IOException;
    }

    private static void writeDocument(OutputStream out, Output body) {
        Objects.requireNonNull(out, "out");
        JsonGenerator g = null;
        try {
            g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.setPrettyPrinter(new CanonicalPrinter());
            body.write(g);
            g.writeRaw('\n');
            g.flush();
        } catch (IOException | RuntimeException e) {
            throw Errors.writing(e, g);
        } finally {
            if (g != null) {
                try {
                    g.close();
                } catch (IOException | RuntimeException ignored) {
                    // closing a failed generator; the first failure is the one reported
                }
            }
        }
    }

    /**
     * Writes a {@code published-statement} document in canonical form.
     *
     * @param statement the statement
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @throws JsonFormatException ({@link JsonFormatException.Kind#NOT_WRITABLE}) if a value cannot
     *     be written in the format
     */
    public static void writePublishedStatement(PublishedStatement statement, OutputStream out) {
        Objects.requireNonNull(statement, "statement");
        writeDocument(out, g -> StatementCodec.write(g, statement));
    }

    /**
     * @param statement the statement
     * @param file the file to write (created or replaced)
     */
    public static void writePublishedStatement(PublishedStatement statement, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePublishedStatement(statement, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a ledger in canonical form, streaming its lines from its columns.
     *
     * @param ledger the ledger
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @throws JsonFormatException ({@link JsonFormatException.Kind#NOT_WRITABLE}) if two lines
     *     have the same key or a value cannot be written in the format
     */
    public static void writeLedger(Ledger ledger, OutputStream out) {
        Objects.requireNonNull(ledger, "ledger");
        writeDocument(out, g -> LedgerCodec.write(g, ledger));
    }

    /**
     * @param ledger the ledger
     * @param file the file to write (created or replaced)
     */
    public static void writeLedger(Ledger ledger, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeLedger(ledger, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a {@code ledger} document from an iterator of lines, holding none of them: the lines
     * are checked against the header and written as they come.
     *
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @param header the header
     * @param lines the lines, in the order to write
     * @throws JsonFormatException ({@link JsonFormatException.Kind#NOT_WRITABLE}) if a line does
     *     not fit the header, two lines have the same key, or an amount needs rounding to the
     *     header's scale
     */
    public static void writeLedger(OutputStream out, LedgerHeader header, Iterator<LedgerLine> lines) {
        writeLedger(out, header, List.of(), lines);
    }

    /**
     * Writes a {@code ledger} document with balances from an iterator of lines.
     *
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @param header the header
     * @param balances the balances (结转结余)
     * @param lines the lines, in the order to write
     * @throws JsonFormatException ({@link JsonFormatException.Kind#NOT_WRITABLE}) as
     *     {@link #writeLedger(OutputStream, LedgerHeader, Iterator)}
     */
    public static void writeLedger(OutputStream out, LedgerHeader header, List<BalanceLine> balances, Iterator<LedgerLine> lines) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(lines, "lines");
        writeDocument(out, g -> LedgerCodec.write(g, header, balances, lines));
    }

    /**
     * Writes a {@code ledger} document whose lines a producer pushes as primitives, the fast path
     * for bulk data: no object per line. The producer calls {@link LineVisitor#visit} once per line,
     * with the economic code of the header's scheme (0 for none), the unit's index in the header's
     * entity (-1 for none) and the amount unscaled at the header's scale.
     *
     * <pre>{@code
     * YusuanJson.writeLedger(out, header, List.of(), sink -> {
     *     for (int i = 0; i < n; i++) {
     *         sink.visit(function[i], economic[i], source[i], type[i], unit[i], amount[i]);
     *     }
     * });
     * }</pre>
     *
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @param header the header
     * @param balances the balances (结转结余)
     * @param lines pushes the lines, in the order to write, to the visitor it is given
     * @throws JsonFormatException ({@link JsonFormatException.Kind#NOT_WRITABLE}) if two lines
     *     have the same key or a line does not fit the header
     */
    public static void writeLedger(OutputStream out, LedgerHeader header, List<BalanceLine> balances, Consumer<? super LineVisitor> lines) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(lines, "lines");
        writeDocument(out, g -> LedgerCodec.write(g, header, balances, lines));
    }

    /**
     * Writes a {@code report} document in canonical form.
     *
     * @param report the report
     * @param out where the UTF-8 bytes go; flushed, not closed
     */
    public static void writeReport(Report report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        writeDocument(out, g -> ReportCodec.write(g, report));
    }

    /**
     * Writes any value of the format in canonical form with {@link BudgetJsonModule}. A document
     * ({@code PublishedStatement}, {@code Ledger}, {@code Report}) ends with a line feed, as the
     * typed writers do.
     *
     * @param value the value
     * @param out where the UTF-8 bytes go; flushed, not closed
     */
    public static void write(Object value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        JsonGenerator g = null;
        try {
            g = MAPPER.createGenerator(out, JsonEncoding.UTF8);
            g.setPrettyPrinter(new CanonicalPrinter());
            MAPPER.writeValue(g, value);
            if (value instanceof PublishedStatement || value instanceof Ledger || value instanceof Report) {
                g.writeRaw('\n');
            }
            g.flush();
        } catch (IOException | RuntimeException e) {
            throw Errors.writing(e, g);
        } finally {
            if (g != null) {
                try {
                    g.close();
                } catch (IOException | RuntimeException ignored) {
                    // the first failure is the one reported
                }
            }
        }
    }

    /**
     * Writes any value of the format in canonical form to a string.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String toJson(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
