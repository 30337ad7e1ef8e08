package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.IOException;
import java.util.function.Function;

/** Jackson (de)serializers over this package's readers and writers. Package-private. */
final class Adapters {
    private Adapters() {
    }

    /** Writes a value. */
    @FunctionalInterface
    interface Write<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** Reads a value at the parser's current token. */
    @FunctionalInterface
    interface Read<T> {
        T read(JsonIn in) throws IOException;
    }

    /** A serializer that delegates to a {@link Write}. */
    static final class Ser<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Write<T> write;

        Ser(Class<T> type, Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            try {
                write.write(g, value);
            } catch (RuntimeException e) {
                throw Errors.writing(e, g);
            }
        }
    }

    /** A deserializer that delegates to a {@link Read}, translating every failure into a {@code JsonFormatException}. */
    static final class Deser<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Read<T> read;
        private final transient T nullValue;

        Deser(Class<T> type, Read<T> read) {
            this(type, read, null);
        }

        Deser(Class<T> type, Read<T> read, T nullValue) {
            super(type);
            this.read = read;
            this.nullValue = nullValue;
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) {
            return nullValue;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return read.read(new JsonIn(p));
            } catch (IOException | RuntimeException e) {
                throw Errors.reading(e, p);
            }
        }
    }

    /** Serializes with {@code toString()} as a JSON string. */
    static <T> JsonSerializer<T> string(Class<T> type) {
        return new Ser<>(type, (g, v) -> g.writeString(v.toString()));
    }

    /** Serializes an enum constant with its format name. */
    static <E extends Enum<E>> JsonSerializer<E> enumSer(Class<E> type) {
        return new Ser<>(type, (g, v) -> g.writeString(Values.enumName(v)));
    }

    /** Deserializes an enum constant from its format name. */
    static <E extends Enum<E>> JsonDeserializer<E> enumDeser(Class<E> type, String what) {
        return new Deser<>(type, in -> Values.enumValue(in, type, stringHere(in, what), what));
    }

    /** Deserializes a JSON string with a parse function; a core failure becomes an invalid-value error. */
    static <T> JsonDeserializer<T> parsing(Class<T> type, String what, Function<String, ? extends T> parse) {
        return new Deser<>(type, in -> {
            String s = stringHere(in, what);
            try {
                return parse.apply(s);
            } catch (RuntimeException e) {
                throw JsonIn.invalid(in.mark(), e);
            }
        });
    }

    static String stringHere(JsonIn in, String what) {
        if (in.current() != JsonToken.VALUE_STRING) {
            throw in.error(Kind.WRONG_TYPE, what + " must be a string, found " + JsonIn.describe(in.current()));
        }
        try {
            return in.parser().getText();
        } catch (IOException e) {
            throw Errors.reading(e, in.parser());
        }
    }

    /** Key serializer: {@code toString()} (or the format name of an enum constant). */
    static final class KeySer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        KeySer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeFieldName(value instanceof Enum ? Values.enumName((Enum<?>) value) : value.toString());
        }
    }

    /** Key deserializer with a parse function. */
    static final class KeyDeser extends KeyDeserializer {
        private final String what;
        private final Function<String, ?> parse;

        KeyDeser(String what, Function<String, ?> parse) {
            this.what = what;
            this.parse = parse;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            try {
                return parse.apply(key);
            } catch (RuntimeException e) {
                JsonIn in = new JsonIn(ctxt.getParser());
                throw in.error(Kind.INVALID_VALUE, what + " key '" + key + "': " + e.getMessage(), e);
            }
        }
    }
}
