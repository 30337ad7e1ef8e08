package dev.yusuan.core.table;

import com.google.common.collect.Sets;
import dev.yusuan.core.dimension.Stage;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The standard kinds of published table (标准表种类) of docs/published-tables.md: the 部门预算
 * standard public tables and the 部门决算 公开01–09表, plus {@link #OTHER} for any further table
 * with numbers.
 *
 * <p>Each kind has an id ({@code budget/summary}), its Chinese title, the stage it belongs to and
 * a column vocabulary: the {@link ColumnFamily column families} a table of this kind may use.
 * Provinces vary the columns, so a published table uses a subset of its kind's vocabulary, in its
 * own order; local columns ({@code x-…}) are always allowed.
 */
public enum TableKind {
    /** 部门收支总表 (budget/summary). */
    BUDGET_SUMMARY("budget/summary", "部门收支总表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL, ColumnFamily.BALANCES),
    /** 部门收入总表 (budget/income). */
    BUDGET_INCOME("budget/income", "部门收入总表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.BUDGET_VS_FINAL, ColumnFamily.BALANCES),
    /** 部门支出总表: by function, columns by fund source (budget/expenditure). */
    BUDGET_EXPENDITURE("budget/expenditure", "部门支出总表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 部门支出总表（分类）/ 支出预算总表: by function × 基本/项目 (budget/expenditure-by-type). */
    BUDGET_EXPENDITURE_BY_TYPE("budget/expenditure-by-type", "部门支出总表（分类）", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 财政拨款收支总表 (budget/fiscal-summary). */
    BUDGET_FISCAL_SUMMARY("budget/fiscal-summary", "财政拨款收支总表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.BUDGET_VS_FINAL,
            ColumnFamily.BALANCES),
    /** 一般公共预算支出表 (budget/general-public-expenditure). */
    BUDGET_GENERAL_PUBLIC_EXPENDITURE("budget/general-public-expenditure", "一般公共预算支出表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 一般公共预算基本支出表, by 部门 and/or 政府 经济分类 (budget/general-public-basic-expenditure). */
    BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE("budget/general-public-basic-expenditure", "一般公共预算基本支出表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL, ColumnFamily.MAPPING),
    /** 基本支出预算明细表, all sources (budget/basic-expenditure). */
    BUDGET_BASIC_EXPENDITURE("budget/basic-expenditure", "基本支出预算明细表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL, ColumnFamily.MAPPING),
    /** 一般公共预算“三公”经费支出表 (budget/three-public). */
    BUDGET_THREE_PUBLIC("budget/three-public", "一般公共预算“三公”经费支出表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.THREE_PUBLIC, ColumnFamily.BUDGET_VS_FINAL),
    /** 政府性基金预算支出表 (budget/government-fund-expenditure). */
    BUDGET_GOVERNMENT_FUND_EXPENDITURE("budget/government-fund-expenditure", "政府性基金预算支出表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 国有资本经营预算支出表 (budget/state-capital-expenditure). */
    BUDGET_STATE_CAPITAL_EXPENDITURE("budget/state-capital-expenditure", "国有资本经营预算支出表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 纳入专户管理的非税收入拨款支出表 (budget/special-account-expenditure). */
    BUDGET_SPECIAL_ACCOUNT_EXPENDITURE("budget/special-account-expenditure", "纳入专户管理的非税收入拨款支出表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 项目支出表 (budget/project-expenditure). */
    BUDGET_PROJECT_EXPENDITURE("budget/project-expenditure", "项目支出表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 部门经济分类 → 政府经济分类 对照 as a unit prints it (budget/economic-mapping). */
    BUDGET_ECONOMIC_MAPPING("budget/economic-mapping", "部门经济分类与政府经济分类对照表", null, true,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.MAPPING),
    /** 公开01表 收入支出决算总表 (final/summary). */
    FINAL_SUMMARY("final/summary", "收入支出决算总表", "公开01表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.BUDGET_VS_FINAL,
            ColumnFamily.BALANCES),
    /** 公开02表 收入决算表 (final/income). */
    FINAL_INCOME("final/income", "收入决算表", "公开02表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.BUDGET_VS_FINAL, ColumnFamily.BALANCES),
    /** 公开03表 支出决算表 (final/expenditure). */
    FINAL_EXPENDITURE("final/expenditure", "支出决算表", "公开03表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 公开04表 财政拨款收入支出决算总表 (final/fiscal-summary). */
    FINAL_FISCAL_SUMMARY("final/fiscal-summary", "财政拨款收入支出决算总表", "公开04表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.BUDGET_VS_FINAL,
            ColumnFamily.BALANCES),
    /** 公开05表 一般公共预算财政拨款支出决算表 (final/general-public-expenditure). */
    FINAL_GENERAL_PUBLIC_EXPENDITURE("final/general-public-expenditure", "一般公共预算财政拨款支出决算表", "公开05表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** 公开06表 一般公共预算财政拨款基本支出决算明细表 (final/general-public-basic-expenditure). */
    FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE("final/general-public-basic-expenditure", "一般公共预算财政拨款基本支出决算明细表",
            "公开06表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL, ColumnFamily.MAPPING),
    /** 公开07表 一般公共预算财政拨款“三公”经费支出决算表 (final/three-public). */
    FINAL_THREE_PUBLIC("final/three-public", "一般公共预算财政拨款“三公”经费支出决算表", "公开07表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.THREE_PUBLIC, ColumnFamily.BUDGET_VS_FINAL),
    /** 公开08表 政府性基金预算财政拨款收入支出决算表 (final/government-fund). */
    FINAL_GOVERNMENT_FUND("final/government-fund", "政府性基金预算财政拨款收入支出决算表", "公开08表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL, ColumnFamily.BALANCES),
    /** 公开09表 国有资本经营预算财政拨款支出决算表 (final/state-capital). */
    FINAL_STATE_CAPITAL("final/state-capital", "国有资本经营预算财政拨款支出决算表", "公开09表", false,
            ColumnFamily.TOTALS, ColumnFamily.SOURCES, ColumnFamily.SPENDING_TYPES, ColumnFamily.ECONOMIC,
            ColumnFamily.BUDGET_VS_FINAL),
    /** Any further table with numbers (其他表): held and printed back; no rule applies to it. */
    OTHER("other", "其他表", null, null, ColumnFamily.values());

    private final String id;
    private final String chineseTitle;
    private final String standardNumber;
    private final Boolean budget;
    private final Set<ColumnFamily> families;

    TableKind(String id, String chineseTitle, String standardNumber, Boolean budget, ColumnFamily... families) {
        this.id = id;
        this.chineseTitle = chineseTitle;
        this.standardNumber = standardNumber;
        this.budget = budget;
        EnumSet<ColumnFamily> f = EnumSet.of(ColumnFamily.LOCAL, families);
        this.families = Sets.immutableEnumSet(f);
    }

    /** @return the vocabulary id, e.g. {@code budget/summary} or {@code final/income} */
    public String id() {
        return id;
    }

    /** @return the standard Chinese title, e.g. 部门收支总表 */
    public String chineseTitle() {
        return chineseTitle;
    }

    /** @return the standard table number of a 决算 table, e.g. 公开01表; empty for budget tables and {@link #OTHER} */
    public Optional<String> standardNumber() {
        return Optional.ofNullable(standardNumber);
    }

    /** @return whether this is a 部门预算 table kind */
    public boolean isBudget() {
        return Boolean.TRUE.equals(budget);
    }

    /** @return whether this is a 部门决算 table kind */
    public boolean isFinalAccount() {
        return Boolean.FALSE.equals(budget);
    }

    /**
     * @param stage a statement's stage
     * @return whether a statement of that stage may hold a table of this kind (budget kinds for
     *     年初预算 and 调整预算, final kinds for 决算, {@link #OTHER} for any)
     */
    public boolean appliesTo(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        return budget == null || budget == stage.isBudget();
    }

    /** @return the column families of this kind's vocabulary (always including {@link ColumnFamily#LOCAL}) */
    public Set<ColumnFamily> columnFamilies() {
        return families;
    }

    /**
     * @param column a column id
     * @return whether the id is in this kind's column vocabulary
     */
    public boolean allows(ColumnId column) {
        return families.contains(Objects.requireNonNull(column, "column").family());
    }

    /**
     * @param id a table kind id such as {@code final/summary}
     * @return the kind
     * @throws TableException ({@link TableException.Kind#INVALID_ID}) if no kind has that id
     */
    public static TableKind fromId(String id) {
        Objects.requireNonNull(id, "id");
        for (TableKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new TableException(TableException.Kind.INVALID_ID, "'" + id + "' is not a table kind id (e.g. budget/summary, final/income, other)");
    }
}
