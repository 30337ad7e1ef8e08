package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonParser;

/**
 * A place in a document: the JSON Pointer of a value and the line and column of its first token.
 *
 * <p>A <em>lazy</em> mark ({@link JsonIn#startObject}) records only the position; its pointer is
 * taken from the parser when it is asked for, which is right while the parser is at the start or
 * at the end of that object (the only places the readers raise errors about a whole object).
 * An eager mark ({@link JsonIn#mark()}) records its pointer at once.
 */
public final class Mark {
    private String pointer;
    private final JsonParser lazy;
    private final int line;
    private final int column;

    /**
     * @param pointer the JSON Pointer, {@code ""} for the document
     * @param line the 1-based line, 0 if unknown
     * @param column the 1-based column, 0 if unknown
     */
    public Mark(String pointer, int line, int column) {
        this.pointer = pointer;
        this.lazy = null;
        this.line = line;
        this.column = column;
    }

    Mark(JsonParser lazy, int line, int column) {
        this.pointer = null;
        this.lazy = lazy;
        this.line = line;
        this.column = column;
    }

    /** @return the JSON Pointer */
    public String pointer() {
        if (pointer == null) {
            pointer = Errors.pointer(lazy);
        }
        return pointer;
    }

    /** @return the 1-based line, 0 if unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, 0 if unknown */
    public int column() {
        return column;
    }

    @Override
    public String toString() {
        return pointer() + " (" + line + ":" + column + ")";
    }
}
