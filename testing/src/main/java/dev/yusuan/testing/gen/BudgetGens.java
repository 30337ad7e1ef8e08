package dev.yusuan.testing.gen;

import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.derive.TableDeriver;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.BalanceLine;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.ledger.LedgerLine;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.testing.ChoiceSource;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Generators of the budget domain (预算领域生成器): classification codes (syntactically valid, valid
 * in a catalog edition, at each level), amounts of a given precision and unit, budget units,
 * reporting entities, fund sources, spending types, line-level budgets and final accounts
 * ({@link Ledger}s of realistic shapes), and the standard tables derived from them.
 *
 * <p>Every generator builds valid data by construction (a parent total is the sum of its lines,
 * never filtered for) and shrinks towards simple data: codes towards the first code of a level
 * ({@code 200}, {@code 20000}, ...), amounts towards zero, ledgers towards fewer lines, fewer
 * units and smaller amounts.
 *
 * <pre>{@code
 * Gen<Ledger> ledgers = BudgetGens.ledgers(LedgerShape.budget().lines(1, 20));
 * Gen<PublishedStatement> statements = BudgetGens.statements(LedgerShape.finalAccount());
 * Gen<FunctionCode> items2020 = BudgetGens.functionCodesIn(Catalogs.requireEdition(2020), CodeLevel.ITEM);
 * }</pre>
 *
 * <p>Like every {@link Gen}, these generators are also plain functions of a
 * {@link java.util.random.RandomGenerator} ({@link Gen#generate(java.util.random.RandomGenerator)}),
 * so that another property-testing engine can drive them.
 */
public final class BudgetGens {

    private BudgetGens() {
    }

    // ================================================================ codes

    /**
     * The digits of syntactically valid codes of a scheme at a level: the scheme's leading digit,
     * then two digits per segment. Shrinks towards {@code x00}, {@code x0000}, ...
     *
     * @param scheme the classification scheme
     * @param level a level of that scheme
     * @return the generator of code texts, e.g. {@code "2101501"}
     * @throws IllegalArgumentException if the scheme has no such level
     */
    public static Gen<String> codeTexts(Scheme scheme, CodeLevel level) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(level, "level");
        if (!scheme.levels().contains(level)) {
            throw new IllegalArgumentException(scheme.chineseName() + " has no level " + level.chineseName());
        }
        int segments = (level.length() - 1) / 2;
        char lead = scheme.leadingDigit();
        return source -> {
            StringBuilder text = new StringBuilder(level.length()).append(lead);
            for (int i = 0; i < segments; i++) {
                appendTwoDigits(text, source.choose(99));
            }
            return text.toString();
        };
    }

    private static void appendTwoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }

    private static Gen<CodeLevel> levelsOf(Scheme scheme) {
        return Gens.elements(scheme.levels());
    }

    /**
     * @param level 类, 款 or 项
     * @return syntactically valid 支出功能分类 codes at that level
     */
    public static Gen<FunctionCode> functionCodes(CodeLevel level) {
        return codeTexts(Scheme.FUNCTION, level).map(FunctionCode::parse);
    }

    /** @return syntactically valid 支出功能分类 codes at any level (类 first) */
    public static Gen<FunctionCode> functionCodes() {
        return levelsOf(Scheme.FUNCTION).flatMap(BudgetGens::functionCodes);
    }

    /**
     * @param level 类, 款 or a local sub-item (地方细化)
     * @return syntactically valid 部门预算支出经济分类 codes at that level
     */
    public static Gen<DepartmentEconomicCode> departmentEconomicCodes(CodeLevel level) {
        return codeTexts(Scheme.DEPARTMENT_ECONOMIC, level).map(DepartmentEconomicCode::parse);
    }

    /** @return syntactically valid 部门预算支出经济分类 codes at any level */
    public static Gen<DepartmentEconomicCode> departmentEconomicCodes() {
        return levelsOf(Scheme.DEPARTMENT_ECONOMIC).flatMap(BudgetGens::departmentEconomicCodes);
    }

    /**
     * @param level 类, 款 or a local sub-item
     * @return syntactically valid 政府预算支出经济分类 codes at that level
     */
    public static Gen<GovernmentEconomicCode> governmentEconomicCodes(CodeLevel level) {
        return codeTexts(Scheme.GOVERNMENT_ECONOMIC, level).map(GovernmentEconomicCode::parse);
    }

    /** @return syntactically valid 政府预算支出经济分类 codes at any level */
    public static Gen<GovernmentEconomicCode> governmentEconomicCodes() {
        return levelsOf(Scheme.GOVERNMENT_ECONOMIC).flatMap(BudgetGens::governmentEconomicCodes);
    }

    /**
     * @param level 类, 款, 项 or 目
     * @return syntactically valid 收入分类 codes at that level
     */
    public static Gen<RevenueCode> revenueCodes(CodeLevel level) {
        return codeTexts(Scheme.REVENUE, level).map(RevenueCode::parse);
    }

    /** @return syntactically valid 收入分类 codes at any level */
    public static Gen<RevenueCode> revenueCodes() {
        return levelsOf(Scheme.REVENUE).flatMap(BudgetGens::revenueCodes);
    }

    /**
     * Codes of any scheme at any level, as their common interface.
     *
     * @return syntactically valid codes of every scheme
     */
    public static Gen<ClassificationCode<?>> codes() {
        return Gens.<ClassificationCode<?>>oneOf(functionCodes(), departmentEconomicCodes(), governmentEconomicCodes(),
                revenueCodes());
    }

    /**
     * Texts that look like codes of a scheme: valid codes, valid codes with one to three edits
     * (a character replaced, deleted or inserted, full-width digits, spaces, a wrong leading
     * digit, a wrong length) and short strings of digits and look-alike characters. Most are
     * invalid; shrinks towards a valid code.
     *
     * @param scheme the scheme the texts imitate
     * @return the generator
     */
    public static Gen<String> codeLikeTexts(Scheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        Gen<String> valid = levelsOf(scheme).flatMap(level -> codeTexts(scheme, level));
        Gen<String> edited = source -> {
            StringBuilder text = new StringBuilder(source.draw(valid));
            int edits = 1 + (int) source.choose(2);
            for (int i = 0; i < edits; i++) {
                edit(text, source);
            }
            return text.toString();
        };
        Gen<String> noise = Gens.strings(LOOK_ALIKES, 0, 10);
        return Gens.frequency(Gens.weighted(1, valid), Gens.weighted(6, edited), Gens.weighted(3, noise));
    }

    /** Digits first, then characters that printed codes contain by mistake. */
    private static final String LOOK_ALIKES = "0123456789２０１ 　a-|.，一";

    private static void edit(StringBuilder text, ChoiceSource source) {
        int kind = (int) source.choose(5);
        int length = text.length();
        char replacement = LOOK_ALIKES.charAt((int) source.choose(LOOK_ALIKES.length() - 1));
        int at = (int) source.choose(Math.max(0, length - 1));
        switch (kind) {
            case 0: // replace a character
                if (length > 0) {
                    text.setCharAt(at, replacement);
                }
                break;
            case 1: // delete a character
                if (length > 0) {
                    text.deleteCharAt(at);
                }
                break;
            case 2: // insert a character
                text.insert(Math.min(at, length), replacement);
                break;
            case 3: // change the leading digit
                if (length > 0) {
                    text.setCharAt(0, (char) ('0' + (text.charAt(0) - '0' + 1 + (int) source.choose(8)) % 10));
                }
                break;
            case 4: // cut the text short
                text.setLength(at);
                break;
            default: // one digit too many
                text.append((char) ('0' + (int) source.choose(9)));
                break;
        }
    }

    // ---------------------------------------------------------------- codes of a catalog edition

    /**
     * @param catalog a catalog edition
     * @param level 类, 款 or 项
     * @return the 支出功能分类 codes active in that edition at that level, in code order; shrinks
     *     towards the first
     * @throws IllegalArgumentException if the edition has no active code at that level
     */
    public static Gen<FunctionCode> functionCodesIn(Catalog catalog, CodeLevel level) {
        return Gens.elements(codesIn(catalog, Scheme.FUNCTION, level, FunctionCode.class));
    }

    /**
     * @param catalog a catalog edition
     * @param level 类 or 款 (national editions hold no local sub-items)
     * @return the 部门预算支出经济分类 codes active in that edition at that level
     * @throws IllegalArgumentException if the edition has no active code at that level
     */
    public static Gen<DepartmentEconomicCode> departmentEconomicCodesIn(Catalog catalog, CodeLevel level) {
        return Gens.elements(codesIn(catalog, Scheme.DEPARTMENT_ECONOMIC, level, DepartmentEconomicCode.class));
    }

    /**
     * @param catalog a catalog edition
     * @param level 类 or 款
     * @return the 政府预算支出经济分类 codes active in that edition at that level
     * @throws IllegalArgumentException if the edition has no active code at that level
     */
    public static Gen<GovernmentEconomicCode> governmentEconomicCodesIn(Catalog catalog, CodeLevel level) {
        return Gens.elements(codesIn(catalog, Scheme.GOVERNMENT_ECONOMIC, level, GovernmentEconomicCode.class));
    }

    /**
     * @param catalog a catalog edition
     * @param level 类, 款, 项 or 目
     * @return the 收入分类 codes active in that edition at that level
     * @throws IllegalArgumentException if the edition has no active code at that level
     */
    public static Gen<RevenueCode> revenueCodesIn(Catalog catalog, CodeLevel level) {
        return Gens.elements(codesIn(catalog, Scheme.REVENUE, level, RevenueCode.class));
    }

    private static <C> List<C> codesIn(Catalog catalog, Scheme scheme, CodeLevel level, Class<C> type) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(level, "level");
        List<C> out = new ArrayList<>();
        for (CatalogEntry<?> entry : activeEntries(catalog, scheme)) {
            if (entry.level() == level) {
                out.add(type.cast(entry.code()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("catalog edition " + catalog.edition().id() + " has no active "
                    + scheme.chineseName() + " code at level " + level.chineseName());
        }
        return out;
    }

    /** Every active entry of a scheme, walking the edition from its 类 down, in code order. */
    static List<CatalogEntry<?>> activeEntries(Catalog catalog, Scheme scheme) {
        List<CatalogEntry<?>> out = new ArrayList<>();
        for (CatalogEntry<?> root : catalog.roots(scheme)) {
            walk(catalog, root, out);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void walk(Catalog catalog, CatalogEntry<?> entry, List<CatalogEntry<?>> out) {
        if (entry.status() != EntryStatus.ACTIVE) {
            return;
        }
        out.add(entry);
        List<CatalogEntry> children = catalog.children((ClassificationCode) entry.code());
        for (CatalogEntry<?> child : children) {
            walk(catalog, child, out);
        }
    }

    // ================================================================ amounts

    /**
     * Amounts with exactly the given number of decimals in {@code [min, max]}. Shrinks towards
     * zero, or towards the bound nearest to zero.
     *
     * @param scale the number of decimals, 0 to {@value Amount#MAX_SCALE}
     * @param min the smallest amount
     * @param max the largest amount, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if the scale is out of range or no amount of that scale lies in the range
     */
    public static Gen<Amount> amounts(int scale, Amount min, Amount max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (scale < 0 || scale > Amount.MAX_SCALE) {
            throw new IllegalArgumentException("scale " + scale + " is outside 0.." + Amount.MAX_SCALE);
        }
        return Gens.bigDecimals(min.toBigDecimal(), max.toBigDecimal(), scale).map(Amount::of);
    }

    /**
     * Non-negative amounts of realistic size for one line of a statement in the given unit: up to
     * 1万元 (10⁴ 元), up to 100万元 or up to 1亿元, with {@code scale} decimals. Shrinks towards
     * small amounts and zero.
     *
     * @param unit the amount unit the values are in
     * @param scale the number of decimals, 0 to {@value LedgerHeader#MAX_SCALE}
     * @return the generator
     */
    public static Gen<Amount> amounts(AmountUnit unit, int scale) {
        Objects.requireNonNull(unit, "unit");
        if (scale < 0 || scale > LedgerHeader.MAX_SCALE) {
            throw new IllegalArgumentException("scale " + scale + " is outside 0.." + LedgerHeader.MAX_SCALE);
        }
        long small = maxUnscaled(4, unit, scale);
        long medium = maxUnscaled(6, unit, scale);
        long large = maxUnscaled(8, unit, scale);
        return Gens.frequency(
                Gens.weighted(2, unscaled(small, scale)),
                Gens.weighted(5, unscaled(medium, scale)),
                Gens.weighted(3, unscaled(large, scale)));
    }

    /** 10^(yuanExponent - unit exponent + scale), at least 1. */
    private static long maxUnscaled(int yuanExponent, AmountUnit unit, int scale) {
        int exponent = yuanExponent - unit.exponent() + scale;
        long max = 1;
        for (int i = 0; i < exponent; i++) {
            max *= 10;
        }
        return Math.max(1, max);
    }

    private static Gen<Amount> unscaled(long max, int scale) {
        return source -> Amount.of(source.choose(max), scale);
    }

    /** @return the amount units, 万元 (the usual unit of published tables) first, then 元 and 亿元 */
    public static Gen<AmountUnit> amountUnits() {
        return Gens.frequency(Gens.weighted(6, Gens.constant(AmountUnit.WAN_YUAN)), Gens.weighted(3, Gens.constant(AmountUnit.YUAN)),
                Gens.weighted(1, Gens.constant(AmountUnit.YI_YUAN)));
    }

    // ================================================================ dimensions

    /** @return the stages, 年初预算 first */
    public static Gen<Stage> stages() {
        return Gens.elements(Stage.values());
    }

    /** @return the unit types, weighted as they occur (行政单位 and 事业单位 most often); shrinks towards 行政单位 */
    public static Gen<UnitType> unitTypes() {
        return Gens.frequency(
                Gens.weighted(4, Gens.constant(UnitType.ADMINISTRATIVE)),
                Gens.weighted(4, Gens.constant(UnitType.INSTITUTION)),
                Gens.weighted(2, Gens.constant(UnitType.CIVIL_SERVICE_INSTITUTION)),
                Gens.weighted(1, Gens.constant(UnitType.ENTERPRISE)),
                Gens.weighted(1, Gens.constant(UnitType.OTHER)));
    }

    /** @return every fund source, weighted as they occur (一般公共预算拨款 most often); shrinks towards it */
    public static Gen<FundSource> fundSources() {
        return fundSources(Stage.BUDGET);
    }

    /**
     * @param stage a stage
     * @return the fund sources a ledger of that stage may hold: a final account holds 上年结转 and
     *     用事业基金弥补收支差额 as balances, not as sources
     */
    public static Gen<FundSource> fundSources(Stage stage) {
        return sources(Objects.requireNonNull(stage, "stage"), true);
    }

    private static Gen<FundSource> sources(Stage stage, boolean carryOvers) {
        List<Gens.Weighted<FundSource>> weighted = new ArrayList<>();
        for (FundSource source : FundSource.values()) {
            boolean balanceOnly = source == FundSource.CARRY_OVER || source == FundSource.BUSINESS_FUND;
            if (balanceOnly && (!stage.isBudget() || !carryOvers)) {
                continue;
            }
            weighted.add(Gens.weighted(SOURCE_WEIGHTS.get(source), Gens.constant(source)));
        }
        return frequency(weighted);
    }

    private static final Map<FundSource, Integer> SOURCE_WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(FundSource.GENERAL_PUBLIC_BUDGET, 40), Map.entry(FundSource.GOVERNMENT_FUND, 6),
            Map.entry(FundSource.STATE_CAPITAL, 2), Map.entry(FundSource.SPECIAL_ACCOUNT, 4), Map.entry(FundSource.BUSINESS, 6),
            Map.entry(FundSource.OPERATING, 2), Map.entry(FundSource.SUPERIOR_SUBSIDY, 3),
            Map.entry(FundSource.SUBORDINATE_REMITTANCE, 1), Map.entry(FundSource.OTHER, 4), Map.entry(FundSource.CARRY_OVER, 5),
            Map.entry(FundSource.BUSINESS_FUND, 1)));

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Gen<T> frequency(List<Gens.Weighted<T>> weighted) {
        return Gens.frequency(weighted.toArray(new Gens.Weighted[0]));
    }

    /** @return every spending type; shrinks towards 人员经费 */
    public static Gen<SpendingType> spendingTypes() {
        return spendingTypes(Stage.FINAL_ACCOUNT);
    }

    /**
     * @param stage a stage
     * @return the spending types a ledger of that stage may hold, weighted as they occur
     *     (上缴上级支出, 经营支出 and 对附属单位补助支出 only in a final account)
     */
    public static Gen<SpendingType> spendingTypes(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        List<Gens.Weighted<SpendingType>> weighted = new ArrayList<>();
        for (SpendingType type : SpendingType.values()) {
            if (type.isFinalAccountOnly() && stage.isBudget()) {
                continue;
            }
            int weight = type == SpendingType.PROJECT ? 4 : type.isBasic() ? 3 : 1;
            weighted.add(Gens.weighted(weight, Gens.constant(type)));
        }
        return frequency(weighted);
    }

    private static final List<String> DEPARTMENTS = List.of("株洲市医疗保障局", "醴陵市医疗保障局", "南充市医疗保障局",
            "洛阳市医疗保障局", "正定县医疗保障局", "某市财政局", "某县教育局", "某区卫生健康局");

    private static final Map<UnitType, List<String>> UNIT_NAMES = new EnumMap<>(Map.of(
            UnitType.ADMINISTRATIVE, List.of("机关", "本级"),
            UnitType.CIVIL_SERVICE_INSTITUTION, List.of("医疗保障事务中心", "综合执法大队"),
            UnitType.INSTITUTION, List.of("医疗保险服务中心", "信息中心", "基金监管所", "培训中心"),
            UnitType.ENTERPRISE, List.of("服务有限公司"),
            UnitType.OTHER, List.of("其他单位")));

    private record UnitSpec(UnitType type, int name) {
    }

    private static final Gen<UnitSpec> UNIT_SPECS = source -> {
        UnitType type = source.draw(unitTypes());
        return new UnitSpec(type, (int) source.choose(UNIT_NAMES.get(type).size() - 1));
    };

    /**
     * @return budget units (预算单位) with a six-digit code such as {@code 354001}, a name and a type
     */
    public static Gen<BudgetUnit> units() {
        return source -> {
            int department = 100 + (int) source.choose(899);
            int serial = 1 + (int) source.choose(998);
            UnitSpec spec = source.draw(UNIT_SPECS);
            return unit(department, serial, spec, "");
        };
    }

    private static BudgetUnit unit(int department, int serial, UnitSpec spec, String entityName) {
        String code = department + String.format("%03d", serial);
        return new BudgetUnit(code, entityName + UNIT_NAMES.get(spec.type()).get(spec.name()), spec.type());
    }

    /** @return reporting entities (部门) with 1 to 6 units of different types */
    public static Gen<ReportingEntity> entities() {
        return entities(1, 6);
    }

    /**
     * Reporting entities (部门): a department name and units whose codes share the department's
     * three-digit prefix ({@code 354001}, {@code 354002}, ...), so they are distinct by
     * construction. Shrinks towards fewer units, 行政单位 first.
     *
     * @param minUnits the fewest units, at least zero
     * @param maxUnits the most units, at least {@code minUnits}, at most 999
     * @return the generator
     */
    public static Gen<ReportingEntity> entities(int minUnits, int maxUnits) {
        if (minUnits < 0 || maxUnits < minUnits || maxUnits > 999) {
            throw new IllegalArgumentException("invalid unit counts: min " + minUnits + ", max " + maxUnits);
        }
        Gen<List<UnitSpec>> specs = Gens.lists(UNIT_SPECS, minUnits, maxUnits);
        Gen<String> names = Gens.elements(DEPARTMENTS);
        return source -> {
            String name = source.draw(names);
            int department = 100 + (int) source.choose(899);
            List<UnitSpec> drawn = source.draw(specs);
            List<BudgetUnit> units = new ArrayList<>(drawn.size());
            for (int i = 0; i < drawn.size(); i++) {
                units.add(unit(department, i + 1, drawn.get(i), name));
            }
            return new ReportingEntity(name, units);
        };
    }

    // ================================================================ ledgers

    /**
     * Line-level statements (明细账) of the given shape: a reporting entity with its units; lines of
     * function 项 × economic 款 × fund source × spending type × unit → amount, their economic
     * codes fitting the spending type (人员经费 on 301/303, 公用经费 on 302/310/307/399, …); with
     * carry-overs, the balances of the stage, never more 年初结转和结余 or 使用非财政拨款结余 than
     * a function 项 and source spends plus carries forward (so that income, 本年收入, is never
     * negative); for a final account with an initial budget, its 年初预算数 ledger.
     *
     * <p>The lines are drawn as a list, so the shrinker removes lines one by one; amounts shrink
     * towards zero, codes towards the first code of their list, units towards fewer.
     *
     * @param shape the shape
     * @return the generator
     * @throws IllegalArgumentException if the shape's catalog has no function 项 or no economic 款
     */
    public static Gen<Ledger> ledgers(LedgerShape shape) {
        Objects.requireNonNull(shape, "shape");
        Codes codes = shape.catalog().map(c -> Codes.of(c, shape)).orElseGet(() -> Codes.syntactic(shape));
        Gen<ReportingEntity> entities = entities(shape.minUnits(), shape.maxUnits());
        Gen<Integer> years = shape.year().<Gen<Integer>>map(Gens::constant).orElse(Gens.elements(2020, 2021, 2019, 2022, 2018, 2023));
        Gen<List<FunctionSection>> charts = Gens.lists(codes.sections, 1, 6);
        Gen<Amount> amounts = amounts(shape.amountUnit(), shape.scale());
        return source -> {
            ReportingEntity entity = source.draw(entities);
            LedgerHeader header = new LedgerHeader(entity, source.draw(years), shape.stage(), shape.amountUnit(), shape.scale(),
                    shape.economicScheme());
            List<FunctionSection> chart = source.draw(charts);
            List<LedgerLine> lines = source.draw(Gens.lists(lines(shape, shape.stage(), entity, chart, codes, amounts),
                    shape.minLines(), shape.maxLines()));
            Ledger.Builder builder = Ledger.builder(header);
            lines.forEach(builder::add);
            if (shape.hasCarryOvers() && !lines.isEmpty()) {
                Gen<BalanceLine> balances = new BalanceDraw(shape.stage(), lines, shape.scale(), amounts);
                int max = Math.max(2, lines.size() / 4);
                source.draw(Gens.lists(balances, 0, max)).forEach(builder::addBalance);
            }
            if (shape.hasInitialBudget()) {
                Gen<LedgerLine> budgetLines = lines(shape, Stage.BUDGET, entity, chart, codes, amounts);
                Ledger.Builder budget = Ledger.builder(header.withStage(Stage.BUDGET));
                source.draw(Gens.lists(budgetLines, 0, Math.max(1, shape.maxLines()))).forEach(budget::add);
                builder.initialBudget(budget.build());
            }
            return builder.build();
        };
    }

    /** @return ledgers of the default budget shape ({@link LedgerShape#budget()}) */
    public static Gen<Ledger> ledgers() {
        return ledgers(LedgerShape.budget());
    }

    private static Gen<LedgerLine> lines(LedgerShape shape, Stage stage, ReportingEntity entity, List<FunctionSection> chart,
            Codes codes, Gen<Amount> amounts) {
        Gen<SpendingType> types = spendingTypes(stage);
        Gen<FundSource> sources = sources(stage, shape.hasCarryOvers());
        List<BudgetUnit> units = entity.units();
        return source -> {
            FunctionSection section = chart.get((int) source.choose(chart.size() - 1));
            FunctionCode function = section.items.get((int) source.choose(section.items.size() - 1));
            SpendingType type = source.draw(types);
            FundSource fundSource = source.draw(sources);
            Optional<BudgetUnit> unit = units.isEmpty() ? Optional.empty()
                    : Optional.of(units.get((int) source.choose(units.size() - 1)));
            Optional<ClassificationCode<?>> economic = codes.economic(source, type,
                    unit.map(BudgetUnit::type).orElse(UnitType.ADMINISTRATIVE), shape.economicCoding());
            Amount amount = source.draw(amounts);
            Optional<DepartmentEconomicCode> department = economic.filter(c -> c instanceof DepartmentEconomicCode)
                    .map(c -> (DepartmentEconomicCode) c);
            Optional<GovernmentEconomicCode> government = economic.filter(c -> c instanceof GovernmentEconomicCode)
                    .map(c -> (GovernmentEconomicCode) c);
            return new LedgerLine(function, department, government, fundSource, type, unit.map(BudgetUnit::code), amount);
        };
    }

    /** The key of a (function 项, source, unit) bucket of a ledger. */
    private record Bucket(FunctionCode function, FundSource source, Optional<String> unit) {
    }

    /** The source a balance of a line is held under: 上年结转 and 用事业基金弥补 are budget sources of their own. */
    private static FundSource balanceSource(FundSource lineSource) {
        return lineSource == FundSource.CARRY_OVER || lineSource == FundSource.BUSINESS_FUND
                ? FundSource.GENERAL_PUBLIC_BUDGET : lineSource;
    }

    /**
     * Draws the balances of one ledger. Each balance draws a line (its function 项, source and
     * unit), a kind allowed for the stage and source, and an amount. A generator is made for each
     * ledger and keeps, while the list of balances is drawn, what each bucket can still fund: a
     * kind on the income side (年初结转和结余, 使用非财政拨款结余) takes at most that, so the income
     * of every bucket (spending + 结余分配 + 年末结转和结余 − 年初结转和结余 − 使用非财政拨款结余)
     * stays non-negative.
     */
    private static final class BalanceDraw implements Gen<BalanceLine> {
        private final Stage stage;
        private final List<LedgerLine> lines;
        private final int scale;
        private final Gen<Amount> amounts;
        private final Map<Bucket, Long> capacity = new HashMap<>();

        BalanceDraw(Stage stage, List<LedgerLine> lines, int scale, Gen<Amount> amounts) {
            this.stage = stage;
            this.lines = lines;
            this.scale = scale;
            this.amounts = amounts;
            for (LedgerLine l : lines) {
                capacity.merge(bucket(l), l.amount().withScale(scale).unscaledValue(), Long::sum);
            }
        }

        private static Bucket bucket(LedgerLine line) {
            return new Bucket(line.function(), balanceSource(line.source()), line.unit());
        }

        @Override
        public BalanceLine generate(ChoiceSource source) {
            LedgerLine line = lines.get((int) source.choose(lines.size() - 1));
            Bucket bucket = bucket(line);
            BalanceKind kind = balanceKind(source, stage, bucket.source());
            long left = capacity.get(bucket);
            Amount amount;
            if (kind.isIncomeSide()) {
                amount = Amount.of(source.choose(left), scale);
                capacity.put(bucket, left - amount.unscaledValue());
            } else {
                amount = source.draw(amounts);
                capacity.put(bucket, left + amount.unscaledValue());
            }
            return new BalanceLine(kind, line.function(), bucket.source(), line.unit(), amount);
        }
    }

    private static BalanceKind balanceKind(ChoiceSource source, Stage stage, FundSource fundSource) {
        List<BalanceKind> kinds = new ArrayList<>();
        for (BalanceKind kind : BalanceKind.values()) {
            boolean nonFiscalOnly = kind == BalanceKind.SURPLUS_DISTRIBUTION || kind == BalanceKind.USE_OF_NON_FISCAL_SURPLUS;
            if (kind.allowedIn(stage) && !(nonFiscalOnly && fundSource.isFiscal())) {
                kinds.add(kind);
            }
        }
        return kinds.get((int) source.choose(kinds.size() - 1));
    }

    // ---------------------------------------------------------------- code pools

    /** A function 款 of a ledger's chart with the 项 lines may be on. */
    private static final class FunctionSection {
        final List<FunctionCode> items;

        FunctionSection(List<FunctionCode> items) {
            this.items = items;
        }

        @Override
        public String toString() {
            return items.get(0).atLevel(CodeLevel.SECTION).toString();
        }
    }

    /** The codes a ledger draws from: function 款 with their 项, and economic 款 by spending type and unit type. */
    private static final class Codes {
        final Gen<FunctionSection> sections;
        /** Economic codes by pool: see {@link #pool}. */
        final Map<String, List<ClassificationCode<?>>> economic;

        Codes(Gen<FunctionSection> sections, Map<String, List<ClassificationCode<?>>> economic) {
            this.sections = sections;
            this.economic = economic;
        }

        Optional<ClassificationCode<?>> economic(ChoiceSource source, SpendingType type, UnitType unitType,
                LedgerShape.EconomicCoding coding) {
            boolean coded;
            switch (coding) {
                case ALL_LINES:
                    coded = true;
                    break;
                case NONE:
                    coded = false;
                    break;
                default:
                    coded = type.isBasic() || !source.chance(1, 2);
                    break;
            }
            if (!coded) {
                return Optional.empty();
            }
            List<ClassificationCode<?>> pool = economic.get(pool(type, unitType));
            return Optional.of(pool.get((int) source.choose(pool.size() - 1)));
        }

        static String pool(SpendingType type, UnitType unitType) {
            String kind = type == SpendingType.BASIC_PERSONNEL ? "personnel"
                    : type == SpendingType.BASIC_PUBLIC ? "public" : type == SpendingType.PROJECT ? "project" : "other";
            return kind + (unitType.mapsAsAdministrative() ? "" : "/institution");
        }

        /** Codes that need no catalog: syntactically valid, with realistic categories and sections. */
        static Codes syntactic(LedgerShape shape) {
            Gen<FunctionSection> sections = source -> {
                String category = FUNCTION_CATEGORIES.get((int) source.choose(FUNCTION_CATEGORIES.size() - 1));
                StringBuilder section = new StringBuilder(category);
                appendTwoDigits(section, 1 + source.choose(19));
                List<FunctionCode> items = new ArrayList<>();
                for (String item : FUNCTION_ITEMS) {
                    items.add(FunctionCode.parse(section + item));
                }
                return new FunctionSection(items);
            };
            Map<String, List<String>> texts = economicPools(shape.economicScheme());
            Map<String, List<ClassificationCode<?>>> economic = new LinkedHashMap<>();
            texts.forEach((pool, codes) -> {
                List<ClassificationCode<?>> parsed = new ArrayList<>();
                for (String code : codes) {
                    parsed.add(economicCode(shape, code));
                }
                economic.put(pool, parsed);
            });
            return new Codes(sections, economic);
        }

        /** Codes of a catalog edition: its active function 款 that have 项, and its active economic 款. */
        static Codes of(Catalog catalog, LedgerShape shape) {
            List<CatalogEntry<?>> functions = activeEntries(catalog, Scheme.FUNCTION);
            Map<FunctionCode, List<FunctionCode>> itemsBySection = new LinkedHashMap<>();
            for (CatalogEntry<?> entry : functions) {
                if (entry.level() == CodeLevel.ITEM) {
                    FunctionCode item = (FunctionCode) entry.code();
                    itemsBySection.computeIfAbsent(item.atLevel(CodeLevel.SECTION), k -> new ArrayList<>()).add(item);
                }
            }
            if (itemsBySection.isEmpty()) {
                throw new IllegalArgumentException("catalog edition " + catalog.edition().id() + " has no active 支出功能分类 项");
            }
            List<FunctionSection> sections = new ArrayList<>();
            itemsBySection.values().forEach(items -> sections.add(new FunctionSection(List.copyOf(items))));

            Scheme scheme = shape.economicScheme();
            Map<String, List<ClassificationCode<?>>> byCategory = new HashMap<>();
            List<ClassificationCode<?>> allSections = new ArrayList<>();
            for (CatalogEntry<?> entry : activeEntries(catalog, scheme)) {
                if (entry.level() == CodeLevel.SECTION) {
                    byCategory.computeIfAbsent(entry.code().toString().substring(0, 3), k -> new ArrayList<>()).add(entry.code());
                    allSections.add(entry.code());
                }
            }
            if (allSections.isEmpty() && shape.economicCoding() != LedgerShape.EconomicCoding.NONE) {
                throw new IllegalArgumentException("catalog edition " + catalog.edition().id() + " has no active "
                        + scheme.chineseName() + " 款");
            }
            Map<String, List<String>> texts = economicPools(scheme);
            Map<String, List<ClassificationCode<?>>> economic = new LinkedHashMap<>();
            texts.forEach((pool, codes) -> {
                // the catalog's 款 under the categories of the pool, the pool's own codes first
                List<ClassificationCode<?>> out = new ArrayList<>();
                List<String> categories = new ArrayList<>();
                for (String code : codes) {
                    String category = code.substring(0, 3);
                    if (!categories.contains(category)) {
                        categories.add(category);
                    }
                }
                for (String category : categories) {
                    for (ClassificationCode<?> code : byCategory.getOrDefault(category, List.of())) {
                        ClassificationCode<?> local = localised(shape, code);
                        if (!out.contains(local)) {
                            out.add(local);
                        }
                    }
                }
                economic.put(pool, out.isEmpty() ? List.copyOf(allSections) : out);
            });
            return new Codes(Gens.elements(sections), economic);
        }
    }

    private static ClassificationCode<?> economicCode(LedgerShape shape, String text) {
        if (shape.economicScheme() == Scheme.DEPARTMENT_ECONOMIC) {
            return localised(shape, DepartmentEconomicCode.parse(text));
        }
        return GovernmentEconomicCode.parse(text);
    }

    /** With local sub-items, 30112 is always split into 3011201 and 3011202 (as in Zhuzhou). */
    private static ClassificationCode<?> localised(LedgerShape shape, ClassificationCode<?> code) {
        if (shape.hasLocalSubItems() && code.toString().equals(SPLIT_SECTION)) {
            return DepartmentEconomicCode.parse(SPLIT_SECTION + "01");
        }
        return code;
    }

    private static final String SPLIT_SECTION = "30112";

    private static final List<String> FUNCTION_CATEGORIES = List.of("210", "208", "201", "221", "229", "205", "206", "207", "212",
            "213", "214", "220", "224");

    /** 项 with a fixed meaning in every 款 (行政运行, 一般行政管理事务, 机关服务, 事业运行, 其他…支出) first. */
    private static final List<String> FUNCTION_ITEMS = List.of("01", "02", "03", "50", "99", "04", "05", "06");

    /**
     * Economic 款 by pool ({@code personnel}, {@code public}, {@code project}, {@code other}, each
     * also for institutions: {@code personnel/institution}, ...), the most common first.
     */
    private static Map<String, List<String>> economicPools(Scheme scheme) {
        Map<String, List<String>> pools = new LinkedHashMap<>();
        if (scheme == Scheme.DEPARTMENT_ECONOMIC) {
            pools.put("personnel", List.of("30101", "30102", "30103", "30107", "30108", "30109", "30110", "30112", "30113",
                    "30199", "30301", "30302", "30305", "30307", "30309", "30399"));
            pools.put("public", List.of("30201", "30202", "30205", "30206", "30207", "30211", "30212", "30213", "30216", "30217",
                    "30228", "30229", "30231", "30239", "30299", "31002", "31013", "30701", "39999"));
            pools.put("project", List.of("30201", "30211", "30213", "30226", "30227", "30299", "31002", "31003", "31007", "31013",
                    "30305", "30309", "30901", "39999"));
            pools.put("other", List.of("30299", "39999"));
            for (String pool : List.of("personnel", "public", "project", "other")) {
                pools.put(pool + "/institution", pools.get(pool));
            }
        } else {
            // 机关 spend on 501-503 and 509; 事业单位 receive their wages and running costs as 505
            // (对事业单位经常性补助) and capital as 506
            pools.put("personnel", List.of("50101", "50102", "50103", "50199", "50905", "50901"));
            pools.put("public", List.of("50201", "50202", "50203", "50205", "50206", "50207", "50208", "50209", "50299", "50306"));
            pools.put("project", List.of("50201", "50205", "50209", "50299", "50302", "50306", "50901", "50999"));
            pools.put("other", List.of("50299", "59999"));
            pools.put("personnel/institution", List.of("50501", "50905", "50901"));
            pools.put("public/institution", List.of("50502", "50601"));
            pools.put("project/institution", List.of("50502", "50601", "50901", "50999"));
            pools.put("other/institution", List.of("50502", "59999"));
        }
        return pools;
    }

    // ================================================================ statements

    /**
     * The standard tables derived from generated ledgers (由明细账生成的公开表): every table kind
     * that {@link TableDeriver} can derive from the ledger, consistent by construction. With a
     * catalog in the shape, code rows are labelled with the edition's names.
     *
     * @param shape the shape of the ledgers
     * @return the generator
     */
    public static Gen<PublishedStatement> statements(LedgerShape shape) {
        return derivedStatements(shape).map(DerivedStatement::statement);
    }

    /** @return statements derived from ledgers of the default budget shape */
    public static Gen<PublishedStatement> statements() {
        return statements(LedgerShape.budget());
    }

    /**
     * Generated ledgers together with the statements derived from them, for properties that need
     * both (and for failure reports that list the lines).
     *
     * @param shape the shape of the ledgers
     * @return the generator
     */
    public static Gen<DerivedStatement> derivedStatements(LedgerShape shape) {
        Objects.requireNonNull(shape, "shape");
        Optional<Catalog> names = shape.catalog();
        return ledgers(shape).map(ledger -> new DerivedStatement(ledger, derive(ledger, names)));
    }

    /**
     * Derives every derivable standard table of a ledger as a statement.
     *
     * @param ledger a ledger
     * @param names a catalog edition whose names label the code rows, if any
     * @return the statement
     */
    public static PublishedStatement derive(Ledger ledger, Optional<Catalog> names) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(names, "names");
        TableDeriver deriver = TableDeriver.of(ledger);
        if (names.isPresent()) {
            deriver = deriver.withCatalog(names.get());
        }
        LedgerHeader h = ledger.header();
        String title = h.entity().name() + h.year() + "年" + (h.stage().isBudget() ? "部门预算" : "部门决算");
        return deriver.deriveStatement(new StatementSource(title, Optional.empty(),
                Optional.of("generated: derived from a generated ledger of " + ledger.size() + " lines")));
    }

    /**
     * The lines of a ledger as text, one per line, for failure reports: function, economic code,
     * source, type, unit, amount; then the balances and the initial budget.
     *
     * @param ledger a ledger
     * @return the text
     */
    public static String describe(Ledger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        StringBuilder out = new StringBuilder();
        LedgerHeader h = ledger.header();
        out.append(h.entity().name()).append(' ').append(h.year()).append(' ').append(h.stage().chineseName()).append(", ")
                .append(h.unit().chineseName()).append(", ").append(ledger.size()).append(" lines");
        for (BudgetUnit u : h.entity().units()) {
            out.append("\n    unit ").append(u.code()).append(' ').append(u.name()).append(" (").append(u.type().chineseName()).append(')');
        }
        for (LedgerLine line : ledger.lines()) {
            out.append("\n    ").append(line.function()).append(' ').append(line.economic().map(Object::toString).orElse("-"))
                    .append(' ').append(line.source().chineseName()).append(' ').append(line.type().chineseName()).append(' ')
                    .append(line.unit().orElse("-")).append(' ').append(line.amount());
        }
        for (BalanceLine b : ledger.balances()) {
            out.append("\n    ").append(b.kind().chineseName()).append(' ').append(b.function()).append(' ')
                    .append(b.source().chineseName()).append(' ').append(b.unit().orElse("-")).append(' ').append(b.amount());
        }
        ledger.initialBudget().ifPresent(budget -> out.append("\n  年初预算数: ")
                .append(describe(budget).replace("\n", "\n  ")));
        return out.toString();
    }
}
