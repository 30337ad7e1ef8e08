package dev.yusuan.core.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The id of a column (栏目标识) in the column vocabulary of docs/published-tables.md: a path such
 * as {@code total}, {@code source/general-public-budget}, {@code type/basic/personnel},
 * {@code econ/301}, {@code budget/three-public/overseas}, or a local id {@code x-…} for a
 * province's own column.
 *
 * <p>The id knows what it stands for: the {@link #fundSources() fund sources} or
 * {@link #spendingTypes() spending types} it covers, its {@link #economicCode() economic code}, and
 * the {@link #group() column group} it is a part of ({@code type/basic/personnel} is part of
 * {@code type/basic}), so that a rule can check "each column group = Σ its sub-columns"
 * generically.
 *
 * <p>Immutable, thread-safe and value-based; {@link #toString()} gives the id.
 */
public final class ColumnId {
    private static final ImmutableList<String> FIXED = ImmutableList.of("amount", "total", "subtotal", "budget", "final",
            "income", "carry-over/opening", "carry-over/closing", "gov-economic", "dept-economic");
    private static final ImmutableList<String> FIXED_LABELS = ImmutableList.of("金额", "合计", "小计", "预算数", "决算数",
            "本年收入", "年初结转和结余", "年末结转和结余", "政府预算经济分类", "部门预算经济分类");

    /** {@code amount}: the only amount column (本年预算, 金额, 预算数, 决算数). */
    public static final ColumnId AMOUNT = parse("amount");
    /** {@code total}: 总计, 合计 as a column. */
    public static final ColumnId TOTAL = parse("total");
    /** {@code subtotal}: 小计, a column that sums a group. */
    public static final ColumnId SUBTOTAL = parse("subtotal");
    /** {@code income}: 本年收入 beside carry-over columns. */
    public static final ColumnId INCOME = parse("income");
    /** {@code carry-over/opening}: 年初结转和结余. */
    public static final ColumnId CARRY_OVER_OPENING = parse("carry-over/opening");
    /** {@code carry-over/closing}: 年末结转和结余. */
    public static final ColumnId CARRY_OVER_CLOSING = parse("carry-over/closing");

    private final String id;
    private final ColumnFamily family;
    private final ColumnId inner;
    private final ClassificationCode<?> economic;
    private final String path;

    private ColumnId(String id, ColumnFamily family, ColumnId inner, ClassificationCode<?> economic, String path) {
        this.id = id;
        this.family = family;
        this.inner = inner;
        this.economic = economic;
        this.path = path;
    }

    /**
     * Parses a column id.
     *
     * @param text the id, e.g. {@code "source/general-public-budget"} or {@code "x-city-level"}
     * @return the column id
     * @throws TableException ({@link TableException.Kind#INVALID_ID}) if the text is neither a
     *     vocabulary id nor a well-formed local id
     */
    public static ColumnId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        ColumnId c = analyse(s, true);
        if (c == null) {
            throw new TableException(TableException.Kind.INVALID_ID, null, null, s,
                    "'" + s + "' is not a column id of the vocabulary (amount, total, subtotal, source/…, type/…, econ/<code>, "
                            + "three-public/…, budget/…, final/…, income, carry-over/…, gov-economic, dept-economic) "
                            + "nor a local id x-…");
        }
        return c;
    }

    /**
     * @param source a fund source
     * @return {@code source/<id>}, e.g. {@code source/general-public-budget}
     */
    public static ColumnId ofSource(FundSource source) {
        return parse("source/" + Objects.requireNonNull(source, "source").id());
    }

    /**
     * @param type a spending type
     * @return {@code type/<id>}, e.g. {@code type/basic/personnel}
     */
    public static ColumnId ofType(SpendingType type) {
        return parse("type/" + Objects.requireNonNull(type, "type").id());
    }

    /**
     * @param code a 部门 or 政府 economic code
     * @return {@code econ/<code>}
     * @throws TableException if the code is not an economic code
     */
    public static ColumnId ofEconomic(ClassificationCode<?> code) {
        return parse("econ/" + Objects.requireNonNull(code, "code"));
    }

    private static ColumnId analyse(String s, boolean allowPrefix) {
        if (Vocabulary.isLocal(s)) {
            return Vocabulary.isValidLocal(s) ? new ColumnId(s, ColumnFamily.LOCAL, null, null, s) : null;
        }
        int fixed = FIXED.indexOf(s);
        if (fixed >= 0) {
            ColumnFamily f = fixed < 3 ? ColumnFamily.TOTALS
                    : fixed < 5 ? ColumnFamily.BUDGET_VS_FINAL
                    : fixed < 8 ? ColumnFamily.BALANCES : ColumnFamily.MAPPING;
            return new ColumnId(s, f, null, null, s);
        }
        if (s.startsWith("source/")) {
            String p = s.substring(7);
            return Vocabulary.SOURCES.containsKey(p) ? new ColumnId(s, ColumnFamily.SOURCES, null, null, p) : null;
        }
        if (s.startsWith("type/")) {
            String p = s.substring(5);
            int e = p.indexOf("/econ/");
            if (e < 0) {
                return Vocabulary.TYPES.containsKey(p) ? new ColumnId(s, ColumnFamily.SPENDING_TYPES, null, null, p) : null;
            }
            String t = p.substring(0, e);
            ClassificationCode<?> code = Vocabulary.economicCode(p.substring(e + 6));
            return Vocabulary.TYPES.containsKey(t) && code != null
                    ? new ColumnId(s, ColumnFamily.SPENDING_TYPES, null, code, t) : null;
        }
        if (s.startsWith("econ/")) {
            ClassificationCode<?> code = Vocabulary.economicCode(s.substring(5));
            return code == null ? null : new ColumnId(s, ColumnFamily.ECONOMIC, null, code, s.substring(5));
        }
        if (s.startsWith("three-public/")) {
            String p = s.substring(13);
            return Vocabulary.THREE_PUBLIC.containsKey(p) ? new ColumnId(s, ColumnFamily.THREE_PUBLIC, null, null, p) : null;
        }
        if (allowPrefix && (s.startsWith("budget/") || s.startsWith("final/"))) {
            String rest = s.substring(s.indexOf('/') + 1);
            ColumnId in = analyse(rest, false);
            if (in == null || in.family == ColumnFamily.LOCAL) {
                return null;
            }
            return new ColumnId(s, ColumnFamily.BUDGET_VS_FINAL, in, in.economic, s.substring(0, s.indexOf('/')));
        }
        return null;
    }

    /** @return the family of this id */
    public ColumnFamily family() {
        return family;
    }

    /** @return whether this is a local id ({@code x-…}), held as printed and ignored by rules */
    public boolean isLocal() {
        return family == ColumnFamily.LOCAL;
    }

    /**
     * For {@code budget/<id>} and {@code final/<id>}: the id inside ({@code budget/three-public/overseas}
     * gives {@code three-public/overseas}).
     *
     * @return the inner id, empty for ids without a {@code budget/} or {@code final/} prefix
     */
    public Optional<ColumnId> inner() {
        return Optional.ofNullable(inner);
    }

    /** @return whether the id is {@code budget} or starts with {@code budget/} (预算数) */
    public boolean isBudgetFigure() {
        return id.equals("budget") || id.startsWith("budget/");
    }

    /** @return whether the id is {@code final} or starts with {@code final/} (决算数) */
    public boolean isFinalFigure() {
        return id.equals("final") || id.startsWith("final/");
    }

    /**
     * The fund sources a whole-source column stands for: {@code source/fiscal} gives the three
     * fiscal appropriations, {@code source/general-public-budget} gives
     * {@link FundSource#GENERAL_PUBLIC_BUDGET}. Sub-source columns (经费拨款, 专项收入, …), columns
     * without a source and local columns give an empty set.
     *
     * @return the fund sources, in enum order
     */
    public Set<FundSource> fundSources() {
        ColumnId c = inner != null ? inner : this;
        if (c.family != ColumnFamily.SOURCES) {
            return ImmutableSet.of();
        }
        if (c.path.equals("fiscal")) {
            return Sets.immutableEnumSet(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL);
        }
        return Vocabulary.fundSource(c.path).map(f -> (Set<FundSource>) Sets.immutableEnumSet(EnumSet.of(f)))
                .orElse(ImmutableSet.of());
    }

    /**
     * The spending types a spending-type column stands for: {@code type/basic} gives 人员经费 and
     * 公用经费, {@code type/project} gives 项目支出; {@code type/basic/econ/301} gives the types of
     * its group. Other columns give an empty set.
     *
     * @return the spending types, in enum order
     */
    public Set<SpendingType> spendingTypes() {
        ColumnId c = inner != null ? inner : this;
        if (c.family != ColumnFamily.SPENDING_TYPES) {
            return ImmutableSet.of();
        }
        if (c.path.equals("basic")) {
            return Sets.immutableEnumSet(SpendingType.BASIC_PERSONNEL, SpendingType.BASIC_PUBLIC);
        }
        return Vocabulary.spendingType(c.path).map(t -> (Set<SpendingType>) Sets.immutableEnumSet(EnumSet.of(t)))
                .orElse(ImmutableSet.of());
    }

    /**
     * @return the economic code of an {@code econ/<code>} or {@code type/<type>/econ/<code>} column
     *     (a {@link dev.yusuan.core.code.DepartmentEconomicCode} or
     *     {@link dev.yusuan.core.code.GovernmentEconomicCode}), empty otherwise
     */
    public Optional<ClassificationCode<?>> economicCode() {
        return Optional.ofNullable(economic);
    }

    /**
     * The column group this column is a part of, by the vocabulary: {@code type/basic/personnel}
     * and {@code type/basic/public} are parts of {@code type/basic}; {@code source/general-public-budget/appropriation}
     * of {@code source/general-public-budget}; the three fiscal sources of {@code source/fiscal};
     * {@code econ/30101} of {@code econ/301}; {@code type/basic/econ/301} of {@code type/basic};
     * {@code three-public/vehicles/purchase} of {@code three-public/vehicles}, and 出国, 车辆, 接待 of
     * {@code three-public/total}; {@code budget/x} of {@code budget/<group of x>}. {@code total}
     * and {@code subtotal} are not groups in this sense: which columns a total sums depends on the
     * table.
     *
     * @return the group, empty if this column is not part of a group
     */
    public Optional<ColumnId> group() {
        if (inner != null) {
            return inner.group().map(g -> parse(path + "/" + g.id));
        }
        switch (family) {
            case SOURCES:
                if (path.equals("general-public-budget") || path.equals("government-fund") || path.equals("state-capital")) {
                    return Optional.of(parse("source/fiscal"));
                }
                return Vocabulary.parentPath(path).map(p -> parse("source/" + p));
            case SPENDING_TYPES:
                if (economic != null) {
                    return Optional.of(economic.parent().<ColumnId>map(p -> parse("type/" + path + "/econ/" + p))
                            .orElse(parse("type/" + path)));
                }
                return Vocabulary.parentPath(path).map(p -> parse("type/" + p));
            case ECONOMIC:
                return economic.parent().map(p -> parse("econ/" + p));
            case THREE_PUBLIC:
                if (path.equals("total")) {
                    return Optional.empty();
                }
                return Optional.of(parse("three-public/" + Vocabulary.parentPath(path).orElse("total")));
            default:
                return Optional.empty();
        }
    }

    /**
     * The standard printed header of this column, outermost first: {@code type/basic/personnel}
     * gives {@code [基本支出, 人员经费]}, {@code total} gives {@code [合计]}, an economic column gives
     * its code. Used for derived tables; a published table keeps its own printed labels.
     *
     * @return the label path; a local id gives the id itself
     */
    public List<String> standardLabel() {
        if (inner != null) {
            return ImmutableList.<String>builder().add(path.equals("budget") ? "预算数" : "决算数")
                    .addAll(inner.standardLabel()).build();
        }
        int fixed = FIXED.indexOf(id);
        if (fixed >= 0) {
            return ImmutableList.of(FIXED_LABELS.get(fixed));
        }
        switch (family) {
            case SOURCES:
                return labelPath(Vocabulary.SOURCES, path);
            case SPENDING_TYPES:
                if (economic != null) {
                    return ImmutableList.<String>builder().addAll(labelPath(Vocabulary.TYPES, path)).add(economic.toString()).build();
                }
                return labelPath(Vocabulary.TYPES, path);
            case ECONOMIC:
                return ImmutableList.of(economic.toString());
            case THREE_PUBLIC:
                return labelPath(Vocabulary.THREE_PUBLIC, path);
            default:
                return ImmutableList.of(id);
        }
    }

    private static List<String> labelPath(java.util.Map<String, String> labels, String path) {
        ImmutableList.Builder<String> b = ImmutableList.builder();
        int slash = path.indexOf('/');
        while (slash >= 0) {
            String p = path.substring(0, slash);
            if (labels.containsKey(p)) {
                b.add(labels.get(p));
            }
            slash = path.indexOf('/', slash + 1);
        }
        return b.add(labels.get(path)).build();
    }

    /** @return the scheme of this column's economic code, if it has one */
    Optional<Scheme> economicScheme() {
        return Optional.ofNullable(economic).map(ClassificationCode::scheme);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ColumnId && ((ColumnId) obj).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** @return the id, e.g. {@code source/general-public-budget} */
    @Override
    public String toString() {
        return id;
    }
}
