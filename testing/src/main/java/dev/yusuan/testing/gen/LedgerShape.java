package dev.yusuan.testing.gen;

import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.money.AmountUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of the line-level statements (明细账的形状) that {@link BudgetGens#ledgers(LedgerShape)}
 * generates: the stage, how many lines and units, the amount unit and scale, whether there are
 * carry-overs (结转结余) and an initial budget (年初预算数), how lines carry economic codes, and
 * optionally the catalog edition the codes come from.
 *
 * <p>Immutable: every method returns a new shape.
 *
 * <pre>{@code
 * LedgerShape small = LedgerShape.budget().lines(1, 8).units(1, 2);
 * LedgerShape large = LedgerShape.finalAccount().lines(1_000, 5_000).units(3, 8);
 * LedgerShape in2020 = LedgerShape.budget().catalog(Catalogs.requireEdition(2020));
 * }</pre>
 *
 * <p>The number of lines follows {@link dev.yusuan.testing.Gens#lists}: the minimum, plus on
 * average as many again (at least five more), never more than the maximum. Use a larger minimum
 * for ledgers of thousands of lines. A minimum of zero shrinks best: the shrinker can then delete
 * every line, while the first {@code min} lines are always there.
 */
public final class LedgerShape {

    /** How the lines of a ledger carry economic codes (经济分类). */
    public enum EconomicCoding {
        /** Every line has an economic 款 (the basic-expenditure tables can be derived). */
        ALL_LINES,
        /** Basic-spending lines have one, other lines about half of the time. */
        SOME_LINES,
        /** No line has an economic code. */
        NONE
    }

    private final Stage stage;
    private final int minLines;
    private final int maxLines;
    private final int minUnits;
    private final int maxUnits;
    private final boolean carryOvers;
    private final boolean initialBudget;
    private final AmountUnit unit;
    private final int scale;
    private final Integer year;
    private final Scheme economicScheme;
    private final EconomicCoding coding;
    private final boolean localSubItems;
    private final Catalog catalog;

    private LedgerShape(Stage stage, int minLines, int maxLines, int minUnits, int maxUnits, boolean carryOvers,
            boolean initialBudget, AmountUnit unit, int scale, Integer year, Scheme economicScheme, EconomicCoding coding,
            boolean localSubItems, Catalog catalog) {
        this.stage = stage;
        this.minLines = minLines;
        this.maxLines = maxLines;
        this.minUnits = minUnits;
        this.maxUnits = maxUnits;
        this.carryOvers = carryOvers;
        this.initialBudget = initialBudget;
        this.unit = unit;
        this.scale = scale;
        this.year = year;
        this.economicScheme = economicScheme;
        this.coding = coding;
        this.localSubItems = localSubItems;
        this.catalog = catalog;
    }

    /**
     * A budget (部门预算, 年初预算): 1 to 200 lines (about 6 on average), 1 to 4 units, carry-overs
     * (上年结转 and 结转下年), amounts in 万元 with 2 decimals, every line with a 部门 economic 款.
     *
     * @return the shape
     */
    public static LedgerShape budget() {
        return new LedgerShape(Stage.BUDGET, 1, 200, 1, 4, true, false, AmountUnit.WAN_YUAN, 2, null,
                Scheme.DEPARTMENT_ECONOMIC, EconomicCoding.ALL_LINES, false, null);
    }

    /**
     * A final account (部门决算): as {@link #budget()}, with the balances of a final account
     * (年初/年末结转和结余, 结余分配, 使用非财政拨款结余), the final-account spending types and an
     * initial budget (年初预算数).
     *
     * @return the shape
     */
    public static LedgerShape finalAccount() {
        return budget().stage(Stage.FINAL_ACCOUNT).initialBudget(true);
    }

    /**
     * @param newStage 年初预算, 调整预算 or 决算
     * @return this shape for that stage (an initial budget is kept only for a final account)
     */
    public LedgerShape stage(Stage newStage) {
        Objects.requireNonNull(newStage, "newStage");
        return new LedgerShape(newStage, minLines, maxLines, minUnits, maxUnits, carryOvers, initialBudget, unit, scale, year,
                economicScheme, coding, localSubItems, catalog);
    }

    /**
     * @param min the fewest lines, at least zero
     * @param max the most lines, at least {@code min}
     * @return this shape with that many lines
     */
    public LedgerShape lines(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid line counts: min " + min + ", max " + max);
        }
        return new LedgerShape(stage, min, max, minUnits, maxUnits, carryOvers, initialBudget, unit, scale, year,
                economicScheme, coding, localSubItems, catalog);
    }

    /**
     * @param min the fewest budget units (预算单位), at least zero; with none, lines have no unit
     * @param max the most units, at least {@code min}, at most 999
     * @return this shape with that many units
     */
    public LedgerShape units(int min, int max) {
        if (min < 0 || max < min || max > 999) {
            throw new IllegalArgumentException("invalid unit counts: min " + min + ", max " + max);
        }
        return new LedgerShape(stage, minLines, maxLines, min, max, carryOvers, initialBudget, unit, scale, year,
                economicScheme, coding, localSubItems, catalog);
    }

    /**
     * @param on whether to generate carry-overs: in a budget 上年结转 and 用事业基金弥补收支差额 as
     *     fund sources and 结转下年 / 结余分配 as balances; in a final account the four balances
     * @return this shape
     */
    public LedgerShape carryOvers(boolean on) {
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, on, initialBudget, unit, scale, year,
                economicScheme, coding, localSubItems, catalog);
    }

    /**
     * @param on whether a final account carries an initial budget (年初预算数); ignored for budgets
     * @return this shape
     */
    public LedgerShape initialBudget(boolean on) {
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, carryOvers, on, unit, scale, year,
                economicScheme, coding, localSubItems, catalog);
    }

    /**
     * @param newUnit the amount unit (元, 万元, 亿元)
     * @param newScale the number of decimals every amount has, 0 to {@value LedgerHeader#MAX_SCALE}
     * @return this shape with that unit and scale
     */
    public LedgerShape amounts(AmountUnit newUnit, int newScale) {
        Objects.requireNonNull(newUnit, "newUnit");
        if (newScale < 0 || newScale > LedgerHeader.MAX_SCALE) {
            throw new IllegalArgumentException("scale " + newScale + " is outside 0.." + LedgerHeader.MAX_SCALE);
        }
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, carryOvers, initialBudget, newUnit, newScale, year,
                economicScheme, coding, localSubItems, catalog);
    }

    /**
     * @param fiscalYear the fiscal year, 1990 to 2100 (by default 2018 to 2023, or the catalog's year)
     * @return this shape for that year
     */
    public LedgerShape year(int fiscalYear) {
        if (fiscalYear < 1990 || fiscalYear > 2100) {
            throw new IllegalArgumentException("fiscal year " + fiscalYear + " is outside 1990..2100");
        }
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, carryOvers, initialBudget, unit, scale, fiscalYear,
                economicScheme, coding, localSubItems, catalog);
    }

    /**
     * @param newCoding how lines carry economic codes
     * @return this shape
     */
    public LedgerShape economicCoding(EconomicCoding newCoding) {
        Objects.requireNonNull(newCoding, "newCoding");
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, carryOvers, initialBudget, unit, scale, year,
                economicScheme, newCoding, localSubItems, catalog);
    }

    /**
     * @param scheme the economic scheme of the lines: {@link Scheme#DEPARTMENT_ECONOMIC} (部门预算支出经济分类,
     *     the default) or {@link Scheme#GOVERNMENT_ECONOMIC} (政府预算支出经济分类)
     * @return this shape
     */
    public LedgerShape economicScheme(Scheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        if (scheme != Scheme.DEPARTMENT_ECONOMIC && scheme != Scheme.GOVERNMENT_ECONOMIC) {
            throw new IllegalArgumentException(scheme + " is not an economic scheme");
        }
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, carryOvers, initialBudget, unit, scale, year,
                scheme, coding, localSubItems, catalog);
    }

    /**
     * @param on whether some 部门 economic 款 are split into local sub-items (地方细化科目, e.g.
     *     {@code 3011201} under {@code 30112}); a 款 that is split is always split, so that it
     *     equals the sum of its sub-items
     * @return this shape
     */
    public LedgerShape localSubItems(boolean on) {
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, carryOvers, initialBudget, unit, scale, year,
                economicScheme, coding, on, catalog);
    }

    /**
     * Takes every code from a catalog edition: function 项 and economic 款 that are active in it,
     * and the edition's year as the fiscal year.
     *
     * @param edition the catalog edition
     * @return this shape
     */
    public LedgerShape catalog(Catalog edition) {
        Objects.requireNonNull(edition, "edition");
        return new LedgerShape(stage, minLines, maxLines, minUnits, maxUnits, carryOvers, initialBudget, unit, scale,
                edition.edition().year(), economicScheme, coding, localSubItems, edition);
    }

    /** @return the stage */
    public Stage stage() {
        return stage;
    }

    /** @return the fewest lines */
    public int minLines() {
        return minLines;
    }

    /** @return the most lines */
    public int maxLines() {
        return maxLines;
    }

    /** @return the fewest units */
    public int minUnits() {
        return minUnits;
    }

    /** @return the most units */
    public int maxUnits() {
        return maxUnits;
    }

    /** @return whether carry-overs are generated */
    public boolean hasCarryOvers() {
        return carryOvers;
    }

    /** @return whether a final account carries an initial budget */
    public boolean hasInitialBudget() {
        return initialBudget && !stage.isBudget();
    }

    /** @return the amount unit */
    public AmountUnit amountUnit() {
        return unit;
    }

    /** @return the number of decimals of every amount */
    public int scale() {
        return scale;
    }

    /** @return the fiscal year, if fixed */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** @return the economic scheme of the lines */
    public Scheme economicScheme() {
        return economicScheme;
    }

    /** @return how lines carry economic codes */
    public EconomicCoding economicCoding() {
        return coding;
    }

    /** @return whether some 款 are split into local sub-items */
    public boolean hasLocalSubItems() {
        return localSubItems;
    }

    /** @return the catalog edition the codes come from, if any */
    public Optional<Catalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    @Override
    public String toString() {
        return "LedgerShape[" + stage.chineseName() + ", lines " + minLines + ".." + maxLines + ", units " + minUnits + ".." + maxUnits
                + ", " + unit.chineseName() + " scale " + scale + (carryOvers ? ", carry-overs" : "")
                + (hasInitialBudget() ? ", initial budget" : "") + ", " + economicScheme.chineseName() + " " + coding
                + (localSubItems ? ", local sub-items" : "") + (catalog != null ? ", catalog " + catalog.edition().id() : "")
                + (year != null ? ", year " + year : "") + "]";
    }
}
