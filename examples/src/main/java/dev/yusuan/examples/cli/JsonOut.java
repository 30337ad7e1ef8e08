package dev.yusuan.examples.cli;

import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.YusuanJson;
import java.io.PrintStream;

/** Writes documents in the yusuan JSON format to standard output. */
final class JsonOut {
    private JsonOut() {
    }

    static void statement(PublishedStatement statement, PrintStream out) {
        YusuanJson.writePublishedStatement(statement, out);
        out.flush();
    }

    static void ledger(Ledger ledger, PrintStream out) {
        YusuanJson.writeLedger(ledger, out);
        out.flush();
    }
}
