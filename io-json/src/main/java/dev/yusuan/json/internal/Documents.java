package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.IOException;

/** The envelope every document shares: {@code "format"} then {@code "type"}. */
public final class Documents {
    /** The format id this module reads and writes. */
    public static final String FORMAT = "yusuan/1";
    /** Document type of a published statement. */
    public static final String PUBLISHED_STATEMENT = "published-statement";
    /** Document type of a line-level statement. */
    public static final String LEDGER = "ledger";
    /** Document type of a report. */
    public static final String REPORT = "report";

    private Documents() {
    }

    /**
     * Reads {@code {"format": "yusuan/1", "type": <type>} } at the start of a document.
     *
     * @param in the cursor, at the document's first token or before it
     * @param type the document type expected
     * @return the place of the document object
     * @throws IOException on a Jackson failure
     */
    public static Mark readHeader(JsonIn in, String type) throws IOException {
        if (in.current() == null) {
            in.next();
        }
        if (in.current() == null) {
            throw in.error(Kind.SYNTAX, "malformed JSON: the input is empty");
        }
        Mark doc = in.startObject("a yusuan document");
        doc.pointer(); // taken now: the document's mark is used while inside it
        String first = in.nextMember();
        if (!"format".equals(first)) {
            throw in.error(Kind.UNSUPPORTED_FORMAT, first == null
                    ? "the document is empty; a yusuan document starts with \"format\": \"" + FORMAT + "\""
                    : "the first member of a yusuan document must be \"format\" (\"" + FORMAT + "\"), found '" + first + "'");
        }
        JsonToken t = in.next();
        if (t != JsonToken.VALUE_STRING) {
            throw in.error(Kind.UNSUPPORTED_FORMAT, "the format id must be a string such as \"" + FORMAT + "\", found " + JsonIn.describe(t));
        }
        String format = in.parser().getText();
        if (!FORMAT.equals(format)) {
            throw in.error(Kind.UNSUPPORTED_FORMAT, format.startsWith("yusuan/")
                    ? "format '" + format + "' is not supported: this reader reads " + FORMAT
                    : "'" + format + "' is not a yusuan format id; this reader reads " + FORMAT);
        }
        String second = in.nextMember();
        if (!"type".equals(second)) {
            throw in.error(Kind.UNSUPPORTED_FORMAT, second == null
                    ? "the document has no \"type\"; expected \"type\": \"" + type + "\""
                    : "the second member of a yusuan document must be \"type\", found '" + second + "'");
        }
        t = in.next();
        if (t != JsonToken.VALUE_STRING) {
            throw in.error(Kind.UNSUPPORTED_FORMAT, "the document type must be a string such as \"" + type + "\", found " + JsonIn.describe(t));
        }
        String actual = in.parser().getText();
        if (!type.equals(actual)) {
            boolean known = PUBLISHED_STATEMENT.equals(actual) || LEDGER.equals(actual) || REPORT.equals(actual);
            throw in.error(Kind.UNSUPPORTED_FORMAT, known
                    ? "this is a '" + actual + "' document; a '" + type + "' document was expected"
                    : "'" + actual + "' is not a document type of " + FORMAT + " (published-statement, ledger, report)");
        }
        return doc;
    }

    /**
     * Writes {@code {"format": "yusuan/1", "type": <type>} } and leaves the object open.
     *
     * @param g the generator
     * @param type the document type
     * @throws IOException on a write failure
     */
    public static void writeHeader(JsonGenerator g, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("type", type);
    }
}
