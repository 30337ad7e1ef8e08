package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;
import java.util.Set;

/**
 * The one whitespace style of the canonical form (see FORMAT.md, "Canonical form"):
 *
 * <ul>
 *   <li>Containers are <em>block</em> or <em>inline</em>. A block container puts each member or
 *       element on its own line, indented by two spaces per level; an inline container is written on
 *       one line as {@code {"a": "b", "c": ["d", "e"]}} (a space after {@code :} and after {@code ,}).</li>
 *   <li>An array is a block if its member name is {@code tables}, {@code blocks}, {@code units},
 *       {@code columns}, {@code rows}, {@code lines}, {@code balances}, {@code findings},
 *       {@code cells} or {@code entries} and it is not inside an inline container; any other array
 *       is inline.</li>
 *   <li>An object is inline if it is inside an inline container or is an element of a block
 *       array named {@code units}, {@code columns}, {@code rows}, {@code lines}, {@code balances},
 *       {@code cells} or {@code entries}; otherwise it is a block.</li>
 *   <li>Empty containers are {@code {}} and {@code []}. The document's final line feed is written
 *       by the writer, not by this printer.</li>
 * </ul>
 *
 * <p>Stateful (one per generator): {@link #createInstance()} gives a fresh copy.
 */
public final class CanonicalPrinter implements PrettyPrinter, Instantiatable<CanonicalPrinter> {
    /** Arrays written one element per line. */
    static final Set<String> BLOCK_ARRAYS = Set.of("tables", "blocks", "units", "columns", "rows", "lines", "balances",
            "findings", "cells", "entries");
    /** Arrays whose object elements are written on one line each. */
    static final Set<String> INLINE_ELEMENTS = Set.of("units", "columns", "rows", "lines", "balances", "cells", "entries");

    private static final SerializableString COLON = new SerializedString(": ");
    private static final SerializableString COMMA = new SerializedString(", ");
    private static final int MAX_INDENT = 64;
    private static final SerializableString[] NEWLINE_INDENT = new SerializableString[MAX_INDENT + 1];
    private static final SerializableString[] COMMA_NEWLINE_INDENT = new SerializableString[MAX_INDENT + 1];

    static {
        for (int i = 0; i <= MAX_INDENT; i++) {
            NEWLINE_INDENT[i] = new SerializedString("\n" + "  ".repeat(i));
            COMMA_NEWLINE_INDENT[i] = new SerializedString(",\n" + "  ".repeat(i));
        }
    }

    /** Bit i set: the container at depth i (1-based) is inline. */
    private long inline;
    private int depth;

    @Override
    public CanonicalPrinter createInstance() {
        return new CanonicalPrinter();
    }

    private boolean isInline() {
        return depth > 0 && (inline & (1L << Math.min(depth, 63))) != 0;
    }

    private void push(JsonGenerator g, boolean array) {
        boolean parentInline = isInline();
        depth++;
        boolean in;
        if (parentInline) {
            in = true;
        } else {
            JsonStreamContext ctx = g.getOutputContext().getParent();
            if (array) {
                in = ctx == null || !ctx.inObject() || !BLOCK_ARRAYS.contains(String.valueOf(ctx.getCurrentName()));
            } else {
                if (ctx != null && ctx.inArray()) {
                    JsonStreamContext owner = ctx.getParent();
                    in = owner != null && owner.inObject() && INLINE_ELEMENTS.contains(String.valueOf(owner.getCurrentName()));
                } else {
                    in = false;
                }
            }
        }
        long bit = 1L << Math.min(depth, 63);
        inline = in ? inline | bit : inline & ~bit;
    }

    private void pop() {
        depth--;
    }

    private static SerializableString indent(SerializableString[] table, int level) {
        return table[Math.min(level, MAX_INDENT)];
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        push(g, false);
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (!isInline()) {
            g.writeRaw(indent(NEWLINE_INDENT, depth));
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(COLON);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(isInline() ? COMMA : indent(COMMA_NEWLINE_INDENT, depth));
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        if (!isInline() && nrOfEntries > 0) {
            g.writeRaw(indent(NEWLINE_INDENT, depth - 1));
        }
        g.writeRaw('}');
        pop();
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        push(g, true);
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!isInline()) {
            g.writeRaw(indent(NEWLINE_INDENT, depth));
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(isInline() ? COMMA : indent(COMMA_NEWLINE_INDENT, depth));
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (!isInline() && nrOfValues > 0) {
            g.writeRaw(indent(NEWLINE_INDENT, depth - 1));
        }
        g.writeRaw(']');
        pop();
    }
}
