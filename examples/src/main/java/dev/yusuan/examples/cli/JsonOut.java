package dev.yusuan.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.YusuanJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes documents in the yusuan JSON format to standard output. */
final class JsonOut {
    private JsonOut() {
    }

    static void statement(PublishedStatement statement, PrintStream out) {
        YusuanJson.writePublishedStatement(statement, out);
        out.flush();
    }

    /**
     * @param out where to
     * @return a generator writing indented JSON with {@code "name": value} members, one per line
     * @throws IOException never, in practice
     */
    static JsonGenerator generator(PrintStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent)
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
        return g;
    }

    /**
     * Ends a document written with {@link #generator}: flushes it and writes a final line feed.
     *
     * @param g the generator
     * @param out its stream
     * @throws IOException never, in practice
     */
    static void end(JsonGenerator g, PrintStream out) throws IOException {
        g.flush();
        out.print('\n');
        out.flush();
    }

    static void ledger(Ledger ledger, PrintStream out) {
        YusuanJson.writeLedger(ledger, out);
        out.flush();
    }
}
