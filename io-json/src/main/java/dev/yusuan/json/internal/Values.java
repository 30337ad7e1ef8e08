package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.json.JsonFormatException;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reading and writing of the small values of the format: codes, amounts, enum names, fund
 * sources and spending types (by vocabulary id), budget units and the reporting entity.
 */
public final class Values {
    private Values() {
    }

    // ---------------------------------------------------------------- amounts

    /**
     * Reads the current token as an amount (a JSON string).
     *
     * @param in the cursor, at the value
     * @param what what the amount is
     * @return the amount
     * @throws IOException on a Jackson failure
     */
    public static Amount amountHere(JsonIn in, String what) throws IOException {
        return amountHere(in, what, Amounts.MAX_DECIMALS);
    }

    /**
     * Reads the current token as an amount with a given limit on decimals.
     *
     * @param in the cursor, at the value
     * @param what what the amount is
     * @param maxDecimals the largest number of decimals allowed
     * @return the amount
     * @throws IOException on a Jackson failure
     */
    public static Amount amountHere(JsonIn in, String what, int maxDecimals) throws IOException {
        JsonToken t = in.current();
        if (t != JsonToken.VALUE_STRING) {
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                throw in.error(Kind.WRONG_TYPE, what + " must be a JSON string holding a decimal, found the number "
                        + in.parser().getText() + " (write \"" + in.parser().getText() + "\")");
            }
            throw in.error(Kind.WRONG_TYPE, what + " must be a JSON string holding a decimal, found " + JsonIn.describe(t));
        }
        Amounts.Parsed parsed = new Amounts.Parsed();
        char[] c = in.parser().getTextCharacters();
        int off = in.parser().getTextOffset();
        int len = in.parser().getTextLength();
        if (!Amounts.parse(c, off, len, maxDecimals, parsed)) {
            throw in.error(Kind.INVALID_VALUE, what + " '" + in.parser().getText() + "' is not an amount: " + parsed.error);
        }
        return Amount.of(parsed.unscaled, parsed.scale);
    }

    /**
     * Reads the next value as an amount.
     *
     * @param in the cursor, before the value
     * @param what what the amount is
     * @return the amount
     * @throws IOException on a Jackson failure
     */
    public static Amount amount(JsonIn in, String what) throws IOException {
        in.next();
        return amountHere(in, what);
    }

    /**
     * Writes an amount as a JSON string with its scale.
     *
     * @param g the generator
     * @param a the amount
     * @param buf a buffer of at least 32 characters
     * @throws IOException on a write failure
     * @throws JsonFormatException ({@link Kind#NOT_WRITABLE}) if the format cannot hold the amount
     */
    public static void writeAmount(JsonGenerator g, Amount a, char[] buf) throws IOException {
        writeAmount(g, a, buf, Amounts.MAX_DECIMALS);
    }

    /**
     * Writes an amount with a given limit on decimals.
     *
     * @param g the generator
     * @param a the amount
     * @param buf a buffer of at least 32 characters
     * @param maxDecimals the largest number of decimals allowed
     * @throws IOException on a write failure
     */
    public static void writeAmount(JsonGenerator g, Amount a, char[] buf, int maxDecimals) throws IOException {
        String why = Amounts.unwritable(a, maxDecimals);
        if (why != null) {
            throw notWritable(g, why);
        }
        int n = Amounts.format(a.unscaledValue(), a.scale(), buf);
        g.writeString(buf, 0, n);
    }

    /**
     * @param g the generator
     * @param problem why
     * @return a {@link Kind#NOT_WRITABLE} exception at the generator's position
     */
    public static JsonFormatException notWritable(JsonGenerator g, String problem) {
        return new JsonFormatException(Kind.NOT_WRITABLE, nextPointer(g), 0, 0, problem, null);
    }

    /**
     * @param g a generator
     * @return the pointer of the value about to be written: in an array, the next element
     */
    public static String nextPointer(JsonGenerator g) {
        JsonStreamContext ctx = g.getOutputContext();
        JsonPointer p = ctx.pathAsPointer();
        if (ctx.inArray()) {
            if (ctx.getEntryCount() > 0) {
                p = p.head();
            }
            return p + "/" + ctx.getEntryCount();
        }
        return p.toString();
    }

    // ---------------------------------------------------------------- codes

    /**
     * Parses a code of a scheme, reporting a failure at the current token.
     *
     * @param in the cursor, at the string
     * @param scheme the scheme
     * @param text the text
     * @return the code
     */
    public static ClassificationCode<?> code(JsonIn in, Scheme scheme, String text) {
        try {
            switch (scheme) {
                case FUNCTION:
                    return FunctionCode.parse(text);
                case DEPARTMENT_ECONOMIC:
                    return DepartmentEconomicCode.parse(text);
                case GOVERNMENT_ECONOMIC:
                    return GovernmentEconomicCode.parse(text);
                default:
                    return RevenueCode.parse(text);
            }
        } catch (RuntimeException e) {
            throw JsonIn.invalid(in.mark(), e);
        }
    }

    /**
     * Parses a code of any scheme, telling the scheme from the leading digit.
     *
     * @param in the cursor, at the string
     * @param text the text
     * @return the code
     */
    public static ClassificationCode<?> anyCode(JsonIn in, String text) {
        Scheme scheme = schemeOf(text);
        if (scheme == null) {
            throw in.error(Kind.INVALID_VALUE, "'" + text + "' is not a classification code: a code starts with 1 (收入分类), "
                    + "2 (支出功能分类), 3 (部门预算支出经济分类) or 5 (政府预算支出经济分类)");
        }
        return code(in, scheme, text);
    }

    /**
     * @param text a code text
     * @return the scheme its leading digit names, or null
     */
    public static Scheme schemeOf(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (Scheme s : Scheme.values()) {
            if (s.leadingDigit() == text.charAt(0)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Reads the next value as a code of a scheme.
     *
     * @param <C> the code type
     * @param in the cursor
     * @param scheme the scheme
     * @param type the code class
     * @param what what the code is
     * @return the code
     * @throws IOException on a Jackson failure
     */
    public static <C extends ClassificationCode<C>> C code(JsonIn in, Scheme scheme, Class<C> type, String what) throws IOException {
        String s = in.string(what);
        return type.cast(code(in, scheme, s));
    }

    // ---------------------------------------------------------------- enums

    private static final Map<Class<?>, Map<String, Enum<?>>> ENUM_NAMES = new HashMap<>();

    /**
     * The JSON name of an enum constant: the vocabulary id for {@link FundSource},
     * {@link SpendingType} and {@link TableKind}, the JSON name for {@link RowKey.Kind}, the
     * constant name otherwise.
     *
     * @param e the constant
     * @return its name in the format
     */
    public static String enumName(Enum<?> e) {
        if (e instanceof FundSource) {
            return ((FundSource) e).id();
        }
        if (e instanceof SpendingType) {
            return ((SpendingType) e).id();
        }
        if (e instanceof TableKind) {
            return ((TableKind) e).id();
        }
        if (e instanceof RowKey.Kind) {
            return ((RowKey.Kind) e).jsonName();
        }
        return e.name();
    }

    private static synchronized Map<String, Enum<?>> names(Class<? extends Enum<?>> type) {
        return ENUM_NAMES.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> m = new HashMap<>();
            for (Enum<?> e : type.getEnumConstants()) {
                m.put(enumName(e), e);
            }
            return m;
        });
    }

    /**
     * @param type an enum type
     * @return its JSON names, for messages
     */
    public static String allowed(Class<? extends Enum<?>> type) {
        StringJoiner j = new StringJoiner(", ");
        for (Enum<?> e : type.getEnumConstants()) {
            j.add(enumName(e));
        }
        return j.toString();
    }

    /**
     * Looks up an enum constant by its JSON name.
     *
     * @param <E> the enum type
     * @param in the cursor, at the string
     * @param type the enum type
     * @param text the name
     * @param what what the value is
     * @return the constant
     */
    public static <E extends Enum<E>> E enumValue(JsonIn in, Class<E> type, String text, String what) {
        Enum<?> e = names(type).get(text);
        if (e == null) {
            throw in.error(Kind.INVALID_VALUE, what + " '" + text + "' is not one of " + allowed(type));
        }
        return type.cast(e);
    }

    /**
     * Looks up an enum constant by its JSON name.
     *
     * @param <E> the enum type
     * @param type the enum type
     * @param text the name
     * @return the constant
     * @throws IllegalArgumentException if no constant has that name
     */
    public static <E extends Enum<E>> E enumByName(Class<E> type, String text) {
        Enum<?> e = names(type).get(text);
        if (e == null) {
            throw new IllegalArgumentException("'" + text + "' is not one of " + allowed(type));
        }
        return type.cast(e);
    }

    /**
     * Reads the next value as an enum constant.
     *
     * @param <E> the enum type
     * @param in the cursor
     * @param type the enum type
     * @param what what the value is
     * @return the constant
     * @throws IOException on a Jackson failure
     */
    public static <E extends Enum<E>> E enumValue(JsonIn in, Class<E> type, String what) throws IOException {
        return enumValue(in, type, in.string(what), what);
    }

    // ---------------------------------------------------------------- entity

    /**
     * Reads a budget unit object at the current token.
     *
     * @param in the cursor, at the start of the object
     * @return the unit
     * @throws IOException on a Jackson failure
     */
    public static BudgetUnit unitHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a budget unit");
        String code = null;
        String name = null;
        UnitType type = null;
        Mark codeMark = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "code":
                    in.once(code, member);
                    code = in.string("a unit code");
                    codeMark = in.mark();
                    break;
                case "name":
                    in.once(name, member);
                    name = in.nonBlankText("a unit name");
                    break;
                case "type":
                    in.once(type, member);
                    type = enumValue(in, UnitType.class, "a unit type");
                    break;
                default:
                    throw in.unknownMember(member, "code, name, type");
            }
        }
        JsonIn.require(code, "code", m, "a budget unit");
        JsonIn.require(name, "name", m, "a budget unit");
        JsonIn.require(type, "type", m, "a budget unit");
        try {
            return new BudgetUnit(code, name, type);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(codeMark, e);
        }
    }

    /**
     * Writes a budget unit.
     *
     * @param g the generator
     * @param u the unit
     * @throws IOException on a write failure
     */
    public static void writeUnit(JsonGenerator g, BudgetUnit u) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", u.code());
        g.writeStringField("name", u.name());
        g.writeStringField("type", u.type().name());
        g.writeEndObject();
    }

    /**
     * Reads a reporting entity object at the current token.
     *
     * @param in the cursor, at the start of the object
     * @return the entity
     * @throws IOException on a Jackson failure
     */
    public static ReportingEntity entityHere(JsonIn in) throws IOException {
        Mark m = in.startObject("the entity");
        String name = null;
        List<BudgetUnit> units = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "name":
                    in.once(name, member);
                    name = in.nonBlankText("the entity name");
                    break;
                case "units":
                    in.once(units, member);
                    in.next();
                    in.startArray("units");
                    units = new ArrayList<>();
                    Map<String, Integer> seen = new HashMap<>();
                    while (in.nextElement()) {
                        Mark at = in.mark();
                        BudgetUnit u = unitHere(in);
                        Integer before = seen.putIfAbsent(u.code(), units.size());
                        if (before != null) {
                            throw JsonIn.at(at, Kind.DUPLICATE_ENTRY,
                                    "unit " + u.code() + " is listed twice (first as unit " + before + ")", null);
                        }
                        units.add(u);
                    }
                    break;
                default:
                    throw in.unknownMember(member, "name, units");
            }
        }
        JsonIn.require(name, "name", m, "the entity");
        try {
            return new ReportingEntity(name, units == null ? List.of() : units);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(m, e);
        }
    }

    /**
     * Writes a reporting entity; {@code units} is written only when there are units.
     *
     * @param g the generator
     * @param e the entity
     * @throws IOException on a write failure
     */
    public static void writeEntity(JsonGenerator g, ReportingEntity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        if (!e.units().isEmpty()) {
            g.writeArrayFieldStart("units");
            for (BudgetUnit u : e.units()) {
                writeUnit(g, u);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
