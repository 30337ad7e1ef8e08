package dev.yusuan.core.table;

import dev.yusuan.core.BudgetException;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed key of a row (行标识): a function code at any level (支出功能分类), a 部门 or 政府
 * economic code (经济分类), a revenue code (收入分类), a budget unit (预算单位), a standard named
 * line ({@link LineId}: 合计, 一、一般公共预算拨款, 年初结转和结余, …) or any other item (项目名称,
 * local lines) identified by its text.
 *
 * <p>Keys are records compared by value. {@code toString()} gives {@code <kind>:<value>}, e.g.
 * {@code function:2101501} or {@code line:grand-total}, which {@link #parse} reads back. Code keys
 * are navigable: {@link #parent()} of {@code function:2101501} is {@code function:21015}.
 */
public sealed interface RowKey permits RowKey.FunctionKey, RowKey.DepartmentEconomicKey, RowKey.GovernmentEconomicKey,
        RowKey.RevenueKey, RowKey.UnitKey, RowKey.LineKey, RowKey.ItemKey {

    /** The kind of a row key, with the name used in the JSON format and in {@link #toString()}. */
    enum Kind {
        /** 支出功能分类 code. */
        FUNCTION("function"),
        /** 部门预算支出经济分类 code. */
        DEPARTMENT_ECONOMIC("deptEconomic"),
        /** 政府预算支出经济分类 code. */
        GOVERNMENT_ECONOMIC("govEconomic"),
        /** 收入分类 code. */
        REVENUE("revenue"),
        /** A budget unit (预算单位) code. */
        UNIT("unit"),
        /** A standard named line. */
        LINE("line"),
        /** Any other row, identified by its text. */
        ITEM("item");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        /** @return the name of the kind in the JSON format: function, deptEconomic, govEconomic, revenue, unit, line, item */
        public String jsonName() {
            return jsonName;
        }

        /**
         * @param name a JSON name such as {@code deptEconomic}
         * @return the kind
         * @throws TableException if no kind has that name
         */
        public static Kind fromJsonName(String name) {
            for (Kind k : values()) {
                if (k.jsonName.equals(name)) {
                    return k;
                }
            }
            throw new TableException(TableException.Kind.INVALID_ID, "'" + name
                    + "' is not a row key kind (function, deptEconomic, govEconomic, revenue, unit, line, item)");
        }
    }

    /** @return the kind of this key */
    Kind kind();

    /** @return the value as text: the code digits, the unit code, the line id or the item text */
    String value();

    /**
     * @return the key of the row this row is a part of: the parent code for code keys, the
     *     {@link LineId#group() group line} for line keys, empty for 类 codes, units and items
     */
    Optional<RowKey> parent();

    /** @return the classification code of a code key, empty for unit, line and item keys */
    default Optional<ClassificationCode<?>> classificationCode() {
        return Optional.empty();
    }

    /**
     * @param code a function code at any level
     * @return its key
     */
    static FunctionKey function(FunctionCode code) {
        return new FunctionKey(code);
    }

    /**
     * @param code a 部门 economic code
     * @return its key
     */
    static DepartmentEconomicKey departmentEconomic(DepartmentEconomicCode code) {
        return new DepartmentEconomicKey(code);
    }

    /**
     * @param code a 政府 economic code
     * @return its key
     */
    static GovernmentEconomicKey governmentEconomic(GovernmentEconomicCode code) {
        return new GovernmentEconomicKey(code);
    }

    /**
     * @param code an economic code of either scheme
     * @return a {@link DepartmentEconomicKey} or a {@link GovernmentEconomicKey}
     * @throws TableException if the code is not an economic code
     */
    static RowKey economic(ClassificationCode<?> code) {
        Objects.requireNonNull(code, "code");
        if (code instanceof DepartmentEconomicCode) {
            return new DepartmentEconomicKey((DepartmentEconomicCode) code);
        }
        if (code instanceof GovernmentEconomicCode) {
            return new GovernmentEconomicKey((GovernmentEconomicCode) code);
        }
        throw new TableException(TableException.Kind.INVALID_ID, code + " is not an economic code");
    }

    /**
     * @param code a revenue code
     * @return its key
     */
    static RevenueKey revenue(RevenueCode code) {
        return new RevenueKey(code);
    }

    /**
     * @param code a budget unit code, e.g. {@code 354001}
     * @return its key
     */
    static UnitKey unit(String code) {
        return new UnitKey(code);
    }

    /**
     * @param id a line id
     * @return its key
     */
    static LineKey line(LineId id) {
        return new LineKey(id);
    }

    /**
     * @param id a line id as text, e.g. {@code grand-total}
     * @return its key
     * @throws TableException if the id does not parse
     */
    static LineKey line(String id) {
        return new LineKey(LineId.parse(id));
    }

    /**
     * @param text the item's text (may be empty for an unlabelled row)
     * @return its key
     */
    static ItemKey item(String text) {
        return new ItemKey(text);
    }

    /**
     * A key from its kind and value text, as held in the JSON format.
     *
     * @param kind the kind
     * @param value the value: code digits, unit code, line id or item text
     * @return the key
     * @throws TableException ({@link TableException.Kind#INVALID_ID}) if the value does not parse for the kind
     */
    static RowKey of(Kind kind, String value) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        try {
            switch (kind) {
                case FUNCTION:
                    return new FunctionKey(FunctionCode.parse(value));
                case DEPARTMENT_ECONOMIC:
                    return new DepartmentEconomicKey(DepartmentEconomicCode.parse(value));
                case GOVERNMENT_ECONOMIC:
                    return new GovernmentEconomicKey(GovernmentEconomicCode.parse(value));
                case REVENUE:
                    return new RevenueKey(RevenueCode.parse(value));
                case UNIT:
                    return new UnitKey(value);
                case LINE:
                    return new LineKey(LineId.parse(value));
                default:
                    return new ItemKey(value);
            }
        } catch (TableException e) {
            throw e;
        } catch (BudgetException e) {
            TableException t = new TableException(TableException.Kind.INVALID_ID, null, kind.jsonName() + ":" + value, null, e.getMessage());
            t.initCause(e);
            throw t;
        }
    }

    /**
     * Parses {@code <kind>:<value>} as written by {@code toString()}, e.g. {@code function:2101501},
     * {@code line:income/general-public-budget}, {@code item:社保科}.
     *
     * @param text the key as text
     * @return the key
     * @throws TableException if the text has no kind prefix or the value does not parse
     */
    static RowKey parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new TableException(TableException.Kind.INVALID_ID, "row key '" + s + "' has no kind prefix (e.g. function:2101501)");
        }
        return of(Kind.fromJsonName(s.substring(0, colon)), s.substring(colon + 1));
    }

    /**
     * A 支出功能分类 code row.
     *
     * @param code the code, at any level
     */
    record FunctionKey(FunctionCode code) implements RowKey {
        /** Validates. */
        public FunctionKey {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Kind kind() {
            return Kind.FUNCTION;
        }

        @Override
        public String value() {
            return code.toString();
        }

        @Override
        public Optional<RowKey> parent() {
            return code.parent().map(FunctionKey::new);
        }

        @Override
        public Optional<ClassificationCode<?>> classificationCode() {
            return Optional.of(code);
        }

        @Override
        public String toString() {
            return "function:" + code;
        }
    }

    /**
     * A 部门预算支出经济分类 code row.
     *
     * @param code the code, at any level (local 7-digit sub-items included)
     */
    record DepartmentEconomicKey(DepartmentEconomicCode code) implements RowKey {
        /** Validates. */
        public DepartmentEconomicKey {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Kind kind() {
            return Kind.DEPARTMENT_ECONOMIC;
        }

        @Override
        public String value() {
            return code.toString();
        }

        @Override
        public Optional<RowKey> parent() {
            return code.parent().map(DepartmentEconomicKey::new);
        }

        @Override
        public Optional<ClassificationCode<?>> classificationCode() {
            return Optional.of(code);
        }

        @Override
        public String toString() {
            return "deptEconomic:" + code;
        }
    }

    /**
     * A 政府预算支出经济分类 code row.
     *
     * @param code the code, at any level
     */
    record GovernmentEconomicKey(GovernmentEconomicCode code) implements RowKey {
        /** Validates. */
        public GovernmentEconomicKey {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Kind kind() {
            return Kind.GOVERNMENT_ECONOMIC;
        }

        @Override
        public String value() {
            return code.toString();
        }

        @Override
        public Optional<RowKey> parent() {
            return code.parent().map(GovernmentEconomicKey::new);
        }

        @Override
        public Optional<ClassificationCode<?>> classificationCode() {
            return Optional.of(code);
        }

        @Override
        public String toString() {
            return "govEconomic:" + code;
        }
    }

    /**
     * A 收入分类 code row.
     *
     * @param code the code, at any level
     */
    record RevenueKey(RevenueCode code) implements RowKey {
        /** Validates. */
        public RevenueKey {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Kind kind() {
            return Kind.REVENUE;
        }

        @Override
        public String value() {
            return code.toString();
        }

        @Override
        public Optional<RowKey> parent() {
            return code.parent().map(RevenueKey::new);
        }

        @Override
        public Optional<ClassificationCode<?>> classificationCode() {
            return Optional.of(code);
        }

        @Override
        public String toString() {
            return "revenue:" + code;
        }
    }

    /**
     * A budget unit (预算单位) row, e.g. {@code 354001}.
     *
     * @param code the unit code as printed: 1–20 letters or digits
     */
    record UnitKey(String code) implements RowKey {
        /** Validates. */
        public UnitKey {
            Objects.requireNonNull(code, "code");
            if (code.isEmpty() || code.length() > 20 || !code.chars().allMatch(Character::isLetterOrDigit)) {
                throw new TableException(TableException.Kind.INVALID_ID, null, "unit:" + code, null,
                        "a unit code has 1-20 letters or digits");
            }
        }

        @Override
        public Kind kind() {
            return Kind.UNIT;
        }

        @Override
        public String value() {
            return code;
        }

        @Override
        public Optional<RowKey> parent() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "unit:" + code;
        }
    }

    /**
     * A standard named line (合计, 总计, 一、一般公共预算拨款, …).
     *
     * @param id the line id
     */
    record LineKey(LineId id) implements RowKey {
        /** Validates. */
        public LineKey {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Kind kind() {
            return Kind.LINE;
        }

        @Override
        public String value() {
            return id.toString();
        }

        @Override
        public Optional<RowKey> parent() {
            return id.group().map(LineKey::new);
        }

        @Override
        public String toString() {
            return "line:" + id;
        }
    }

    /**
     * Any other row (其他行: a project name, a local line, an unlabelled row that only prints a 行次).
     *
     * @param text the row's identifying text, possibly empty
     */
    record ItemKey(String text) implements RowKey {
        /** Validates. */
        public ItemKey {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Kind kind() {
            return Kind.ITEM;
        }

        @Override
        public String value() {
            return text;
        }

        @Override
        public Optional<RowKey> parent() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "item:" + text;
        }
    }
}
