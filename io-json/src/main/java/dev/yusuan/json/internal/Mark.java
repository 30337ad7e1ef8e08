package dev.yusuan.json.internal;

/**
 * A place in a document: the JSON Pointer of a value and the line and column of its first token.
 *
 * @param pointer the JSON Pointer, {@code ""} for the document
 * @param line the 1-based line, 0 if unknown
 * @param column the 1-based column, 0 if unknown
 */
public record Mark(String pointer, int line, int column) {
}
