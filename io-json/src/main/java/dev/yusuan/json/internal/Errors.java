package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.yusuan.core.BudgetException;
import dev.yusuan.json.JsonFormatException;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Translates Jackson's exceptions (and core's, raised while building values) into
 * {@link JsonFormatException}. Every reader and writer in this module goes through here.
 */
public final class Errors {
    private static final Pattern REDACTED = Pattern.compile("Source: REDACTED \\(`StreamReadFeature\\.INCLUDE_SOURCE_IN_LOCATION` disabled\\); ");

    private Errors() {
    }

    /**
     * Translates an exception thrown while reading with the given parser. A {@link JsonFormatException}
     * is returned as is; an I/O failure that is not about the content becomes an
     * {@link UncheckedIOException}.
     *
     * @param e the failure
     * @param p the parser, or null
     * @return the exception to throw
     */
    public static RuntimeException reading(Throwable e, JsonParser p) {
        if (e instanceof JsonFormatException) {
            return (JsonFormatException) e;
        }
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonFormatException) {
            return (JsonFormatException) e.getCause();
        }
        if (e instanceof JsonMappingException) {
            return mapping((JsonMappingException) e, p);
        }
        if (e instanceof JsonProcessingException) {
            JsonProcessingException j = (JsonProcessingException) e;
            Kind kind;
            if (e instanceof StreamConstraintsException) {
                kind = Kind.LIMIT;
            } else if (e instanceof InputCoercionException) {
                kind = Kind.INVALID_VALUE;
            } else if (j.getOriginalMessage() != null && j.getOriginalMessage().startsWith("Duplicate Object property")
                    || j.getOriginalMessage() != null && j.getOriginalMessage().startsWith("Duplicate field")) {
                kind = Kind.DUPLICATE_MEMBER;
            } else {
                kind = Kind.SYNTAX;
            }
            JsonLocation loc = j.getLocation();
            if (loc == null && p != null) {
                loc = p.currentLocation();
            }
            String problem = clean(j.getOriginalMessage());
            if (kind == Kind.SYNTAX) {
                problem = "malformed JSON: " + problem;
            } else if (kind == Kind.DUPLICATE_MEMBER) {
                problem = problem + "; a member may appear once";
            }
            return new JsonFormatException(kind, pointer(p), line(loc), column(loc), problem, e);
        }
        if (e instanceof BudgetException || e instanceof IllegalArgumentException) {
            // a core failure while building a value that no reader anticipated: still bad input
            JsonLocation loc = p == null ? null : p.currentTokenLocation();
            return new JsonFormatException(Kind.INVALID_VALUE, pointer(p), line(loc), column(loc), String.valueOf(e.getMessage()), e);
        }
        if (e instanceof CharConversionException) {
            JsonLocation loc = p == null ? null : p.currentLocation();
            return new JsonFormatException(Kind.SYNTAX, pointer(p), line(loc), column(loc),
                    "malformed text: " + e.getMessage(), e);
        }
        if (e instanceof IOException) {
            return new UncheckedIOException((IOException) e);
        }
        if (e instanceof RuntimeException) {
            return (RuntimeException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        return new IllegalStateException(e);
    }

    private static JsonFormatException mapping(JsonMappingException e, JsonParser p) {
        Kind kind;
        if (e instanceof UnrecognizedPropertyException || e instanceof IgnoredPropertyException) {
            kind = Kind.UNKNOWN_MEMBER;
        } else if (e instanceof InvalidNullException) {
            kind = Kind.WRONG_TYPE;
        } else if (e instanceof InvalidFormatException) {
            kind = Kind.INVALID_VALUE;
        } else if (e instanceof MismatchedInputException) {
            String m = String.valueOf(e.getOriginalMessage());
            kind = m.startsWith("Missing required") ? Kind.MISSING_MEMBER
                    : m.startsWith("Trailing token") ? Kind.SYNTAX : Kind.WRONG_TYPE;
        } else {
            kind = Kind.INVALID_VALUE;
        }
        StringBuilder ptr = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                ptr.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                ptr.append('/').append(r.getIndex());
            }
        }
        JsonLocation loc = e.getLocation();
        if (loc == null && p != null) {
            loc = p.currentLocation();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new JsonFormatException(kind, ptr.toString(), line(loc), column(loc), clean(e.getOriginalMessage()), cause);
    }

    /**
     * Translates an exception thrown while writing.
     *
     * @param e the failure
     * @param g the generator, or null
     * @return the exception to throw
     */
    public static RuntimeException writing(Throwable e, JsonGenerator g) {
        if (e instanceof JsonFormatException) {
            return (JsonFormatException) e;
        }
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonFormatException) {
            return (JsonFormatException) e.getCause();
        }
        if (e instanceof BudgetException) {
            return new JsonFormatException(Kind.NOT_WRITABLE, g == null ? "" : Values.nextPointer(g), 0, 0, String.valueOf(e.getMessage()), e);
        }
        if (e instanceof JsonProcessingException) {
            String ptr = g == null ? "" : Values.nextPointer(g);
            return new JsonFormatException(Kind.NOT_WRITABLE, ptr, 0, 0, clean(((JsonProcessingException) e).getOriginalMessage()), e);
        }
        if (e instanceof IOException) {
            return new UncheckedIOException((IOException) e);
        }
        if (e instanceof RuntimeException) {
            return (RuntimeException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        return new IllegalStateException(e);
    }

    static String pointer(JsonParser p) {
        if (p == null) {
            return "";
        }
        return pointer(p.getParsingContext());
    }

    /**
     * The JSON Pointer of a parsing or writing context, built without {@code JsonPointer}: an
     * innermost context that has no name or index yet (a container just started) is skipped.
     *
     * @param ctx the context
     * @return the pointer, {@code ""} at the root
     */
    static String pointer(JsonStreamContext ctx) {
        if (ctx == null) {
            return "";
        }
        if (!ctx.hasPathSegment()) {
            ctx = ctx.getParent();
        }
        int depth = 0;
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            depth++;
        }
        if (depth == 0) {
            return "";
        }
        JsonStreamContext[] chain = new JsonStreamContext[depth];
        int i = depth;
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain[--i] = c;
        }
        StringBuilder sb = new StringBuilder(depth * 8);
        for (JsonStreamContext c : chain) {
            sb.append('/');
            if (c.inObject()) {
                String name = c.getCurrentName();
                if (name != null) {
                    for (int k = 0; k < name.length(); k++) {
                        char ch = name.charAt(k);
                        if (ch == '~') {
                            sb.append("~0");
                        } else if (ch == '/') {
                            sb.append("~1");
                        } else {
                            sb.append(ch);
                        }
                    }
                }
            } else {
                sb.append(Math.max(0, c.getCurrentIndex()));
            }
        }
        return sb.toString();
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }

    private static String clean(String message) {
        if (message == null) {
            return "unreadable input";
        }
        return REDACTED.matcher(message).replaceAll("");
    }
}
