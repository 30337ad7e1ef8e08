package dev.yusuan.codes.internal;

import dev.yusuan.core.catalog.CatalogException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small, strict reader for the catalog CSV format: UTF-8 (an optional byte-order mark is
 * skipped), one record per line, comma-separated, fields optionally in double quotes with
 * {@code ""} for a quote inside; a line starting with {@code #} is a comment and a blank line is
 * skipped. The first remaining line is the header. Every error is a {@link CatalogException}
 * naming the resource and the 1-based line. Not exported.
 */
public final class Csv {
    private final String resource;
    private final List<String> header;
    private final int headerLine;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private Csv(String resource, List<String> header, int headerLine, List<Row> rows) {
        this.resource = resource;
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i);
        }
        this.columns = m;
        this.rows = List.copyOf(rows);
    }

    /**
     * Decodes and splits a CSV file.
     *
     * @param resource the file or resource name used in error messages
     * @param bytes the content
     * @return the parsed table
     * @throws CatalogException on bad encoding, an unterminated quote, a wrong number of fields or a missing header
     */
    public static Csv parse(String resource, byte[] bytes) {
        Objects.requireNonNull(resource, "resource");
        String text = decodeUtf8(resource, bytes);
        List<String> header = null;
        Map<String, Integer> cols = new HashMap<>();
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lineNo++;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            start = end + 1;
            if (line.isBlank() || line.startsWith("#")) {
                if (end == n) {
                    break;
                }
                continue;
            }
            List<String> fields = split(resource, lineNo, line);
            if (header == null) {
                header = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (String f : fields) {
                    String h = f.strip();
                    if (!seen.add(h)) {
                        throw new CatalogException(resource, lineNo, "the header names column '" + h + "' twice");
                    }
                    cols.put(h, header.size());
                    header.add(h);
                }
                headerLine = lineNo;
            } else {
                if (fields.size() != header.size()) {
                    throw new CatalogException(resource, lineNo, "the line has " + fields.size() + " fields; the header has "
                            + header.size() + " (" + String.join(",", header) + ")");
                }
                rows.add(new Row(resource, cols, lineNo, fields));
            }
            if (end == n) {
                break;
            }
        }
        if (header == null) {
            throw new CatalogException(resource, 0, "the file has no header line");
        }
        return new Csv(resource, header, headerLine, rows);
    }

    /**
     * Decodes strict UTF-8, skipping a leading byte-order mark.
     *
     * @param resource the name used in error messages
     * @param bytes the content
     * @return the text
     * @throws CatalogException naming the line of the first malformed byte sequence
     */
    public static String decodeUtf8(String resource, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // the plain String decoder is cheaper on a cold start; it replaces a malformed byte with
        // U+FFFD, so only a text holding U+FFFD goes through the strict decoder below
        String quick = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return quick;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CatalogException(resource, line, String.format(
                    "the file is not valid UTF-8: malformed byte 0x%02X at byte offset %d (save the file as UTF-8)",
                    bytes[at] & 0xFF, at));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static List<String> split(String resource, int lineNo, String line) {
        if (line.indexOf('"') < 0) {
            return splitUnquoted(line);
        }
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (!closed) {
                    throw new CatalogException(resource, lineNo, "a quoted field is not closed (fields may not span lines)");
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new CatalogException(resource, lineNo, "unexpected character '" + line.charAt(i)
                            + "' after a closing quote at column " + (i + 1));
                }
            } else {
                int from = i;
                while (i < n && line.charAt(i) != ',') {
                    if (line.charAt(i) == '"') {
                        throw new CatalogException(resource, lineNo, "a quote inside an unquoted field at column " + (i + 1)
                                + " (quote the whole field and write the quote twice: \"\")");
                    }
                    i++;
                }
                field.append(line, from, i);
            }
            out.add(field.toString());
            if (i >= n) {
                return out;
            }
            i++; // the comma
            if (i == n) {
                out.add("");
                return out;
            }
        }
    }

    /** @return the resource name */
    /** A line without quotes: the fields are the text between commas. */
    private static List<String> splitUnquoted(String line) {
        List<String> out = new ArrayList<>(12);
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            if (comma < 0) {
                out.add(line.substring(start));
                return out;
            }
            out.add(line.substring(start, comma));
            start = comma + 1;
        }
    }

    public String resource() {
        return resource;
    }

    /** @return the column names, in file order */
    public List<String> header() {
        return header;
    }

    /** @return the line number of the header */
    public int headerLine() {
        return headerLine;
    }

    /** @return the data rows, in file order */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Checks the header: every required column present, no column outside the known ones.
     *
     * @param required columns that must be present
     * @param optional columns that may be present
     * @throws CatalogException naming the header line
     */
    public void requireColumns(Collection<String> required, Collection<String> optional) {
        for (String r : required) {
            if (!columns.containsKey(r)) {
                throw new CatalogException(resource, headerLine, "the header lacks the required column '" + r
                        + "' (required: " + String.join(",", required) + ")");
            }
        }
        for (String h : header) {
            if (!required.contains(h) && !optional.contains(h)) {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                throw new CatalogException(resource, headerLine, "unknown column '" + h + "' (known columns: "
                        + String.join(",", known) + ")");
            }
        }
    }

    /** One data line. */
    public static final class Row {
        private final String resource;
        private final Map<String, Integer> columns;
        private final int line;
        private final List<String> fields;

        Row(String resource, Map<String, Integer> columns, int line, List<String> fields) {
            this.resource = resource;
            this.columns = columns;
            this.line = line;
            this.fields = List.copyOf(fields);
        }

        /** @return the 1-based line number in the file */
        public int line() {
            return line;
        }

        /** @return the name of the file the row is in */
        public String resourceName() {
            return resource;
        }

        /**
         * @param column a column name
         * @return the stripped field, or the empty string if the file has no such column
         */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).strip();
        }

        /**
         * @param reason what is wrong with this row
         * @return an exception naming the file and this line
         */
        public CatalogException error(String reason) {
            return new CatalogException(resource, line, reason);
        }

        /**
         * @param reason what is wrong with this row
         * @param cause the underlying failure
         * @return an exception naming the file and this line
         */
        public CatalogException error(String reason, Throwable cause) {
            return new CatalogException(resource, line, reason, cause);
        }
    }
}
