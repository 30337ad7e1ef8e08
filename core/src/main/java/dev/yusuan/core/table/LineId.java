package dev.yusuan.core.table;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The id of a standard named line (标准行), a row that is neither a code nor a unit, from the
 * vocabulary of docs/published-tables.md: {@code total} (合计), {@code grand-total} (总计),
 * {@code income/general-public-budget} (一、一般公共预算拨款), {@code income/current-year-total}
 * (本年收入合计), {@code expenditure/type/basic} (基本支出), {@code carry-over/opening}
 * (年初结转和结余), {@code surplus-distribution} (结余分配), {@code use-of-non-fiscal-surplus}
 * (使用非财政拨款结余), the 三公 items, … or a local id {@code x-…}.
 *
 * <p>Immutable, thread-safe and value-based; {@link #toString()} gives the id.
 */
public final class LineId {
    /** {@code total}: 合计, the table's total row. */
    public static final LineId TOTAL = parse("total");
    /** {@code grand-total}: 总计, 收入总计, 支出总计. */
    public static final LineId GRAND_TOTAL = parse("grand-total");
    /** {@code income/current-year-total}: 本年收入合计. */
    public static final LineId INCOME_CURRENT_YEAR_TOTAL = parse("income/current-year-total");
    /** {@code expenditure/current-year-total}: 本年支出合计. */
    public static final LineId EXPENDITURE_CURRENT_YEAR_TOTAL = parse("expenditure/current-year-total");
    /** {@code carry-over/opening}: 年初结转和结余. */
    public static final LineId CARRY_OVER_OPENING = parse("carry-over/opening");
    /** {@code carry-over/closing}: 年末结转和结余, 结转下年. */
    public static final LineId CARRY_OVER_CLOSING = parse("carry-over/closing");
    /** {@code surplus-distribution}: 结余分配. */
    public static final LineId SURPLUS_DISTRIBUTION = parse("surplus-distribution");
    /** {@code use-of-non-fiscal-surplus}: 使用非财政拨款结余. */
    public static final LineId USE_OF_NON_FISCAL_SURPLUS = parse("use-of-non-fiscal-surplus");

    private enum Shape { FIXED, INCOME, TYPE, ECON, CARRY_OVER_SOURCE, THREE_PUBLIC, LOCAL }

    private final String id;
    private final Shape shape;
    private final String path;
    private final ClassificationCode<?> economic;

    private LineId(String id, Shape shape, String path, ClassificationCode<?> economic) {
        this.id = id;
        this.shape = shape;
        this.path = path;
        this.economic = economic;
    }

    /**
     * Parses a line id.
     *
     * @param text the id, e.g. {@code "income/general-public-budget"} or {@code "x-income/other-revenue"}
     * @return the line id
     * @throws TableException ({@link TableException.Kind#INVALID_ID}) if the text is neither a
     *     vocabulary line id nor a well-formed local id
     */
    public static LineId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        LineId l = analyse(s);
        if (l == null) {
            throw new TableException(TableException.Kind.INVALID_ID, null, s, null,
                    "'" + s + "' is not a line id of the vocabulary (total, grand-total, income/…, expenditure/…, "
                            + "carry-over/…, surplus-distribution, use-of-non-fiscal-surplus, three-public/…) nor a local id x-…");
        }
        return l;
    }

    /**
     * @param source a fund source
     * @return {@code income/<id>}, e.g. {@code income/general-public-budget}
     */
    public static LineId ofIncome(FundSource source) {
        return parse("income/" + Objects.requireNonNull(source, "source").id());
    }

    /**
     * @param type a spending type
     * @return {@code expenditure/type/<id>}
     */
    public static LineId ofExpenditureType(SpendingType type) {
        return parse("expenditure/type/" + Objects.requireNonNull(type, "type").id());
    }

    private static LineId analyse(String s) {
        if (Vocabulary.isLocal(s)) {
            return Vocabulary.isValidLocal(s) ? new LineId(s, Shape.LOCAL, s, null) : null;
        }
        switch (s) {
            case "total":
            case "grand-total":
            case "income/current-year-total":
            case "expenditure/current-year-total":
            case "carry-over/opening":
            case "carry-over/closing":
            case "surplus-distribution":
            case "use-of-non-fiscal-surplus":
                return new LineId(s, Shape.FIXED, s, null);
            default:
                break;
        }
        if (s.startsWith("income/")) {
            String p = s.substring(7);
            return Vocabulary.SOURCES.containsKey(p) ? new LineId(s, Shape.INCOME, p, null) : null;
        }
        if (s.startsWith("expenditure/type/")) {
            String p = s.substring(17);
            int e = p.indexOf("/econ/");
            if (e < 0) {
                return Vocabulary.TYPES.containsKey(p) ? new LineId(s, Shape.TYPE, p, null) : null;
            }
            String t = p.substring(0, e);
            ClassificationCode<?> code = Vocabulary.economicCode(p.substring(e + 6));
            return Vocabulary.TYPES.containsKey(t) && code != null ? new LineId(s, Shape.TYPE, t, code) : null;
        }
        if (s.startsWith("expenditure/econ/")) {
            ClassificationCode<?> code = Vocabulary.economicCode(s.substring(17));
            return code == null ? null : new LineId(s, Shape.ECON, "", code);
        }
        if (s.startsWith("carry-over/opening/") || s.startsWith("carry-over/closing/")) {
            String p = s.substring(19);
            return Vocabulary.SOURCES.containsKey(p) ? new LineId(s, Shape.CARRY_OVER_SOURCE, p, null) : null;
        }
        if (s.startsWith("three-public/")) {
            String p = s.substring(13);
            return Vocabulary.THREE_PUBLIC.containsKey(p) ? new LineId(s, Shape.THREE_PUBLIC, p, null) : null;
        }
        return null;
    }

    /** @return whether this is a local id ({@code x-…}), held as printed and ignored by rules */
    public boolean isLocal() {
        return shape == Shape.LOCAL;
    }

    /** @return whether this is an income line ({@code income/<source>}, not the 本年收入合计) */
    public boolean isIncome() {
        return shape == Shape.INCOME;
    }

    /**
     * The fund sources of an {@code income/<source>} or {@code carry-over/…/<source>} line:
     * {@code income/fiscal} gives the three fiscal appropriations; sub-sources (经费拨款, …) give
     * an empty set.
     *
     * @return the fund sources, in enum order
     */
    public Set<FundSource> fundSources() {
        if (shape != Shape.INCOME && shape != Shape.CARRY_OVER_SOURCE) {
            return ImmutableSet.of();
        }
        if (path.equals("fiscal")) {
            return Sets.immutableEnumSet(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL);
        }
        return Vocabulary.fundSource(path).map(f -> (Set<FundSource>) Sets.immutableEnumSet(EnumSet.of(f)))
                .orElse(ImmutableSet.of());
    }

    /**
     * @return the spending types of an {@code expenditure/type/…} line ({@code expenditure/type/basic}
     *     gives 人员经费 and 公用经费), empty otherwise
     */
    public Set<SpendingType> spendingTypes() {
        if (shape != Shape.TYPE) {
            return ImmutableSet.of();
        }
        if (path.equals("basic")) {
            return Sets.immutableEnumSet(SpendingType.BASIC_PERSONNEL, SpendingType.BASIC_PUBLIC);
        }
        return Vocabulary.spendingType(path).map(t -> (Set<SpendingType>) Sets.immutableEnumSet(EnumSet.of(t)))
                .orElse(ImmutableSet.of());
    }

    /** @return the economic code of an {@code expenditure/…/econ/<code>} line, empty otherwise */
    public Optional<ClassificationCode<?>> economicCode() {
        return Optional.ofNullable(economic);
    }

    /**
     * The line this line is a part of, by the vocabulary: {@code income/general-public-budget/appropriation}
     * is part of {@code income/general-public-budget}; the three fiscal income lines of
     * {@code income/fiscal}; {@code expenditure/type/basic/econ/301} of {@code expenditure/type/basic};
     * {@code expenditure/type/basic/personnel} of {@code expenditure/type/basic};
     * {@code carry-over/opening/general-public-budget} of {@code carry-over/opening}; the 三公 items
     * as for columns. Which lines a 合计 or 总计 sums depends on the table.
     *
     * @return the group line, empty if none
     */
    public Optional<LineId> group() {
        switch (shape) {
            case INCOME:
                if (path.equals("general-public-budget") || path.equals("government-fund") || path.equals("state-capital")) {
                    return Optional.of(parse("income/fiscal"));
                }
                return Vocabulary.parentPath(path).map(p -> parse("income/" + p));
            case TYPE:
                if (economic != null) {
                    return Optional.of(economic.parent().<LineId>map(p -> parse("expenditure/type/" + path + "/econ/" + p))
                            .orElse(parse("expenditure/type/" + path)));
                }
                return Vocabulary.parentPath(path).map(p -> parse("expenditure/type/" + p));
            case ECON:
                return economic.parent().map(p -> parse("expenditure/econ/" + p));
            case CARRY_OVER_SOURCE:
                return Optional.of(parse(id.substring(0, 18)));
            case THREE_PUBLIC:
                return path.equals("total") ? Optional.empty()
                        : Optional.of(parse("three-public/" + Vocabulary.parentPath(path).orElse("total")));
            default:
                return Optional.empty();
        }
    }

    /**
     * @return the standard printed label of this line (合计, 总计, 一般公共预算拨款, 本年收入合计,
     *     基本支出, 年初结转和结余, …), used for derived tables; an economic line gives its code and a
     *     local id the id itself
     */
    public String standardLabel() {
        switch (shape) {
            case FIXED:
                switch (id) {
                    case "total":
                        return "合计";
                    case "grand-total":
                        return "总计";
                    case "income/current-year-total":
                        return "本年收入合计";
                    case "expenditure/current-year-total":
                        return "本年支出合计";
                    case "carry-over/opening":
                        return "年初结转和结余";
                    case "carry-over/closing":
                        return "年末结转和结余";
                    case "surplus-distribution":
                        return "结余分配";
                    default:
                        return "使用非财政拨款结余";
                }
            case INCOME:
            case CARRY_OVER_SOURCE:
                return Vocabulary.SOURCES.get(path);
            case TYPE:
                return economic != null ? economic.toString() : Vocabulary.TYPES.get(path);
            case ECON:
                return economic.toString();
            case THREE_PUBLIC:
                return Vocabulary.THREE_PUBLIC.get(path);
            default:
                return id;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LineId && ((LineId) obj).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** @return the id, e.g. {@code income/general-public-budget} */
    @Override
    public String toString() {
        return id;
    }
}
