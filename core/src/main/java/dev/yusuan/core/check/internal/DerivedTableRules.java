package dev.yusuan.core.check.internal;

import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleSet;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.ledger.SourceTypeTotals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules can report anything on the tables {@link dev.yusuan.core.derive.TableDeriver}
 * derives from a roll-up (由明细数据生成的报表): the validation of a ledger runs only those, so
 * that it costs a pass over the aggregates instead of a pass of every rule over every derived row.
 *
 * <p>Derived tables are consistent by construction: every cell is an exact sum of the roll-up's
 * aggregates, rows are printed in code order under their parents, labels are the catalog's names,
 * and only one economic scheme is printed. So every standard rule except two reports nothing on
 * them, whatever the ledger, provided the aggregates agree with one another ({@link #consistent}):
 * <ul>
 *   <li>{@code CODE-01} (the code exists in the edition) reports the codes the catalog lacks: it
 *       runs when a code of the roll-up is not in the catalog;</li>
 *   <li>{@code X-3P-01} (三公 above the basic-expenditure lines, INFO) reports 三公 spending paid
 *       from projects: it runs when the 一般公共预算 spending on 30212, 30217, 30231 or 31013 is
 *       not all basic spending.</li>
 * </ul>
 * Any other rule — a province's identity, a rule of the caller's own, even a copy of a standard
 * rule parsed again — is not known to hold and always runs. The equivalence (same report as every
 * rule on the derived statement) is a property test of the testing module.
 */
public final class DerivedTableRules {
    /** Standard rules that cannot report anything on derived tables of consistent aggregates. */
    private static final Set<String> HOLD_BY_CONSTRUCTION = Set.of("COL-SRC-01", "COL-TYPE-01", "COL-TYPE-02", "ROW-FN-01",
            "ROW-EC-01", "ROW-EC-02", "ROW-UNIT-01", "SUM-INC-01", "SUM-INC-02", "SUM-INC-03", "SUM-EXP-01", "SUM-EXP-02",
            "SUM-EXP-03", "SUM-EXP-04", "3P-01", "3P-02", "FN-HIER-01", "EC-HIER-01", "EC-HIER-02", "COL-GROUP-01",
            "LINE-GROUP-01", "BAL-01", "X-EXP-01", "X-INC-01", "X-FIS-01", "X-BAS-01", "X-GF-01", "MAP-01", "MAP-02",
            "CODE-02", "CODE-03", "CODE-04");
    private static final String CODE_EXISTS = "CODE-01";
    private static final String THREE_PUBLIC_LIMITS = "X-3P-01";
    /** The 部门 economic 款 of the 三公 figures, as {@code TableDeriver} reads them. */
    private static final int[] THREE_PUBLIC_CODES = {30212, 30217, 30231, 31013};
    /** The 一般公共预算 cells of every spending type that is not basic spending, one slice each. */
    private static final List<Slice> NON_BASIC_GENERAL_PUBLIC = nonBasicGeneralPublic();

    /** One slice per fund source × spending type cell. */
    private static final Slice[] CELLS = cellSlices();

    private static volatile Set<Rule> standard;

    private DerivedTableRules() {
    }

    private static List<Slice> nonBasicGeneralPublic() {
        List<Slice> cells = new ArrayList<>();
        for (SpendingType t : SpendingType.values()) {
            if (!t.isBasic()) {
                cells.add(Slice.of(FundSource.GENERAL_PUBLIC_BUDGET).withTypes(t));
            }
        }
        return List.copyOf(cells);
    }

    private static Slice[] cellSlices() {
        List<Slice> cells = new ArrayList<>();
        for (FundSource s : FundSource.values()) {
            for (SpendingType t : SpendingType.values()) {
                cells.add(Slice.of(s).withTypes(t));
            }
        }
        return cells.toArray(new Slice[0]);
    }

    /** The rule objects of {@link RuleSet#standard()}, by identity. */
    private static Set<Rule> standardRules() {
        Set<Rule> s = standard;
        if (s == null) {
            Set<Rule> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(RuleSet.standard().all());
            s = Collections.unmodifiableSet(set);
            standard = s;
        }
        return s;
    }

    /**
     * The rules of a run that could report something on the tables derived from a roll-up, in
     * their order.
     *
     * @param rules the rules of the validator that apply to the roll-up's stage
     * @param rollup the roll-up
     * @param catalog the catalog codes are checked against, if any
     * @return the rules to run on the derived statement (every rule when the aggregates disagree)
     */
    public static List<Rule> toRun(List<Rule> rules, Rollup rollup, Optional<Catalog> catalog) {
        if (!consistent(rollup)) {
            return rules;
        }
        Set<Rule> known = standardRules();
        List<Rule> run = new ArrayList<>();
        Boolean unknownCode = null;
        Boolean threePublicBeyondBasic = null;
        for (Rule rule : rules) {
            String id = rule.info().id();
            if (!known.contains(rule)) {
                run.add(rule);
            } else if (id.equals(CODE_EXISTS)) {
                if (unknownCode == null) {
                    unknownCode = catalog.isPresent() && hasUnknownCode(rollup, catalog.get());
                }
                if (unknownCode) {
                    run.add(rule);
                }
            } else if (id.equals(THREE_PUBLIC_LIMITS)) {
                if (threePublicBeyondBasic == null) {
                    threePublicBeyondBasic = threePublicBeyondBasic(rollup)
                            || rollup.initialBudget().map(DerivedTableRules::threePublicBeyondBasic).orElse(false);
                }
                if (threePublicBeyondBasic) {
                    run.add(rule);
                }
            } else if (!HOLD_BY_CONSTRUCTION.contains(id)) {
                run.add(rule);
            }
        }
        return run;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean hasUnknownCode(Rollup rollup, Catalog catalog) {
        for (FunctionCode c : rollup.functionCodes()) {
            if (catalog.find(c).isEmpty()) {
                return true;
            }
        }
        for (ClassificationCode c : rollup.economicCodes()) {
            if (c.level() != CodeLevel.LOCAL && catalog.find(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether any 一般公共预算 spending on a 三公 economic 款 is not basic spending (or the ledger has no such codes to compare). */
    private static boolean threePublicBeyondBasic(Rollup rollup) {
        if (rollup.header().economicScheme() != Scheme.DEPARTMENT_ECONOMIC) {
            return false; // no 三公 table is derived from 政府 economic codes
        }
        for (ClassificationCode<?> c : rollup.economicCodes()) {
            if (c.level() == CodeLevel.SECTION && isThreePublic(c.toInt())) {
                SourceTypeTotals t = rollup.economicTotals(c);
                for (Slice cell : NON_BASIC_GENERAL_PUBLIC) {
                    if (t.unscaledSum(cell) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isThreePublic(int code) {
        for (int c : THREE_PUBLIC_CODES) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the aggregates of a roll-up agree with one another in every fund source × spending
     * type cell — the premise of derived tables being consistent: Σ function 类 = the total, each
     * function 类 = Σ its 款 and each 款 = Σ its 项; Σ economic 类 plus the lines without economic
     * code = the total, each economic 类 = Σ its 款; Σ units plus the lines without unit = the
     * total; and the same of the initial budget's roll-up (年初预算数), if any. Always true of the
     * roll-ups a {@link dev.yusuan.core.ledger.Ledger} or a {@link dev.yusuan.core.ledger.LedgerAggregator}
     * makes; checked all the same, since it costs a pass over the codes, not over the lines.
     *
     * @param rollup the roll-up
     * @return whether they agree
     */
    public static boolean consistent(Rollup rollup) {
        long[] total = cells(rollup.totals());
        long[] byFunction = new long[CELLS.length];
        if (!hierarchyAgrees(rollup.functionCodes(), rollup, byFunction) || !Arrays.equals(total, byFunction)) {
            return false;
        }
        long[] byEconomic = new long[CELLS.length];
        if (!hierarchyAgrees(rollup.economicCodes(), rollup, byEconomic)) {
            return false;
        }
        long[] byUnit = new long[CELLS.length];
        for (int c = 0; c < CELLS.length; c++) {
            byEconomic[c] = Math.addExact(byEconomic[c], rollup.withoutEconomicCode(CELLS[c]).unscaledValue());
            byUnit[c] = rollup.withoutUnit(CELLS[c]).unscaledValue();
        }
        for (BudgetUnit u : rollup.header().entity().units()) {
            add(byUnit, cells(rollup.unitTotals(u.code())));
        }
        return Arrays.equals(total, byEconomic) && Arrays.equals(total, byUnit)
                && rollup.initialBudget().map(DerivedTableRules::consistent).orElse(true);
    }

    /**
     * For codes in code order (a 类 before its 款, a 款 before its 项): each 类 = Σ its 款 and each
     * 款 = Σ its 项 (local sub-items are left out: a 款 also holds the lines coded at the 款
     * itself). Adds the 类 up into {@code categories}.
     */
    private static boolean hierarchyAgrees(List<? extends ClassificationCode<?>> codes, Rollup rollup, long[] categories) {
        Map<Integer, long[]> children = new HashMap<>();
        Map<Integer, long[]> parents = new HashMap<>();
        for (ClassificationCode<?> code : codes) {
            long[] v = cells(totals(rollup, code));
            CodeLevel level = code.level();
            if (level == CodeLevel.CATEGORY) {
                add(categories, v);
                parents.put(code.toInt(), v);
            } else if (level == CodeLevel.SECTION || level == CodeLevel.ITEM) {
                add(children.computeIfAbsent(code.parent().orElseThrow().toInt(), k -> new long[CELLS.length]), v);
                if (level == CodeLevel.SECTION) {
                    parents.put(code.toInt(), v);
                }
            }
        }
        for (Map.Entry<Integer, long[]> p : parents.entrySet()) {
            long[] sum = children.get(p.getKey());
            if (sum != null && !Arrays.equals(sum, p.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static SourceTypeTotals totals(Rollup rollup, ClassificationCode<?> code) {
        return code instanceof FunctionCode ? rollup.functionTotals((FunctionCode) code) : rollup.economicTotals(code);
    }

    private static long[] cells(SourceTypeTotals t) {
        long[] v = new long[CELLS.length];
        for (int c = 0; c < CELLS.length; c++) {
            v[c] = t.unscaledSum(CELLS[c]);
        }
        return v;
    }

    private static void add(long[] into, long[] v) {
        for (int c = 0; c < into.length; c++) {
            into[c] = Math.addExact(into[c], v[c]);
        }
    }
}
