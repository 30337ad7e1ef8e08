package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.yusuan.core.BudgetException;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountException;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.json.JsonFormatException;
import dev.yusuan.json.JsonFormatException.Kind;
import dev.yusuan.json.LedgerHandler;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.io.UncheckedIOException;
import dev.yusuan.core.ledger.LineVisitor;

/**
 * Reads and writes {@code ledger} documents by hand over {@link JsonParser} and
 * {@link JsonGenerator}: no tree, no object per line beyond what the handler asks for.
 */
public final class LedgerCodec {
    private static final FundSource[] SOURCES = FundSource.values();
    private static final SpendingType[] TYPES = SpendingType.values();
    private static final char[][] SOURCE_IDS = new char[SOURCES.length][];
    private static final char[][] TYPE_IDS = new char[TYPES.length][];
    private static final SerializableString[] SOURCE_STRINGS = new SerializableString[SOURCES.length];
    private static final SerializableString[] TYPE_STRINGS = new SerializableString[TYPES.length];

    private static final int[] SOURCE_INDEX;
    private static final int[] TYPE_INDEX;

    static {
        for (int i = 0; i < SOURCES.length; i++) {
            SOURCE_IDS[i] = SOURCES[i].id().toCharArray();
            SOURCE_STRINGS[i] = new SerializedString(SOURCES[i].id());
        }
        for (int i = 0; i < TYPES.length; i++) {
            TYPE_IDS[i] = TYPES[i].id().toCharArray();
            TYPE_STRINGS[i] = new SerializedString(TYPES[i].id());
        }
        SOURCE_INDEX = index(SOURCE_IDS);
        TYPE_INDEX = index(TYPE_IDS);
    }

    static final SerializedString F_FUNCTION = new SerializedString("function");
    static final SerializedString F_ECONOMIC = new SerializedString("economic");
    static final SerializedString F_SOURCE = new SerializedString("source");
    static final SerializedString F_TYPE = new SerializedString("type");
    static final SerializedString F_UNIT = new SerializedString("unit");
    static final SerializedString F_AMOUNT = new SerializedString("amount");
    static final SerializedString F_KIND = new SerializedString("kind");
    /** The line members by index 1..6 (index 0 unused), for the predicted-name fast path. */
    private static final SerializedString[] FIELD_NAMES = {null, F_FUNCTION, F_ECONOMIC, F_SOURCE, F_TYPE, F_UNIT, F_AMOUNT};

    private static final String HEADER_MEMBERS = "entity, year, stage, unit, scale, economicScheme";
    private static final String LINE_MEMBERS = "function, economic, source, type, unit, amount";

    private LedgerCodec() {
    }

    // ================================================================ keys

    /**
     * Packs the key of a line into a non-negative long that sorts like the key: unit slot (16 bits,
     * 0 = none), function 项 (20), economic code (20, in code order, 0 = none), fund source (4),
     * spending type (3).
     */
    static long lineKey(int unitSlot, int function, int economicKey, int source, int type) {
        return ((long) unitSlot << 47) | ((long) (function - 2_000_000) << 27) | ((long) economicKey << 7) | ((long) source << 3) | type;
    }

    /** Packs the key of a balance: unit slot, function 项, fund source, kind. */
    static long balanceKey(BalanceKind kind, int function, FundSource source, int unitSlot) {
        return ((long) unitSlot << 30) | ((long) (function - 2_000_000) << 8) | ((long) source.ordinal() << 3) | kind.ordinal();
    }

    /** The economic part of a line key: 0 for none, a 款 d·xxxx as xxxx·101+1, a local code d·xxxx·yy as xxxx·101+2+yy. */
    static int economicKey(int code) {
        if (code == 0) {
            return 0;
        }
        if (code < 100_000) {
            return (code % 10_000) * 101 + 1;
        }
        return ((code / 100) % 10_000) * 101 + 2 + code % 100;
    }

    // ================================================================ reading

    /** The state of one reading: the header, its unit index, reusable buffers. */
    private static final class Reading {
        final JsonIn in;
        final JsonParser p;
        LedgerHeader header;
        int scale;
        char economicLead;
        Scheme scheme;
        Stage stage;
        UnitIndex units;
        final Amounts.Parsed parsed = new Amounts.Parsed();

        Reading(JsonIn in) {
            this.in = in;
            this.p = in.parser();
        }
    }

    /**
     * Reads a whole {@code ledger} document, passing it to a handler.
     *
     * @param in the cursor, before or at the first token of the document
     * @param handler the handler
     * @return the header
     * @throws IOException on a Jackson failure
     */
    public static LedgerHeader read(JsonIn in, LedgerHandler handler) throws IOException {
        Reading r = new Reading(in);
        Mark doc = Documents.readHeader(in, Documents.LEDGER);
        HeaderFields fields = new HeaderFields();
        int body = 0; // 0 header, 1 after balances, 2 after initialBudget, 3 after lines
        for (String member; (member = in.nextMember()) != null;) {
            if (body == 3) {
                throw in.error(Kind.MEMBER_ORDER, "member '" + member + "' after 'lines': 'lines' is the last member of a ledger");
            }
            switch (member) {
                case "entity":
                case "year":
                case "stage":
                case "unit":
                case "scale":
                case "economicScheme":
                    if (body > 0) {
                        throw in.error(Kind.MEMBER_ORDER, "header member '" + member + "' after the balances or the initial budget: "
                                + "a ledger's header members (" + HEADER_MEMBERS + ") come first");
                    }
                    break;
                default:
                    break;
            }
            if (fields.read(member, in)) {
                if ("economicScheme".equals(member)) {
                    if (fields.scheme != Scheme.DEPARTMENT_ECONOMIC && fields.scheme != Scheme.GOVERNMENT_ECONOMIC) {
                        throw in.error(Kind.INVALID_VALUE, "the economic scheme is DEPARTMENT_ECONOMIC or GOVERNMENT_ECONOMIC, found "
                                + fields.scheme);
                    }
                }
                continue;
            }
            switch (member) {
                case "balances":
                case "initialBudget":
                case "lines": {
                    int at = "balances".equals(member) ? 1 : "initialBudget".equals(member) ? 2 : 3;
                    if (at <= body) {
                        throw in.error(body == at ? Kind.DUPLICATE_MEMBER : Kind.MEMBER_ORDER, body == at
                                ? "member '" + member + "' appears twice in the object; a member may appear once"
                                : "member '" + member + "' out of order: a ledger has balances, then initialBudget, then lines");
                    }
                    if (r.header == null) {
                        String missing = fields.firstMissing();
                        if (missing != null) {
                            throw in.error(Kind.MISSING_MEMBER, "'" + member + "' before '" + missing + "': a ledger's header members ("
                                    + HEADER_MEMBERS + ") are all required and come before its balances and lines");
                        }
                        LedgerHeader h = fields.build(doc);
                        start(r, h);
                        handler.header(h);
                    }
                    body = at;
                    if (at == 1) {
                        readBalances(r, handler);
                    } else if (at == 2) {
                        if (fields.stage.isBudget()) {
                            throw in.error(Kind.INVALID_VALUE, "only a final account (FINAL_ACCOUNT) has an initial budget; this ledger is "
                                    + fields.stage);
                        }
                        readInitialBudget(r, handler);
                    } else {
                        readLines(r, handler);
                    }
                    break;
                }
                default:
                    throw in.unknownMember(member, "format, type, " + HEADER_MEMBERS + ", balances, initialBudget, lines");
            }
        }
        if (body < 3) {
            if (r.header == null) {
                fields.requireAll(doc, "a ledger");
            }
            throw JsonIn.at(doc, Kind.MISSING_MEMBER, "a ledger has no 'lines' member; it is required (write \"lines\": [] for none)", null);
        }
        return r.header;
    }

    private static void start(Reading r, LedgerHeader h) {
        r.header = h;
        r.scale = h.scale();
        r.scheme = h.economicScheme();
        r.economicLead = h.economicScheme().leadingDigit();
        r.stage = h.stage();
        r.units = new UnitIndex(h.entity().units());
    }

    private static void readInitialBudget(Reading r, LedgerHandler handler) throws IOException {
        JsonIn in = r.in;
        in.next();
        Mark m = in.startObject("the initial budget");
        LedgerHeader main = r.header;
        LedgerHeader budget = main.withStage(Stage.BUDGET);
        LedgerHandler sub;
        try {
            sub = handler.initialBudget(budget);
        } catch (BudgetException e) {
            throw JsonIn.invalid(m, e);
        }
        Reading br = new Reading(in);
        start(br, budget);
        int body = 0;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "balances":
                    if (body >= 1) {
                        throw in.error(body == 1 ? Kind.DUPLICATE_MEMBER : Kind.MEMBER_ORDER, body == 1
                                ? "member 'balances' appears twice in the object; a member may appear once"
                                : "member 'balances' after 'lines': 'lines' is the last member of the initial budget");
                    }
                    body = 1;
                    readBalances(br, sub);
                    break;
                case "lines":
                    in.once(body == 2, member);
                    body = 2;
                    readLines(br, sub);
                    break;
                default:
                    throw in.error(body == 2 ? Kind.MEMBER_ORDER : Kind.UNKNOWN_MEMBER, body == 2
                            ? "member '" + member + "' after 'lines': 'lines' is the last member of the initial budget"
                            : "unknown member '" + member + "'; allowed here: balances, lines");
            }
        }
        if (body < 2) {
            throw JsonIn.at(m, Kind.MISSING_MEMBER, "the initial budget has no 'lines' member; it is required", null);
        }
        if (sub != null) {
            try {
                sub.end();
            } catch (BudgetException e) {
                throw JsonIn.invalid(m, e);
            }
        }
    }

    private static void readBalances(Reading r, LedgerHandler handler) throws IOException {
        JsonIn in = r.in;
        in.next();
        in.startArray("balances");
        Set<Long> seen = new HashSet<>();
        while (in.nextElement()) {
            Mark m = in.startObject("a balance");
            BalanceKind kind = null;
            FunctionCode function = null;
            FundSource source = null;
            Optional<String> unit = null;
            int unitSlot = 0;
            Amount amount = null;
            for (String member; (member = in.nextMember()) != null;) {
                switch (member) {
                    case "kind":
                        in.once(kind, member);
                        kind = Values.enumValue(in, BalanceKind.class, "a balance kind");
                        if (!kind.allowedIn(r.stage)) {
                            throw in.error(Kind.INVALID_VALUE, "a " + r.stage + " ledger holds no " + kind + " (" + kind.chineseName()
                                    + ") balance" + (r.stage.isBudget() ? "; a budget holds 上年结转 and 用事业基金弥补 as fund sources" : ""));
                        }
                        break;
                    case "function": {
                        in.once(function, member);
                        String s = in.string("a function code");
                        function = (FunctionCode) Values.code(in, Scheme.FUNCTION, s);
                        if (function.level() != CodeLevel.ITEM) {
                            throw in.error(Kind.INVALID_VALUE, "function code " + s + " is a " + function.level().chineseName()
                                    + "; a balance needs a 项 (7 digits)");
                        }
                        break;
                    }
                    case "source":
                        in.once(source, member);
                        source = Values.enumValue(in, FundSource.class, "a fund source");
                        checkSourceInStage(r, source);
                        break;
                    case "unit": {
                        in.once(unit, member);
                        in.next();
                        if (in.current() != JsonToken.VALUE_STRING) {
                            throw in.error(Kind.WRONG_TYPE, "a unit code must be a string, found " + JsonIn.describe(in.current()));
                        }
                        int u = unitIndex(r);
                        unitSlot = u + 1;
                        unit = Optional.of(r.header.entity().units().get(u).code());
                        break;
                    }
                    case "amount":
                        in.once(amount, member);
                        in.next();
                        amount = Amount.of(amountAtScale(r), r.scale);
                        break;
                    default:
                        throw in.unknownMember(member, "kind, function, source, unit, amount");
                }
            }
            JsonIn.require(kind, "kind", m, "a balance");
            JsonIn.require(function, "function", m, "a balance");
            JsonIn.require(source, "source", m, "a balance");
            JsonIn.require(amount, "amount", m, "a balance");
            if ((kind == BalanceKind.SURPLUS_DISTRIBUTION || kind == BalanceKind.USE_OF_NON_FISCAL_SURPLUS) && source.isFiscal()) {
                throw JsonIn.at(m, Kind.INVALID_VALUE, kind + " (" + kind.chineseName() + ") concerns non-fiscal money; it cannot have the "
                        + "fiscal source " + source.id(), null);
            }
            long key = balanceKey(kind, function.toInt(), source, unitSlot);
            if (!seen.add(key)) {
                throw JsonIn.at(m, Kind.DUPLICATE_ENTRY, "a balance with the same kind, function, source and unit ("
                        + kind + ", " + function + ", " + source.id() + (unit == null ? "" : ", " + unit.get())
                        + ") appears earlier; each appears once", null);
            }
            BalanceLine b = new BalanceLine(kind, function, source, unit == null ? Optional.empty() : unit, amount);
            if (handler != null) {
                try {
                    handler.balance(b);
                } catch (BudgetException e) {
                    throw JsonIn.invalid(m, e);
                }
            }
        }
    }

    private static void checkSourceInStage(Reading r, FundSource source) {
        if (!r.stage.isBudget() && (source == FundSource.CARRY_OVER || source == FundSource.BUSINESS_FUND)) {
            throw r.in.error(Kind.INVALID_VALUE, "a final account holds " + source.id() + " (" + source.chineseName() + ") as a balance ("
                    + (source == FundSource.CARRY_OVER ? BalanceKind.OPENING_CARRY_OVER : BalanceKind.USE_OF_NON_FISCAL_SURPLUS)
                    + "), not as a fund source");
        }
    }

    /** The lines loop: the hot path. */
    private static void readLines(Reading r, LedgerHandler handler) throws IOException {
        JsonIn in = r.in;
        JsonParser p = r.p;
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
            throw in.error(Kind.WRONG_TYPE, "lines must be an array, found " + JsonIn.describe(t));
        }
        KeySet keys = new KeySet();
        int[] predicted = {1, 2, 3, 4, 5, 6, 0};
        final int scale = r.scale;
        final boolean budget = r.stage.isBudget();
        long index = 0;
        while (true) {
            t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                break;
            }
            if (t != JsonToken.START_OBJECT) {
                throw in.error(t == null ? Kind.SYNTAX : Kind.WRONG_TYPE, t == null ? "malformed JSON: unexpected end of input in lines"
                        : "a line must be an object, found " + JsonIn.describe(t));
            }
            int function = 0;
            int economic = 0;
            int source = -1;
            int type = -1;
            int unitSlot = 0;
            long amount = 0;
            int seen = 0;
            int last = 0;
            while (true) {
                // predict the next member from the previous line: a match skips the name lookup
                int bit;
                int guess = predicted[last];
                if (guess != 0 && p.nextFieldName(FIELD_NAMES[guess])) {
                    bit = 1 << (guess - 1);
                } else {
                    t = guess == 0 ? p.nextToken() : p.currentToken();
                    if (t != JsonToken.FIELD_NAME) {
                        break;
                    }
                    String name = p.currentName();
                    switch (name) {
                        case "function":
                            bit = 1;
                            break;
                        case "economic":
                            bit = 2;
                            break;
                        case "source":
                            bit = 4;
                            break;
                        case "type":
                            bit = 8;
                            break;
                        case "unit":
                            bit = 16;
                            break;
                        case "amount":
                            bit = 32;
                            break;
                        default:
                            throw in.unknownMember(name, LINE_MEMBERS);
                    }
                    predicted[last] = Integer.numberOfTrailingZeros(bit) + 1;
                }
                last = Integer.numberOfTrailingZeros(bit) + 1;
                String name = FIELD_NAMES[last].getValue();
                if ((seen & bit) != 0) {
                    in.once(true, name);
                }
                seen |= bit;
                t = p.nextToken();
                if (t != JsonToken.VALUE_STRING) {
                    if (bit == 32 && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
                        throw in.error(Kind.WRONG_TYPE, "an amount must be a JSON string holding a decimal, found the number " + p.getText()
                                + " (write \"" + p.getText() + "\")");
                    }
                    throw in.error(Kind.WRONG_TYPE, "'" + name + "' must be a string, found " + JsonIn.describe(t));
                }
                char[] c = p.getTextCharacters();
                int off = p.getTextOffset();
                int len = p.getTextLength();
                switch (bit) {
                    case 1:
                        function = functionItem(r, c, off, len);
                        break;
                    case 2:
                        economic = economic(r, c, off, len);
                        break;
                    case 4:
                        source = match(SOURCE_INDEX, SOURCE_IDS, c, off, len);
                        if (source < 0) {
                            throw in.error(Kind.INVALID_VALUE, "fund source '" + p.getText() + "' is not one of " + Values.allowed(FundSource.class));
                        }
                        if (!budget && (source == FundSource.CARRY_OVER.ordinal() || source == FundSource.BUSINESS_FUND.ordinal())) {
                            checkSourceInStage(r, SOURCES[source]);
                        }
                        break;
                    case 8:
                        type = match(TYPE_INDEX, TYPE_IDS, c, off, len);
                        if (type < 0) {
                            throw in.error(Kind.INVALID_VALUE, "spending type '" + p.getText() + "' is not one of " + Values.allowed(SpendingType.class));
                        }
                        if (budget && TYPES[type].isFinalAccountOnly()) {
                            throw in.error(Kind.INVALID_VALUE, "spending type '" + p.getText() + "' (" + TYPES[type].chineseName()
                                    + ") appears only in final accounts, not in a " + r.stage + " ledger");
                        }
                        break;
                    case 16:
                        unitSlot = unitIndex(r) + 1;
                        break;
                    default:
                        if (!Amounts.parse(c, off, len, r.parsed)) {
                            throw in.error(Kind.INVALID_VALUE, "amount '" + p.getText() + "' is not an amount: " + r.parsed.error);
                        }
                        if (r.parsed.scale != scale) {
                            throw scaleError(r);
                        }
                        amount = r.parsed.unscaled;
                        break;
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw in.error(Kind.SYNTAX, "malformed JSON: expected a member name or '}'");
            }
            predicted[last] = 0;
            if ((seen & (1 | 4 | 8 | 32)) != (1 | 4 | 8 | 32)) {
                String missing = (seen & 1) == 0 ? "function" : (seen & 4) == 0 ? "source" : (seen & 8) == 0 ? "type" : "amount";
                throw in.error(Kind.MISSING_MEMBER, "line " + index + " has no '" + missing + "' member; it is required");
            }
            if (!keys.add(lineKey(unitSlot, function, economicKey(economic), source, type))) {
                throw in.error(Kind.DUPLICATE_ENTRY, "line " + index + " has the same key as an earlier line (function " + function
                        + (economic == 0 ? "" : ", economic " + economic) + ", source " + SOURCES[source].id() + ", type " + TYPES[type].id()
                        + (unitSlot == 0 ? "" : ", unit " + r.header.entity().units().get(unitSlot - 1).code())
                        + "); each key appears once");
            }
            if (handler != null) {
                try {
                    handler.visit(function, economic, SOURCES[source], TYPES[type], unitSlot - 1, amount);
                } catch (BudgetException e) {
                    throw JsonIn.invalid(in.mark(), e);
                }
            }
            index++;
        }
    }

    private static JsonFormatException scaleError(Reading r) {
        Amounts.Parsed a = r.parsed;
        String text = Amounts.formatted(a.unscaled, a.scale);
        if (a.scale < r.scale) {
            return r.in.error(Kind.INVALID_VALUE, "amount '" + text + "' has " + a.scale + " decimals; every amount of this ledger has exactly "
                    + r.scale + " (scale): write '" + Amounts.formatted(Amount.of(a.unscaled, a.scale).withScale(r.scale).unscaledValue(), r.scale)
                    + "'");
        }
        return r.in.error(Kind.INVALID_VALUE, "amount '" + text + "' has " + a.scale + " decimals, more than this ledger's scale " + r.scale
                + "; nothing is rounded");
    }

    private static long amountAtScale(Reading r) throws IOException {
        JsonParser p = r.p;
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            Values.amountHere(r.in, "an amount");
        }
        if (!Amounts.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), r.parsed)) {
            throw r.in.error(Kind.INVALID_VALUE, "amount '" + p.getText() + "' is not an amount: " + r.parsed.error);
        }
        if (r.parsed.scale != r.scale) {
            throw scaleError(r);
        }
        return r.parsed.unscaled;
    }

    /** Index of ids by (length, first character): each id's position + 1, 0 for none. */
    private static int[] index(char[][] ids) {
        int[] table = new int[32 * 128];
        for (int i = 0; i < ids.length; i++) {
            int slot = slot(ids[i], 0, ids[i].length);
            if (table[slot] != 0) {
                throw new ExceptionInInitializerError("vocabulary ids collide on length and first character: " + new String(ids[i]));
            }
            table[slot] = i + 1;
        }
        return table;
    }

    private static int slot(char[] c, int off, int len) {
        return (len & 31) * 128 + (c[off] & 127);
    }

    private static int match(int[] index, char[][] ids, char[] c, int off, int len) {
        if (len == 0 || len > 31 || c[off] > 127) {
            return -1;
        }
        int i = index[slot(c, off, len)] - 1;
        if (i < 0) {
            return -1;
        }
        char[] id = ids[i];
        if (id.length != len) {
            return -1;
        }
        for (int j = 0; j < len; j++) {
            if (id[j] != c[off + j]) {
                return -1;
            }
        }
        return i;
    }

    private static int digits(char[] c, int off, int len) {
        int v = 0;
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static int functionItem(Reading r, char[] c, int off, int len) throws IOException {
        if (len == 7 && c[off] == '2') {
            int v = digits(c, off, len);
            if (v >= 0) {
                return v;
            }
        }
        String s = r.p.getText();
        FunctionCode code = (FunctionCode) Values.code(r.in, Scheme.FUNCTION, s);
        throw r.in.error(Kind.INVALID_VALUE, "function code " + code + " is a " + code.level().chineseName() + "; a ledger line needs a 项 (7 digits)");
    }

    private static int economic(Reading r, char[] c, int off, int len) throws IOException {
        if ((len == 5 || len == 7) && c[off] == r.economicLead) {
            int v = digits(c, off, len);
            if (v >= 0) {
                return v;
            }
        }
        String s = r.p.getText();
        Scheme other = r.scheme == Scheme.DEPARTMENT_ECONOMIC ? Scheme.GOVERNMENT_ECONOMIC : Scheme.DEPARTMENT_ECONOMIC;
        if (!s.isEmpty() && s.charAt(0) == other.leadingDigit()) {
            throw r.in.error(Kind.INVALID_VALUE, "economic code " + s + " is a " + other.chineseName() + " code; this ledger holds "
                    + r.scheme.chineseName() + " codes (economicScheme " + r.scheme + ")");
        }
        ClassificationCode<?> code = Values.code(r.in, r.scheme, s);
        throw r.in.error(Kind.INVALID_VALUE, "economic code " + code + " is a " + code.level().chineseName()
                + "; a ledger line needs a 款 (5 digits) or a local sub-item (7 digits)");
    }

    private static int unitIndex(Reading r) throws IOException {
        JsonParser p = r.p;
        int u = r.units.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (u < 0) {
            throw r.in.error(Kind.INVALID_VALUE, "unit '" + p.getText() + "' is not a unit of the entity (units: " + r.units.codes() + ")");
        }
        return u;
    }

    // ================================================================ writing

    /** Writes lines and balances with the header's tables; one instance per document. */
    public static final class Writer {
        private final JsonGenerator g;
        private final LedgerHeader header;
        private final SerializableString[] unitCodes;
        private final UnitIndex units;
        private final char[] buf = new char[32];
        private KeySet keys;
        private final Set<Long> balanceKeys = new HashSet<>();
        private long index;

        /**
         * @param g the generator
         * @param header the header
         * @param checkDuplicates whether to check that no line key appears twice
         */
        public Writer(JsonGenerator g, LedgerHeader header, boolean checkDuplicates) {
            this.g = g;
            this.header = header;
            List<BudgetUnit> us = header.entity().units();
            this.unitCodes = new SerializableString[us.size()];
            for (int i = 0; i < us.size(); i++) {
                unitCodes[i] = new SerializedString(us.get(i).code());
            }
            this.units = new UnitIndex(us);
            this.keys = checkDuplicates ? new KeySet() : null;
        }

        /**
         * Writes one line object from primitives.
         *
         * @param function the function 项
         * @param economic the economic code, 0 for none
         * @param source the fund source
         * @param type the spending type
         * @param unitIndex the unit index, -1 for none
         * @param unscaled the amount at the header's scale
         * @throws IOException on a write failure
         */
        public void line(int function, int economic, FundSource source, SpendingType type, int unitIndex, long unscaled) throws IOException {
            if (keys != null && !keys.add(lineKey(unitIndex + 1, function, economicKey(economic), source.ordinal(), type.ordinal()))) {
                throw Values.notWritable(g, "line " + index + " has the same key as an earlier line (function " + function
                        + (economic == 0 ? "" : ", economic " + economic) + ", source " + source.id() + ", type " + type.id()
                        + (unitIndex < 0 ? "" : ", unit " + header.entity().units().get(unitIndex).code())
                        + "); the format holds each key once: add the amounts first");
            }
            if (unscaled >= 1_000_000_000_000_000_000L || unscaled <= -1_000_000_000_000_000_000L) {
                throw Values.notWritable(g, "line " + index + ": amount " + unscaled + "E-" + header.scale() + " has more than "
                        + Amounts.MAX_DIGITS + " significant digits");
            }
            g.writeStartObject();
            g.writeFieldName(F_FUNCTION);
            g.writeString(buf, 0, intChars(function, buf));
            if (economic != 0) {
                g.writeFieldName(F_ECONOMIC);
                g.writeString(buf, 0, intChars(economic, buf));
            }
            g.writeFieldName(F_SOURCE);
            g.writeString(SOURCE_STRINGS[source.ordinal()]);
            g.writeFieldName(F_TYPE);
            g.writeString(TYPE_STRINGS[type.ordinal()]);
            if (unitIndex >= 0) {
                g.writeFieldName(F_UNIT);
                g.writeString(unitCodes[unitIndex]);
            }
            g.writeFieldName(F_AMOUNT);
            g.writeString(buf, 0, Amounts.format(unscaled, header.scale(), buf));
            g.writeEndObject();
            index++;
        }

        /**
         * Writes one line given as primitives, checking it against the header first.
         *
         * @param function the function 项
         * @param economic the economic code of the header's scheme, 0 for none
         * @param source the fund source
         * @param type the spending type
         * @param unitIndex the unit index, -1 for none
         * @param unscaled the amount at the header's scale
         * @throws IOException on a write failure
         */
        public void checkedLine(int function, int economic, FundSource source, SpendingType type, int unitIndex, long unscaled)
                throws IOException {
            if (function < 2_000_000 || function > 2_999_999) {
                throw Values.notWritable(g, "line " + index + ": function code " + function + " is not a 支出功能分类 项 (7 digits starting with 2)");
            }
            char lead = header.economicScheme().leadingDigit();
            int base5 = (lead - '0') * 10_000;
            int base7 = (lead - '0') * 1_000_000;
            if (economic != 0 && !(economic >= base5 && economic < base5 + 10_000) && !(economic >= base7 && economic < base7 + 1_000_000)) {
                throw Values.notWritable(g, "line " + index + ": economic code " + economic + " is not a " + header.economicScheme().chineseName()
                        + " 款 or local sub-item");
            }
            if (source == null || type == null) {
                throw new NullPointerException("line " + index + ": source and type are required");
            }
            if (header.stage().isBudget() && type.isFinalAccountOnly()) {
                throw Values.notWritable(g, "line " + index + ": spending type " + type.id() + " appears only in final accounts");
            }
            if (!header.stage().isBudget() && (source == FundSource.CARRY_OVER || source == FundSource.BUSINESS_FUND)) {
                throw Values.notWritable(g, "line " + index + ": a final account holds " + source.id() + " as a balance, not a fund source");
            }
            if (unitIndex < -1 || unitIndex >= unitCodes.length) {
                throw Values.notWritable(g, "line " + index + ": unit index " + unitIndex + " is outside -1.." + (unitCodes.length - 1));
            }
            line(function, economic, source, type, unitIndex, unscaled);
        }

        /**
         * Writes one line, checking it against the header.
         *
         * @param l the line
         * @throws IOException on a write failure
         */
        public void line(LedgerLine l) throws IOException {
            int economic = 0;
            Optional<ClassificationCode<?>> e = l.economic();
            if (e.isPresent()) {
                if (e.get().scheme() != header.economicScheme()) {
                    throw Values.notWritable(g, "line " + index + ": economic code " + e.get() + " is a " + e.get().scheme().chineseName()
                            + " code; the ledger holds " + header.economicScheme().chineseName() + " codes");
                }
                economic = e.get().toInt();
            }
            if (header.stage().isBudget() && l.type().isFinalAccountOnly()) {
                throw Values.notWritable(g, "line " + index + ": spending type " + l.type().id() + " appears only in final accounts");
            }
            if (!header.stage().isBudget() && (l.source() == FundSource.CARRY_OVER || l.source() == FundSource.BUSINESS_FUND)) {
                throw Values.notWritable(g, "line " + index + ": a final account holds " + l.source().id() + " as a balance, not a fund source");
            }
            int unitIndex = -1;
            if (l.unit().isPresent()) {
                unitIndex = units.find(l.unit().get());
                if (unitIndex < 0) {
                    throw Values.notWritable(g, "line " + index + ": unit " + l.unit().get() + " is not a unit of the entity");
                }
            }
            line(l.function().toInt(), economic, l.source(), l.type(), unitIndex, atScale(l.amount()));
        }

        private long atScale(Amount a) {
            try {
                return a.withScale(header.scale(), RoundingMode.UNNECESSARY).unscaledValue();
            } catch (AmountException e) {
                throw new JsonFormatException(Kind.NOT_WRITABLE, Values.nextPointer(g), 0, 0,
                        "line " + index + ": amount " + a + " cannot be written at the ledger's scale " + header.scale() + " without rounding", e);
            }
        }

        /**
         * Writes one balance.
         *
         * @param b the balance
         * @throws IOException on a write failure
         */
        public void balance(BalanceLine b) throws IOException {
            if (!b.kind().allowedIn(header.stage())) {
                throw Values.notWritable(g, "a " + header.stage() + " ledger holds no " + b.kind() + " balance");
            }
            int unitIndex = -1;
            if (b.unit().isPresent()) {
                unitIndex = units.find(b.unit().get());
                if (unitIndex < 0) {
                    throw Values.notWritable(g, "balance unit " + b.unit().get() + " is not a unit of the entity");
                }
            }
            if (!balanceKeys.add(balanceKey(b.kind(), b.function().toInt(), b.source(), unitIndex + 1))) {
                throw Values.notWritable(g, "a balance with the same kind, function, source and unit (" + b.kind() + ", " + b.function()
                        + ", " + b.source().id() + b.unit().map(u -> ", " + u).orElse("") + ") comes earlier; the format holds each "
                        + "once: add the amounts first");
            }
            g.writeStartObject();
            g.writeFieldName(F_KIND);
            g.writeString(b.kind().name());
            g.writeFieldName(F_FUNCTION);
            g.writeString(b.function().toString());
            g.writeFieldName(F_SOURCE);
            g.writeString(SOURCE_STRINGS[b.source().ordinal()]);
            if (unitIndex >= 0) {
                g.writeFieldName(F_UNIT);
                g.writeString(unitCodes[unitIndex]);
            }
            g.writeFieldName(F_AMOUNT);
            g.writeString(buf, 0, Amounts.format(atScale(b.amount()), header.scale(), buf));
            g.writeEndObject();
        }
    }

    private static int intChars(int v, char[] buf) {
        int n = 0;
        int x = v;
        do {
            n++;
            x /= 10;
        } while (x != 0);
        for (int i = n - 1; i >= 0; i--) {
            buf[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return n;
    }

    /**
     * Writes the header members (after the envelope).
     *
     * @param g the generator
     * @param h the header
     * @throws IOException on a write failure
     */
    public static void writeHeaderMembers(JsonGenerator g, LedgerHeader h) throws IOException {
        g.writeFieldName("entity");
        Values.writeEntity(g, h.entity());
        g.writeNumberField("year", h.year());
        g.writeStringField("stage", h.stage().name());
        g.writeStringField("unit", h.unit().name());
        g.writeNumberField("scale", h.scale());
        g.writeStringField("economicScheme", h.economicScheme().name());
    }

    /**
     * Writes a whole ledger document.
     *
     * @param g the generator
     * @param ledger the ledger
     * @throws IOException on a write failure
     */
    public static void write(JsonGenerator g, Ledger ledger) throws IOException {
        LedgerHeader h = ledger.header();
        Documents.writeHeader(g, Documents.LEDGER);
        writeHeaderMembers(g, h);
        writeBody(g, ledger);
        g.writeEndObject();
    }

    private static void writeBody(JsonGenerator g, Ledger ledger) throws IOException {
        Writer w = new Writer(g, ledger.header(), ledger.distinctCombinations() < ledger.size());
        if (!ledger.balances().isEmpty()) {
            g.writeArrayFieldStart("balances");
            for (BalanceLine b : ledger.balances()) {
                w.balance(b);
            }
            g.writeEndArray();
        }
        if (ledger.initialBudget().isPresent()) {
            g.writeObjectFieldStart("initialBudget");
            writeBody(g, ledger.initialBudget().get());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("lines");
        IOException[] failure = new IOException[1];
        ledger.forEachLine((function, economic, source, type, unitIndex, unscaled) -> {
            if (failure[0] == null) {
                try {
                    w.line(function, economic, source, type, unitIndex, unscaled);
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        g.writeEndArray();
    }

    /**
     * Writes a ledger document from a header, balances and an iterator of lines.
     *
     * @param g the generator
     * @param h the header
     * @param balances the balances
     * @param lines the lines
     * @throws IOException on a write failure
     */
    public static void write(JsonGenerator g, LedgerHeader h, List<BalanceLine> balances, Iterator<LedgerLine> lines) throws IOException {
        Documents.writeHeader(g, Documents.LEDGER);
        writeHeaderMembers(g, h);
        Writer w = new Writer(g, h, true);
        if (!balances.isEmpty()) {
            g.writeArrayFieldStart("balances");
            for (BalanceLine b : balances) {
                w.balance(b);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("lines");
        while (lines.hasNext()) {
            w.line(lines.next());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a ledger document whose lines a producer pushes as primitives.
     *
     * @param g the generator
     * @param h the header
     * @param balances the balances
     * @param lines the producer
     * @throws IOException on a write failure
     */
    public static void write(JsonGenerator g, LedgerHeader h, List<BalanceLine> balances, Consumer<? super LineVisitor> lines)
            throws IOException {
        Documents.writeHeader(g, Documents.LEDGER);
        writeHeaderMembers(g, h);
        Writer w = new Writer(g, h, true);
        if (!balances.isEmpty()) {
            g.writeArrayFieldStart("balances");
            for (BalanceLine b : balances) {
                w.balance(b);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("lines");
        try {
            lines.accept((LineVisitor) (function, economic, source, type, unitIndex, unscaled) -> {
                try {
                    w.checkedLine(function, economic, source, type, unitIndex, unscaled);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // ================================================================ values on their own

    /**
     * Reads a ledger header object ({@code entity, year, stage, unit, scale, economicScheme}).
     *
     * @param in the cursor, at the object
     * @return the header
     * @throws IOException on a Jackson failure
     */
    public static LedgerHeader headerHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a ledger header");
        HeaderFields fields = new HeaderFields();
        for (String member; (member = in.nextMember()) != null;) {
            if (!fields.read(member, in)) {
                throw in.unknownMember(member, HEADER_MEMBERS);
            }
        }
        fields.requireAll(m, "a ledger header");
        return fields.build(m);
    }

    /** The header members of a ledger as they are read, in either place a header is written. */
    private static final class HeaderFields {
        ReportingEntity entity;
        Integer year;
        Stage stage;
        AmountUnit unit;
        Integer scale;
        Scheme scheme;

        /** Reads one header member; false if the member is not a header member. */
        boolean read(String member, JsonIn in) throws IOException {
            switch (member) {
                case "entity":
                    in.once(entity, member);
                    in.next();
                    entity = Values.entityHere(in);
                    return true;
                case "year":
                    in.once(year, member);
                    year = in.integer("the fiscal year", 1990, 2100);
                    return true;
                case "stage":
                    in.once(stage, member);
                    stage = Values.enumValue(in, Stage.class, "the stage");
                    return true;
                case "unit":
                    in.once(unit, member);
                    unit = Values.enumValue(in, AmountUnit.class, "the unit");
                    return true;
                case "scale":
                    in.once(scale, member);
                    scale = in.integer("the scale", 0, LedgerHeader.MAX_SCALE);
                    return true;
                case "economicScheme":
                    in.once(scheme, member);
                    scheme = Values.enumValue(in, Scheme.class, "the economic scheme");
                    return true;
                default:
                    return false;
            }
        }

        String firstMissing() {
            return entity == null ? "entity" : year == null ? "year" : stage == null ? "stage" : unit == null ? "unit"
                    : scale == null ? "scale" : scheme == null ? "economicScheme" : null;
        }

        void requireAll(Mark m, String what) {
            JsonIn.require(entity, "entity", m, what);
            JsonIn.require(year, "year", m, what);
            JsonIn.require(stage, "stage", m, what);
            JsonIn.require(unit, "unit", m, what);
            JsonIn.require(scale, "scale", m, what);
            JsonIn.require(scheme, "economicScheme", m, what);
        }

        LedgerHeader build(Mark m) {
            try {
                return new LedgerHeader(entity, year, stage, unit, scale, scheme);
            } catch (RuntimeException e) {
                throw JsonIn.invalid(m, e);
            }
        }
    }

    /**
     * Writes a ledger header object.
     *
     * @param g the generator
     * @param h the header
     * @throws IOException on a write failure
     */
    public static void writeHeader(JsonGenerator g, LedgerHeader h) throws IOException {
        g.writeStartObject();
        writeHeaderMembers(g, h);
        g.writeEndObject();
    }

    /**
     * Reads a line on its own (outside a ledger): the economic code's scheme is told from its
     * leading digit, the amount keeps its own scale, the unit is any unit code.
     *
     * @param in the cursor, at the object
     * @return the line
     * @throws IOException on a Jackson failure
     */
    public static LedgerLine lineHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a ledger line");
        FunctionCode function = null;
        ClassificationCode<?> economic = null;
        Mark economicMark = null;
        FundSource source = null;
        SpendingType type = null;
        String unit = null;
        Amount amount = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "function":
                    in.once(function, member);
                    function = (FunctionCode) Values.code(in, Scheme.FUNCTION, in.string("the function code"));
                    break;
                case "economic":
                    in.once(economic, member);
                    economic = Values.anyCode(in, in.string("the economic code"));
                    economicMark = in.mark();
                    if (economic.scheme() != Scheme.DEPARTMENT_ECONOMIC && economic.scheme() != Scheme.GOVERNMENT_ECONOMIC) {
                        throw in.error(Kind.INVALID_VALUE, economic + " is not an economic code");
                    }
                    break;
                case "source":
                    in.once(source, member);
                    source = Values.enumValue(in, FundSource.class, "the fund source");
                    break;
                case "type":
                    in.once(type, member);
                    type = Values.enumValue(in, SpendingType.class, "the spending type");
                    break;
                case "unit":
                    in.once(unit, member);
                    unit = in.string("the unit code");
                    break;
                case "amount":
                    in.once(amount, member);
                    amount = Values.amount(in, "the amount");
                    break;
                default:
                    throw in.unknownMember(member, LINE_MEMBERS);
            }
        }
        String what = "a ledger line";
        JsonIn.require(function, "function", m, what);
        JsonIn.require(source, "source", m, what);
        JsonIn.require(type, "type", m, what);
        JsonIn.require(amount, "amount", m, what);
        try {
            LedgerLine l = LedgerLine.of(function, source, type, amount);
            if (economic instanceof dev.yusuan.core.code.DepartmentEconomicCode) {
                l = l.withEconomic((dev.yusuan.core.code.DepartmentEconomicCode) economic);
            } else if (economic != null) {
                l = l.withEconomic((dev.yusuan.core.code.GovernmentEconomicCode) economic);
            }
            return unit == null ? l : l.withUnit(unit);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(economicMark != null ? economicMark : m, e);
        }
    }

    /**
     * Writes a line on its own, its amount with its own scale.
     *
     * @param g the generator
     * @param l the line
     * @throws IOException on a write failure
     */
    public static void writeLine(JsonGenerator g, LedgerLine l) throws IOException {
        g.writeStartObject();
        g.writeStringField("function", l.function().toString());
        if (l.economic().isPresent()) {
            g.writeStringField("economic", l.economic().get().toString());
        }
        g.writeStringField("source", l.source().id());
        g.writeStringField("type", l.type().id());
        if (l.unit().isPresent()) {
            g.writeStringField("unit", l.unit().get());
        }
        g.writeFieldName("amount");
        Values.writeAmount(g, l.amount(), new char[32]);
        g.writeEndObject();
    }

    /**
     * Reads a balance on its own (outside a ledger): the amount keeps its own scale.
     *
     * @param in the cursor, at the object
     * @return the balance
     * @throws IOException on a Jackson failure
     */
    public static BalanceLine balanceHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a balance");
        BalanceKind kind = null;
        FunctionCode function = null;
        FundSource source = null;
        String unit = null;
        Amount amount = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "kind":
                    in.once(kind, member);
                    kind = Values.enumValue(in, BalanceKind.class, "the balance kind");
                    break;
                case "function":
                    in.once(function, member);
                    function = (FunctionCode) Values.code(in, Scheme.FUNCTION, in.string("the function code"));
                    break;
                case "source":
                    in.once(source, member);
                    source = Values.enumValue(in, FundSource.class, "the fund source");
                    break;
                case "unit":
                    in.once(unit, member);
                    unit = in.string("the unit code");
                    break;
                case "amount":
                    in.once(amount, member);
                    amount = Values.amount(in, "the amount");
                    break;
                default:
                    throw in.unknownMember(member, "kind, function, source, unit, amount");
            }
        }
        String what = "a balance";
        JsonIn.require(kind, "kind", m, what);
        JsonIn.require(function, "function", m, what);
        JsonIn.require(source, "source", m, what);
        JsonIn.require(amount, "amount", m, what);
        try {
            return new BalanceLine(kind, function, source, Optional.ofNullable(unit), amount);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(m, e);
        }
    }

    /**
     * Writes a balance on its own, its amount with its own scale.
     *
     * @param g the generator
     * @param b the balance
     * @throws IOException on a write failure
     */
    public static void writeBalance(JsonGenerator g, BalanceLine b) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", b.kind().name());
        g.writeStringField("function", b.function().toString());
        g.writeStringField("source", b.source().id());
        if (b.unit().isPresent()) {
            g.writeStringField("unit", b.unit().get());
        }
        g.writeFieldName("amount");
        Values.writeAmount(g, b.amount(), new char[32]);
        g.writeEndObject();
    }

    // ================================================================ building

    /**
     * A handler that builds a {@link Ledger} with the builder's primitive fast path.
     */
    public static final class Building implements LedgerHandler {
        private Ledger.Builder builder;
        private Building budget;
        private Ledger result;

        @Override
        public void header(LedgerHeader header) {
            builder = Ledger.builder(header);
        }

        @Override
        public void balance(BalanceLine balance) {
            builder.addBalance(balance);
        }

        @Override
        public LedgerHandler initialBudget(LedgerHeader header) {
            budget = new Building();
            budget.header(header);
            return budget;
        }

        @Override
        public void visit(int functionCode, int economicCode, FundSource source, SpendingType type, int unitIndex, long unscaledAmount) {
            builder.add(functionCode, economicCode, source, type, unitIndex, unscaledAmount);
        }

        @Override
        public void end() {
            if (budget != null) {
                builder.initialBudget(budget.result());
            }
            result = builder.build();
        }

        /** @return the ledger built */
        public Ledger result() {
            if (result == null) {
                end();
            }
            return result;
        }
    }

    /** Looks up unit codes from characters without creating strings. */
    static final class UnitIndex {
        private final char[][] codes;
        private final int[] table;
        private final int mask;
        private final List<BudgetUnit> units;

        UnitIndex(List<BudgetUnit> units) {
            this.units = units;
            this.codes = new char[units.size()][];
            int cap = Integer.highestOneBit(Math.max(4, units.size() * 2)) << 1;
            this.table = new int[cap];
            this.mask = cap - 1;
            java.util.Arrays.fill(table, -1);
            for (int i = 0; i < units.size(); i++) {
                codes[i] = units.get(i).code().toCharArray();
                int h = hash(codes[i], 0, codes[i].length) & mask;
                while (table[h] >= 0) {
                    h = (h + 1) & mask;
                }
                table[h] = i;
            }
        }

        private static int hash(char[] c, int off, int len) {
            int h = 0;
            for (int i = 0; i < len; i++) {
                h = 31 * h + c[off + i];
            }
            return h ^ (h >>> 16);
        }

        int find(char[] c, int off, int len) {
            int h = hash(c, off, len) & mask;
            while (true) {
                int i = table[h];
                if (i < 0) {
                    return -1;
                }
                char[] code = codes[i];
                if (code.length == len) {
                    boolean eq = true;
                    for (int j = 0; j < len; j++) {
                        if (code[j] != c[off + j]) {
                            eq = false;
                            break;
                        }
                    }
                    if (eq) {
                        return i;
                    }
                }
                h = (h + 1) & mask;
            }
        }

        int find(String s) {
            return find(s.toCharArray(), 0, s.length());
        }

        String codes() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Math.min(units.size(), 20); i++) {
                sb.append(i > 0 ? ", " : "").append(units.get(i).code());
            }
            if (units.size() > 20) {
                sb.append(", … (").append(units.size()).append(" units)");
            }
            return units.isEmpty() ? "none" : sb.toString();
        }
    }
}
