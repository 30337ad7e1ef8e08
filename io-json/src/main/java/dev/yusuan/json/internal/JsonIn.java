package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.yusuan.json.JsonFormatException;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict reading cursor over a {@link JsonParser}: every method checks the JSON type it expects
 * and reports anything else as a {@link JsonFormatException} with the pointer and position of the
 * offending token. Not thread-safe.
 *
 * <p>Pattern for an object: {@link #startObject}, then {@code while ((name = nextMember()) != null)}
 * with one value method per member ({@link #string}, {@link #integer}, …, or {@link #next} and a
 * nested reader), each of which advances to the member's value.
 */
public final class JsonIn {
    private final JsonParser p;

    /** @param p the parser, positioned before or at the first token to read */
    public JsonIn(JsonParser p) {
        this.p = p;
    }

    /** @return the parser */
    public JsonParser parser() {
        return p;
    }

    /**
     * Advances to the next token.
     *
     * @return the token, null at the end of input
     * @throws IOException on a Jackson failure (translated by the caller through {@link Errors})
     */
    public JsonToken next() throws IOException {
        return p.nextToken();
    }

    /** @return the current token */
    public JsonToken current() {
        return p.currentToken();
    }

    /** @return the place of the current token */
    public Mark mark() {
        JsonLocation loc = p.currentTokenLocation();
        return new Mark(Errors.pointer(p), loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
    }

    /** @return a lazy mark of the current token: its pointer is taken when asked for (see {@link Mark}) */
    public Mark lazyMark() {
        JsonLocation loc = p.currentTokenLocation();
        return new Mark(p, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
    }

    /**
     * @param kind why
     * @param problem what is wrong
     * @return an exception at the current token
     */
    public JsonFormatException error(Kind kind, String problem) {
        return at(mark(), kind, problem, null);
    }

    /**
     * @param kind why
     * @param problem what is wrong
     * @param cause the underlying failure
     * @return an exception at the current token
     */
    public JsonFormatException error(Kind kind, String problem, Throwable cause) {
        return at(mark(), kind, problem, cause);
    }

    /**
     * @param mark where
     * @param kind why
     * @param problem what is wrong
     * @param cause the underlying failure, or null
     * @return an exception at that place
     */
    public static JsonFormatException at(Mark mark, Kind kind, String problem, Throwable cause) {
        return new JsonFormatException(kind, mark.pointer(), mark.line(), mark.column(), problem, cause);
    }

    /**
     * A core failure while building a value, at the given place.
     *
     * @param mark where
     * @param e the failure (a {@link dev.yusuan.core.BudgetException} or an {@link IllegalArgumentException})
     * @return the exception to throw
     */
    public static JsonFormatException invalid(Mark mark, RuntimeException e) {
        if (e instanceof JsonFormatException) {
            return (JsonFormatException) e;
        }
        return at(mark, Kind.INVALID_VALUE, String.valueOf(e.getMessage()), e);
    }

    /**
     * Requires the current token to be the start of an object.
     *
     * @param what what the object is, for messages ("a table")
     * @return the place of the object, a lazy mark: use it for errors raised at the start or at the
     *     end of the object, or take {@link #mark()} at once
     */
    public Mark startObject(String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(Kind.WRONG_TYPE, what + " must be an object, found " + describe(p.currentToken()));
        }
        return lazyMark();
    }

    /**
     * Requires the current token to be the start of an array.
     *
     * @param what what the array is, for messages
     * @return the place of the array
     */
    public Mark startArray(String what) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(Kind.WRONG_TYPE, what + " must be an array, found " + describe(p.currentToken()));
        }
        return lazyMark();
    }

    /**
     * Advances to the next member of the current object.
     *
     * @return the member name (the parser is at the name), or null at the end of the object
     * @throws IOException on a Jackson failure
     */
    public String nextMember() throws IOException {
        String name = p.nextFieldName();
        if (name == null && p.currentToken() != JsonToken.END_OBJECT) {
            throw error(Kind.SYNTAX, "malformed JSON: expected a member name or '}'");
        }
        return name;
    }

    /**
     * Advances to the next element of the current array.
     *
     * @return whether there is one (the parser is at its first token), false at the end of the array
     * @throws IOException on a Jackson failure
     */
    public boolean nextElement() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw error(Kind.SYNTAX, "malformed JSON: unexpected end of input in an array");
        }
        return t != JsonToken.END_ARRAY;
    }

    /**
     * Fails with {@link Kind#DUPLICATE_MEMBER} if a member was already read; call it at the member name.
     *
     * @param seen whether the member was already read
     * @param name the member name
     */
    public void once(boolean seen, String name) {
        if (seen) {
            throw error(Kind.DUPLICATE_MEMBER, "member '" + name + "' appears twice in the object; a member may appear once");
        }
    }

    /**
     * Fails with {@link Kind#DUPLICATE_MEMBER} if a member was already read; call it at the member name.
     *
     * @param current the value read so far, null if none
     * @param name the member name
     */
    public void once(Object current, String name) {
        once(current != null, name);
    }

    /**
     * @param name the member name
     * @param allowed the members allowed here, for the message
     * @return the exception for an unknown member (at the member name)
     */
    public JsonFormatException unknownMember(String name, String allowed) {
        return error(Kind.UNKNOWN_MEMBER, "unknown member '" + name + "'; allowed here: " + allowed);
    }

    /**
     * Fails if a required member is absent.
     *
     * @param value the value read, or null if the member was absent
     * @param name the member name
     * @param object where the object starts
     * @param what what the object is
     */
    public static void require(Object value, String name, Mark object, String what) {
        if (value == null) {
            throw at(object, Kind.MISSING_MEMBER, what + " has no '" + name + "' member; it is required", null);
        }
    }

    /**
     * Reads the next value as a string.
     *
     * @param what what the value is, for messages
     * @return the string
     * @throws IOException on a Jackson failure
     */
    public String string(String what) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_STRING) {
            throw error(Kind.WRONG_TYPE, what + " must be a string, found " + describe(t));
        }
        return p.getText();
    }

    /**
     * Reads the next value as free text: a string that is well-formed Unicode (no lone surrogate).
     *
     * @param what what the value is
     * @return the text
     * @throws IOException on a Jackson failure
     */
    public String text(String what) throws IOException {
        String s = string(what);
        checkText(s, what);
        return s;
    }

    /**
     * Checks that the current string is well-formed Unicode.
     *
     * @param s the string
     * @param what what it is
     */
    public void checkText(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw error(Kind.INVALID_VALUE, what + " has a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at index " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw error(Kind.INVALID_VALUE, what + " has a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at index " + i);
            }
        }
    }

    /**
     * @param s a string
     * @return whether it is well-formed Unicode (every surrogate in a pair)
     */
    public static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the next value as a non-blank free text.
     *
     * @param what what the value is
     * @return the text
     * @throws IOException on a Jackson failure
     */
    public String nonBlankText(String what) throws IOException {
        String s = text(what);
        if (s.isBlank()) {
            throw error(Kind.INVALID_VALUE, what + " must not be blank");
        }
        return s;
    }

    /**
     * Reads the next value as a JSON integer in a range.
     *
     * @param what what the value is
     * @param min the least value allowed
     * @param max the largest value allowed
     * @return the value
     * @throws IOException on a Jackson failure
     */
    public int integer(String what, int min, int max) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw error(Kind.WRONG_TYPE, what + " must be an integer, found " + describe(t));
        }
        String text = p.getText();
        long v;
        try {
            v = text.length() > 11 ? Long.MAX_VALUE : Long.parseLong(text);
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        if (v < min || v > max) {
            throw error(Kind.INVALID_VALUE, what + " " + text + " is outside " + min + ".." + max);
        }
        return (int) v;
    }

    /**
     * Reads the next value as a boolean.
     *
     * @param what what the value is
     * @return the value
     * @throws IOException on a Jackson failure
     */
    public boolean bool(String what) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error(Kind.WRONG_TYPE, what + " must be true or false, found " + describe(t));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /**
     * Reads the next value as an array of free texts.
     *
     * @param what what the array is
     * @return the texts
     * @throws IOException on a Jackson failure
     */
    public List<String> textArray(String what) throws IOException {
        p.nextToken();
        startArray(what);
        List<String> out = new ArrayList<>();
        while (nextElement()) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw error(Kind.WRONG_TYPE, "an element of " + what + " must be a string, found " + describe(p.currentToken()));
            }
            String s = p.getText();
            checkText(s, "an element of " + what);
            out.add(s);
        }
        return out;
    }

    /**
     * Requires the end of input after the document.
     *
     * @throws IOException on a Jackson failure
     */
    public void end() throws IOException {
        JsonToken t = p.nextToken();
        if (t != null) {
            throw error(Kind.SYNTAX, "malformed JSON: content after the end of the document (" + describe(t) + ")");
        }
    }

    /**
     * @param t a token, or null
     * @return the token described for messages: "a string", "a number", "null", "an array", …
     */
    public static String describe(JsonToken t) {
        if (t == null) {
            return "the end of input";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case END_OBJECT:
                return "'}'";
            case END_ARRAY:
                return "']'";
            case FIELD_NAME:
                return "a member name";
            default:
                return t.toString();
        }
    }
}
