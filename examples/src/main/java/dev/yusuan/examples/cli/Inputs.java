package dev.yusuan.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.yusuan.core.BudgetException;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.JsonFormatException;
import dev.yusuan.json.YusuanJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the documents the commands take: published statements and ledgers in the yusuan JSON
 * format, from files or from the seed fixtures bundled in the tool. Every failure becomes an
 * {@link InputException} naming the file and, where known, the line and column.
 */
final class Inputs {
    /** The resource folder of the bundled seed fixtures. */
    static final String SEEDS = "/seeds/";

    private Inputs() {
    }

    /** A document read from a file: a published statement or a ledger, never both. */
    record Document(String name, PublishedStatement statement, Ledger ledger) {
        boolean isLedger() {
            return ledger != null;
        }
    }

    /**
     * @param file a {@code published-statement} document
     * @return the statement
     */
    static PublishedStatement statement(String file) {
        return read(file, bytes(file), YusuanJson::readPublishedStatement);
    }

    /**
     * @param file a {@code ledger} document
     * @return the ledger
     */
    static Ledger ledger(String file) {
        return read(file, bytes(file), YusuanJson::readLedger);
    }

    /**
     * @param file a {@code published-statement} or a {@code ledger} document
     * @return what it holds
     */
    static Document any(String file) {
        byte[] bytes = bytes(file);
        String type = documentType(bytes);
        if ("ledger".equals(type)) {
            return new Document(file, null, read(file, bytes, YusuanJson::readLedger));
        }
        return new Document(file, read(file, bytes, YusuanJson::readPublishedStatement), null);
    }

    /**
     * @param name the file name of a bundled seed fixture, e.g. {@code liling-2021-final-account.json}
     * @return the statement
     */
    static PublishedStatement bundledStatement(String name) {
        return read(name, resource(name), YusuanJson::readPublishedStatement);
    }

    /**
     * @param path the resource path of a bundled statement, e.g. {@code /compare/liling-2021-initial-budget.json}
     * @return the statement
     */
    static PublishedStatement read(String path) {
        return read(path, resource(path), YusuanJson::readPublishedStatement);
    }

    /**
     * @param path a resource path, e.g. {@code /seeds/liling-2021-final-account.json}
     * @return its bytes
     */
    static byte[] resource(String path) {
        String p = path.startsWith("/") ? path : SEEDS + path;
        try (InputStream in = Inputs.class.getResourceAsStream(p)) {
            if (in == null) {
                throw new InputException(path + ": not bundled in this build of the tool");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InputException(path + ": cannot be read: " + e.getMessage());
        }
    }

    private static byte[] bytes(String file) {
        Path p = Path.of(file);
        try {
            if (Files.isDirectory(p)) {
                throw new InputException(file + ": is a directory, not a document");
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file + ": permission denied");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static <T> T read(String name, byte[] bytes, Function<InputStream, T> reader) {
        try {
            return reader.apply(new ByteArrayInputStream(bytes));
        } catch (JsonFormatException e) {
            throw new InputException(describe(name, e));
        } catch (BudgetException e) {
            throw new InputException(name + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputException(name + ": cannot be read: " + e.getCause().getMessage());
        }
    }

    /**
     * @param name the file name
     * @param e the failure
     * @return {@code FILE: LINE:COLUMN: problem (at POINTER)}
     */
    static String describe(String name, JsonFormatException e) {
        StringBuilder sb = new StringBuilder(name).append(": ");
        if (e.line() > 0) {
            sb.append(e.line()).append(':').append(e.column()).append(": ");
        }
        sb.append(e.problem());
        if (!e.pointer().isEmpty()) {
            sb.append(" (at ").append(e.pointer()).append(')');
        }
        return sb.toString();
    }

    /** The value of the document's {@code type} member, if it is among the first members; null otherwise. */
    private static String documentType(byte[] bytes) {
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (int i = 0; i < 4 && p.nextToken() == JsonToken.FIELD_NAME; i++) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null; // the real reader reports the problem with its position
        }
    }
}
