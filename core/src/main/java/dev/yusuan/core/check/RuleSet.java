package dev.yusuan.core.check;

import dev.yusuan.core.check.internal.CodeRule;
import dev.yusuan.core.check.internal.ColumnGroupRule;
import dev.yusuan.core.check.internal.CrossTableRule;
import dev.yusuan.core.check.internal.HierarchyRule;
import dev.yusuan.core.check.internal.IdentityRule;
import dev.yusuan.core.check.internal.LineGroupRule;
import dev.yusuan.core.check.internal.MappingRule;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of audit rules (规则集), by id, in order. {@link #standard()} is every rule of
 * docs/rules.md; a caller switches rules off with {@link #without} and adds a province's own
 * identities with {@link #with(RuleSet)} and {@link #parseIdentities}. Immutable.
 */
public final class RuleSet {
    private static final String IDENTITIES = "identities.tsv";
    private static volatile RuleSet standard;

    private final Map<String, Rule> rules;

    private RuleSet(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /**
     * @param rules rules with distinct ids
     * @return a rule set of them, in order
     * @throws RuleDefinitionException if two rules share an id
     */
    public static RuleSet of(List<? extends Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (map.put(r.info().id(), r) != null) {
                throw new RuleDefinitionException("two rules have the id " + r.info().id(), null);
            }
        }
        return new RuleSet(java.util.Collections.unmodifiableMap(map));
    }

    /** @return every standard rule: the declared identities and the rules implemented in code */
    public static RuleSet standard() {
        RuleSet s = standard;
        if (s == null) {
            List<Rule> all = new ArrayList<>();
            try (InputStream in = RuleSet.class.getResourceAsStream(IDENTITIES)) {
                if (in == null) {
                    throw new IllegalStateException("rules resource " + IDENTITIES + " is missing from the jar");
                }
                all.addAll(parseIdentities(new InputStreamReader(in, StandardCharsets.UTF_8), IDENTITIES).all());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all.addAll(codeRules());
            s = of(all);
            standard = s;
        }
        return s;
    }

    /**
     * Parses declared identities (the format of {@code identities.tsv}, see docs/rules.md): one
     * rule per line, nine tab-separated fields; blank lines and lines starting with {@code #} are
     * skipped.
     *
     * @param reader the text
     * @param name the file name, for messages
     * @return the rules
     * @throws RuleDefinitionException naming the file and line of a malformed declaration
     */
    public static RuleSet parseIdentities(Reader reader, String name) {
        List<Rule> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(IdentityRule.parse(line, name + ":" + n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(out);
    }

    private static RuleInfo info(String id, Severity severity, Set<TableKind> kinds, Set<Stage> stages, String zh, String en) {
        return new RuleInfo(id, severity, kinds, stages, zh, en, RuleInfo.Origin.CODE);
    }

    private static List<Rule> codeRules() {
        Set<TableKind> all = Set.of();
        Set<Stage> any = Set.of();
        Set<Stage> fin = Set.of(Stage.FINAL_ACCOUNT);
        Set<Stage> budget = EnumSet.of(Stage.BUDGET, Stage.ADJUSTED_BUDGET);
        Set<TableKind> summaries = EnumSet.of(TableKind.BUDGET_SUMMARY, TableKind.FINAL_SUMMARY, TableKind.BUDGET_FISCAL_SUMMARY,
                TableKind.FINAL_FISCAL_SUMMARY);
        Set<TableKind> basic = EnumSet.of(TableKind.BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE, TableKind.BUDGET_BASIC_EXPENDITURE,
                TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE);
        return List.of(
                new HierarchyRule(info("FN-HIER-01", Severity.ERROR, all, any,
                        "功能分类科目：类 = Σ 款，款 = Σ 项", "function codes: each 类 = Σ its 款, each 款 = Σ its 项"),
                        RowKey.Kind.FUNCTION),
                new HierarchyRule(info("EC-HIER-01", Severity.ERROR, all, any,
                        "部门经济分类科目：类 = Σ 款，款 = Σ 地方细化科目", "department economic codes: 类 = Σ 款, 款 = Σ local sub-items"),
                        RowKey.Kind.DEPARTMENT_ECONOMIC),
                new HierarchyRule(info("EC-HIER-02", Severity.ERROR, all, any,
                        "政府经济分类科目：类 = Σ 款", "government economic codes: 类 = Σ 款"),
                        RowKey.Kind.GOVERNMENT_ECONOMIC),
                new ColumnGroupRule(info("COL-GROUP-01", Severity.ERROR, all, any,
                        "栏目组 = Σ 其子栏目（基本支出 = 人员经费 + 公用经费，财政拨款 = 三项财政拨款，三公合计 = 出国 + 车辆 + 接待 …）",
                        "each column group = Σ its sub-columns (basic = personnel + public, fiscal = the three fiscal sources, "
                                + "三公 total = overseas + vehicles + reception …)")),
                new LineGroupRule(info("LINE-GROUP-01", Severity.ERROR, all, any,
                        "行组 = Σ 其子行（一般公共预算拨款 = 其明细，基本支出 = 各经济分类，年初结转和结余 = 各资金来源 …）",
                        "each line group = Σ its sub-lines (general public budget = its parts, basic = its economic classes, "
                                + "opening carry-over = by fund source …)")),
                new CrossTableRule(info("BAL-01", Severity.ERROR, summaries, any,
                        "收支平衡：收入总计 = 支出总计", "balance: income grand total = expenditure grand total"),
                        CrossTableRule.Check.BALANCE),
                new CrossTableRule(info("X-EXP-01", Severity.ERROR, all, any,
                        "收支总表各类支出 = 支出总表同一类科目合计",
                        "summary table expenditure by 类 = the expenditure table's totals of the same 类"),
                        CrossTableRule.Check.SUMMARY_EXPENDITURE),
                new CrossTableRule(info("X-INC-01", Severity.ERROR, all, any,
                        "收入总表各资金来源合计 = 收支总表同一收入项目",
                        "income table total by fund source = the same income items of the summary table"),
                        CrossTableRule.Check.SUMMARY_INCOME),
                new CrossTableRule(info("X-FIS-01", Severity.ERROR, all, any,
                        "财政拨款收支总表一般公共预算栏 = 一般公共预算支出表（逐科目）",
                        "fiscal summary 一般公共预算 column = the general public budget expenditure table, code by code"),
                        CrossTableRule.Check.FISCAL_GENERAL_PUBLIC),
                new CrossTableRule(info("X-BAS-01", Severity.ERROR, basic, any,
                        "一般公共预算基本支出表合计 = 一般公共预算支出表基本支出合计",
                        "basic expenditure table total = the general public budget expenditure table's basic total"),
                        CrossTableRule.Check.BASIC_TOTAL),
                new CrossTableRule(info("X-GF-01", Severity.ERROR, EnumSet.of(TableKind.FINAL_GOVERNMENT_FUND), fin,
                        "政府性基金预算财政拨款支出决算表合计 = 财政拨款收入支出决算总表政府性基金栏",
                        "government fund table total = the fiscal summary's government fund column"),
                        CrossTableRule.Check.GOVERNMENT_FUND),
                new CrossTableRule(info("X-3P-01", Severity.INFO, EnumSet.of(TableKind.FINAL_THREE_PUBLIC), fin,
                        "“三公”经费决算数超过基本支出明细表相关科目（30212、30217、30231、31013）时提示：公开06表只含基本支出，项目支出中的“三公”经费可使其超出",
                        "三公 final figures above the related basic-expenditure lines (30212, 30217, 30231, 31013) are noted: "
                                + "公开06表 holds basic spending only, so 三公 paid from projects can exceed it"),
                        CrossTableRule.Check.THREE_PUBLIC_LIMITS),
                new MappingRule(info("MAP-01", Severity.ERROR, basic, any,
                        "部门经济分类按对照表归集 = 政府经济分类", "department codes mapped by the correspondence table = the government codes"),
                        MappingRule.Check.RECONCILE),
                new MappingRule(info("MAP-02", Severity.WARNING, all, budget,
                        "单位自印的部门→政府经济分类对应与标准对照表不同",
                        "a unit's own printed department → government mapping differs from the official table"),
                        MappingRule.Check.PRINTED_PAIR),
                new CodeRule(info("CODE-01", Severity.ERROR, all, any,
                        "科目编码在该年度科目版本中存在（版本不完整的级次为警告）",
                        "the code exists in the edition of the year (a warning at a level the edition declares incomplete)"),
                        CodeRule.Check.EXISTS),
                new CodeRule(info("CODE-02", Severity.WARNING, all, any,
                        "科目名称为旧名称", "the printed name is a former name of the code"), CodeRule.Check.FORMER_NAME),
                new CodeRule(info("CODE-03", Severity.WARNING, all, any,
                        "科目名称与版本名称不一致", "the printed name differs from the edition's name"), CodeRule.Check.NAME),
                new CodeRule(info("CODE-04", Severity.WARNING, all, any,
                        "科目排列在其最近一级上级科目之下", "a code is printed under its nearest printed ancestor"), CodeRule.Check.PARENT));
    }

    /** @return the rules, in order */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    /**
     * @param id a rule id
     * @return the rule with that id
     */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * @param ids rule ids to switch off
     * @return this set without those rules
     * @throws IllegalArgumentException if an id is not in the set (a typo would otherwise switch nothing off)
     */
    public RuleSet without(String... ids) {
        Map<String, Rule> map = new LinkedHashMap<>(rules);
        for (String id : ids) {
            if (map.remove(id) == null) {
                throw new IllegalArgumentException("no rule " + id + " in this set; rules are " + rules.keySet());
            }
        }
        return new RuleSet(java.util.Collections.unmodifiableMap(map));
    }

    /**
     * @param more rules to add
     * @return this set followed by the other's rules
     * @throws RuleDefinitionException if an id is in both
     */
    public RuleSet with(RuleSet more) {
        List<Rule> all = new ArrayList<>(rules.values());
        all.addAll(more.rules.values());
        return of(all);
    }

    @Override
    public String toString() {
        return "RuleSet" + Arrays.toString(rules.keySet().toArray());
    }
}
