package dev.yusuan.core.derive;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.ledger.BalanceKind;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.ledger.Slice;
import dev.yusuan.core.ledger.SourceTypeTotals;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableException;
import dev.yusuan.core.table.TableKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Derives the standard tables (标准表) from line-level data: from a {@link Rollup} (of a
 * {@link Ledger}, or of a stream fed to a {@link dev.yusuan.core.ledger.LedgerAggregator}) it
 * builds every standard table kind of docs/published-tables.md as the same
 * {@link PublishedTable} objects a published statement holds, consistent by construction: every
 * cell is an exact roll-up of the lines, so each 类 = Σ its 款, each 款 = Σ its 项, 合计 = Σ 类,
 * 合计 = Σ fund-source columns = Σ spending-type columns, 基本支出 = 人员经费 + 公用经费,
 * 收入总计 = 支出总计, exactly.
 *
 * <p>Derived tables use a canonical form: the standard title and (for 决算) number, columns with
 * vocabulary ids and standard labels, a {@code line:total} row first (last in 公开06表), unit rows
 * when every line is allocated to a unit (部门收入总表, 部门支出总表), then the code hierarchy
 * in code order. A code row is printed when any of its cells is non-zero (and then so are its
 * ancestors). A zero cell is printed blank; every other cell has the ledger's scale. Row labels
 * are the catalog's names when a {@link #withCatalog catalog} is given, the codes otherwise.
 *
 * <p>Income (本年收入) follows from spending and balances ({@link Rollup#income}); 三公 figures
 * come from the 部门 economic 款 30212 (因公出国（境）费用), 30217 (公务接待费), 30231
 * (公务用车运行维护费) and 31013 (公务用车购置) of 一般公共预算 spending.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableDeriver {
    private static final String NOTE = "由明细数据生成 (derived from line-level data); a blank cell is zero";
    private static final DepartmentEconomicCode OVERSEAS = DepartmentEconomicCode.parse("30212");
    private static final DepartmentEconomicCode RECEPTION = DepartmentEconomicCode.parse("30217");
    private static final DepartmentEconomicCode VEHICLE_OPERATION = DepartmentEconomicCode.parse("30231");
    private static final DepartmentEconomicCode VEHICLE_PURCHASE = DepartmentEconomicCode.parse("31013");
    private static final List<FundSource> BUDGET_INCOME_SOURCES = List.of(FundSource.GENERAL_PUBLIC_BUDGET,
            FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT, FundSource.BUSINESS, FundSource.OPERATING,
            FundSource.SUPERIOR_SUBSIDY, FundSource.SUBORDINATE_REMITTANCE, FundSource.OTHER);
    private static final List<FundSource> FINAL_INCOME_SOURCES = List.of(FundSource.GENERAL_PUBLIC_BUDGET,
            FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT, FundSource.SUPERIOR_SUBSIDY,
            FundSource.BUSINESS, FundSource.OPERATING, FundSource.SUBORDINATE_REMITTANCE, FundSource.OTHER);
    private static final List<FundSource> FISCAL = List.of(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND,
            FundSource.STATE_CAPITAL);
    private static final Set<SpendingType> BASIC = Sets.immutableEnumSet(SpendingType.BASIC_PERSONNEL, SpendingType.BASIC_PUBLIC);

    private final Rollup rollup;
    private final Catalog catalog;

    private TableDeriver(Rollup rollup, Catalog catalog) {
        this.rollup = rollup;
        this.catalog = catalog;
    }

    /**
     * @param rollup the roll-ups of a ledger or of a stream of lines
     * @return a deriver that labels code rows with their codes
     */
    public static TableDeriver of(Rollup rollup) {
        return new TableDeriver(Objects.requireNonNull(rollup, "rollup"), null);
    }

    /**
     * @param ledger a ledger
     * @return a deriver over its roll-ups
     */
    public static TableDeriver of(Ledger ledger) {
        return of(Objects.requireNonNull(ledger, "ledger").rollup());
    }

    /**
     * @param names a catalog edition whose names label the code rows (codes it does not hold are labelled with the code)
     * @return a deriver using it
     */
    public TableDeriver withCatalog(Catalog names) {
        return new TableDeriver(rollup, Objects.requireNonNull(names, "names"));
    }

    /** @return the roll-ups the tables are derived from */
    public Rollup rollup() {
        return rollup;
    }

    /**
     * @param kind a table kind
     * @return why the kind cannot be derived from these roll-ups, empty if it can
     */
    public Optional<String> whyNotDerivable(TableKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind == TableKind.OTHER || kind == TableKind.BUDGET_ECONOMIC_MAPPING) {
            return Optional.of(kind.id() + " is not a standard table that line-level data determines");
        }
        if (!kind.appliesTo(rollup.header().stage())) {
            return Optional.of(kind.id() + " is not a table of a " + rollup.header().stage().chineseName());
        }
        switch (kind) {
            case BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE:
                return classified(Slice.of(FundSource.GENERAL_PUBLIC_BUDGET).withTypes(BASIC));
            case BUDGET_BASIC_EXPENDITURE:
                return classified(Slice.all().withTypes(BASIC));
            case FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE:
                return classified(Slice.of(FundSource.GENERAL_PUBLIC_BUDGET).withTypes(BASIC));
            case BUDGET_THREE_PUBLIC:
            case FINAL_THREE_PUBLIC:
                return rollup.header().economicScheme() == Scheme.DEPARTMENT_ECONOMIC ? Optional.empty()
                        : Optional.of("三公 figures are read from 部门 economic codes; this ledger holds 政府 economic codes");
            default:
                return Optional.empty();
        }
    }

    private Optional<String> classified(Slice slice) {
        return rollup.isEconomicallyClassified(slice) ? Optional.empty()
                : Optional.of("lines of " + slice + " without economic code add up to "
                        + rollup.withoutEconomicCode(slice) + ", so a table by economic code would not add up");
    }

    /**
     * @param kind a table kind
     * @return whether it can be derived
     */
    public boolean canDerive(TableKind kind) {
        return whyNotDerivable(kind).isEmpty();
    }

    /** @return the kinds that can be derived, in enum order */
    public Set<TableKind> derivableKinds() {
        EnumSet<TableKind> s = EnumSet.noneOf(TableKind.class);
        for (TableKind k : TableKind.values()) {
            if (canDerive(k)) {
                s.add(k);
            }
        }
        return Sets.immutableEnumSet(s);
    }

    /**
     * Derives every derivable standard table, in enum order, as a statement.
     *
     * @param source where the statement comes from
     * @return the statement
     */
    public PublishedStatement deriveStatement(StatementSource source) {
        Objects.requireNonNull(source, "source");
        PublishedStatement.Builder b = PublishedStatement.builder(source, rollup.header().entity(), rollup.header().year(),
                rollup.header().stage(), rollup.header().unit());
        for (TableKind k : derivableKinds()) {
            b.table(derive(k));
        }
        return b.build();
    }

    /**
     * Derives one table.
     *
     * @param kind the table kind
     * @return the table
     * @throws TableException ({@link TableException.Kind#NOT_DERIVABLE}) saying why the kind cannot be derived
     */
    public PublishedTable derive(TableKind kind) {
        Optional<String> why = whyNotDerivable(kind);
        if (why.isPresent()) {
            throw new TableException(TableException.Kind.NOT_DERIVABLE, kind.id(), null, null, why.get());
        }
        switch (kind) {
            case BUDGET_SUMMARY:
                return budgetSummary();
            case BUDGET_INCOME:
                return functionTable(kind, sourceColumns(true, FundSource.values()), true);
            case BUDGET_EXPENDITURE:
                return functionTable(kind, sourceColumns(false, FundSource.values()), true);
            case BUDGET_EXPENDITURE_BY_TYPE:
                return functionTable(kind, typeColumns(Slice.all(), true), true);
            case BUDGET_FISCAL_SUMMARY:
                return fiscalSummary(kind, false);
            case BUDGET_GENERAL_PUBLIC_EXPENDITURE:
                return functionTable(kind, typeColumns(Slice.of(FundSource.GENERAL_PUBLIC_BUDGET), true), false);
            case BUDGET_GENERAL_PUBLIC_BASIC_EXPENDITURE:
                return economicTable(kind, Slice.of(FundSource.GENERAL_PUBLIC_BUDGET));
            case BUDGET_BASIC_EXPENDITURE:
                return economicTable(kind, Slice.all());
            case BUDGET_THREE_PUBLIC:
                return threePublicBudget();
            case BUDGET_GOVERNMENT_FUND_EXPENDITURE:
                return functionTable(kind, typeColumns(Slice.of(FundSource.GOVERNMENT_FUND), true), false);
            case BUDGET_STATE_CAPITAL_EXPENDITURE:
                return functionTable(kind, typeColumns(Slice.of(FundSource.STATE_CAPITAL), true), false);
            case BUDGET_SPECIAL_ACCOUNT_EXPENDITURE:
                return functionTable(kind, typeColumns(Slice.of(FundSource.SPECIAL_ACCOUNT), true), false);
            case BUDGET_PROJECT_EXPENDITURE:
                return functionTable(kind, projectColumns(), false);
            case FINAL_SUMMARY:
                return finalSummary();
            case FINAL_INCOME:
                return functionTable(kind, finalIncomeColumns(), false);
            case FINAL_EXPENDITURE:
                return functionTable(kind, typeColumns(Slice.all(), false), false);
            case FINAL_FISCAL_SUMMARY:
                return fiscalSummary(kind, true);
            case FINAL_GENERAL_PUBLIC_EXPENDITURE:
                return functionTable(kind, finalTypeColumns(Slice.of(FundSource.GENERAL_PUBLIC_BUDGET), ColumnId.TOTAL), false);
            case FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE:
                return finalBasic();
            case FINAL_THREE_PUBLIC:
                return threePublicFinal();
            case FINAL_GOVERNMENT_FUND:
                return finalGovernmentFund();
            case FINAL_STATE_CAPITAL:
                return functionTable(kind, finalTypeColumns(Slice.of(FundSource.STATE_CAPITAL), ColumnId.TOTAL), false);
            default:
                throw new TableException(TableException.Kind.NOT_DERIVABLE, kind.id(), null, null, "no derivation for this kind");
        }
    }

    // ---- measures and columns -------------------------------------------------------------

    /** What a column adds up, for the total row, a function row, a unit row and an economic row. */
    private static final class Measure {
        /** For a plain spending measure, its slice: the fast path over {@link SourceTypeTotals}. */
        Slice spending;
        final Supplier<Amount> total;
        final Function<FunctionCode, Amount> function;
        final Function<String, Amount> unit;
        final Function<ClassificationCode<?>, Amount> economic;

        Measure(Supplier<Amount> total, Function<FunctionCode, Amount> function, Function<String, Amount> unit,
                Function<ClassificationCode<?>, Amount> economic) {
            this.total = total;
            this.function = function;
            this.unit = unit;
            this.economic = economic;
        }

        Measure plus(Measure o) {
            return new Measure(() -> total.get().plus(o.total.get()), c -> function.apply(c).plus(o.function.apply(c)),
                    u -> unit.apply(u).plus(o.unit.apply(u)), null);
        }
    }

    private static final class Col {
        final ColumnId id;
        final Measure measure;

        Col(ColumnId id, Measure measure) {
            this.id = id;
            this.measure = measure;
        }
    }

    private Measure spending(Slice s) {
        Measure m = new Measure(() -> rollup.total(s), c -> rollup.function(c, s), u -> rollup.unit(u, s), e -> rollup.economic(e, s));
        m.spending = s;
        return m;
    }

    private Measure income(Slice s) {
        return new Measure(() -> rollup.income(s), c -> rollup.income(c, s), u -> rollup.incomeOfUnit(u, s), null);
    }

    private Measure balance(BalanceKind kind, Slice s) {
        return new Measure(() -> rollup.balance(kind, s), c -> rollup.balance(kind, c, s), u -> rollup.balanceOfUnit(kind, u, s), null);
    }

    private static Measure economicItem(Rollup r, ClassificationCode<?> code, Slice s) {
        return new Measure(() -> r.economic(code, s), c -> r.economic(code, s), null, null);
    }

    private List<Col> sourceColumns(boolean income, FundSource... sources) {
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(ColumnId.TOTAL, income ? income(Slice.all()) : spending(Slice.all())));
        for (FundSource s : sources) {
            cols.add(new Col(ColumnId.ofSource(s), income ? income(Slice.of(s)) : spending(Slice.of(s))));
        }
        return cols;
    }

    private List<Col> typeColumns(Slice base, boolean budget) {
        if (!budget) {
            return finalTypeColumns(base, ColumnId.TOTAL);
        }
        return List.of(new Col(ColumnId.TOTAL, spending(base)),
                new Col(ColumnId.parse("type/basic"), spending(base.withTypes(BASIC))),
                new Col(ColumnId.ofType(SpendingType.BASIC_PERSONNEL), spending(base.withTypes(SpendingType.BASIC_PERSONNEL))),
                new Col(ColumnId.ofType(SpendingType.BASIC_PUBLIC), spending(base.withTypes(SpendingType.BASIC_PUBLIC))),
                new Col(ColumnId.ofType(SpendingType.PROJECT), spending(base.withTypes(SpendingType.PROJECT))));
    }

    /** Total, 基本, 项目, and the final-account-only types (all of them for all sources, the non-zero ones otherwise). */
    private List<Col> finalTypeColumns(Slice base, ColumnId totalId) {
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(totalId, spending(base)));
        cols.add(new Col(ColumnId.parse("type/basic"), spending(base.withTypes(BASIC))));
        cols.add(new Col(ColumnId.ofType(SpendingType.PROJECT), spending(base.withTypes(SpendingType.PROJECT))));
        boolean all = base.sources().size() == FundSource.values().length;
        for (SpendingType t : SpendingType.values()) {
            if (t.isFinalAccountOnly() && (all || !rollup.total(base.withTypes(t)).isZero()
                    || hasNonZeroFunction(base.withTypes(t)))) {
                cols.add(new Col(ColumnId.ofType(t), spending(base.withTypes(t))));
            }
        }
        return cols;
    }

    private boolean hasNonZeroFunction(Slice s) {
        for (FunctionCode c : rollup.functionCodes()) {
            if (!rollup.function(c, s).isZero()) {
                return true;
            }
        }
        return false;
    }

    private List<Col> projectColumns() {
        Slice p = Slice.ofTypes(SpendingType.PROJECT);
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(ColumnId.TOTAL, spending(p)));
        for (FundSource s : FundSource.values()) {
            cols.add(new Col(ColumnId.ofSource(s), spending(p.withSources(s))));
        }
        return cols;
    }

    private List<Col> finalIncomeColumns() {
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(ColumnId.TOTAL, income(Slice.all())));
        cols.add(new Col(ColumnId.parse("source/fiscal"), income(Slice.ofSources(FISCAL))));
        for (FundSource s : FINAL_INCOME_SOURCES) {
            if (!s.isFiscal()) {
                cols.add(new Col(ColumnId.ofSource(s), income(Slice.of(s))));
            }
        }
        return cols;
    }

    // ---- cells, labels, rows --------------------------------------------------------------

    private static Cell cell(Amount a) {
        return a.isZero() ? Cell.BLANK : Cell.of(a);
    }

    private String name(ClassificationCode<?> code) {
        if (catalog == null) {
            return code.toString();
        }
        Optional<? extends CatalogEntry<?>> e;
        if (code instanceof FunctionCode) {
            e = catalog.find((FunctionCode) code);
        } else if (code instanceof DepartmentEconomicCode) {
            e = catalog.find((DepartmentEconomicCode) code);
        } else if (code instanceof GovernmentEconomicCode) {
            e = catalog.find((GovernmentEconomicCode) code);
        } else {
            e = Optional.empty();
        }
        return e.<String>map(CatalogEntry::name).orElse(code.toString());
    }

    private static Block.Builder block(BlockRole role, List<Col> cols) {
        Block.Builder b = Block.builder(role);
        for (Col c : cols) {
            b.column(Column.of(c.id, c.id.standardLabel().toArray(new String[0])));
        }
        return b;
    }

    private static Row row(RowKey key, String label, List<Col> cols, Function<Measure, Amount> value) {
        return row(key, label, cols, values(cols, value));
    }

    private static Row line(LineId id, ColumnId col, Amount value) {
        return Row.builder(RowKey.line(id), id.standardLabel()).cell(col, cell(value)).build();
    }

    private PublishedTable table(TableKind kind, Block.Builder... blocks) {
        PublishedTable.Builder t = PublishedTable.builder(kind, kind.chineseTitle(), rollup.header().unit()).note(NOTE);
        kind.standardNumber().ifPresent(t::number);
        for (Block.Builder b : blocks) {
            t.block(b);
        }
        return t.build();
    }

    /** Adds the unit rows (when every line is allocated to a unit) and the function hierarchy rows. */
    private void functionRows(Block.Builder b, List<Col> cols, boolean unitRows) {
        if (unitRows && rollup.isAllocatedToUnits()) {
            for (BudgetUnit u : rollup.header().entity().units()) {
                Row r = row(RowKey.unit(u.code()), u.name(), cols, m -> m.unit.apply(u.code()));
                if (!r.isEmpty()) {
                    b.row(r);
                }
            }
        }
        List<FunctionCode> codes = rollup.functionCodes();
        Amount[][] values = new Amount[codes.size()][];
        boolean[] keep = new boolean[codes.size()];
        int category = -1;
        int section = -1;
        for (int i = 0; i < codes.size(); i++) {
            FunctionCode c = codes.get(i);
            if (c.level() == CodeLevel.CATEGORY) {
                category = i;
                section = -1;
            } else if (c.level() == CodeLevel.SECTION) {
                section = i;
            }
            SourceTypeTotals totals = rollup.functionTotals(c);
            values[i] = values(cols, m -> m.spending != null ? totals.sum(m.spending) : m.function.apply(c));
            if (!allZero(values[i])) {
                keep[i] = true;
                if (category >= 0) {
                    keep[category] = true;
                }
                if (section >= 0 && c.level() == CodeLevel.ITEM) {
                    keep[section] = true;
                }
            }
        }
        for (int i = 0; i < codes.size(); i++) {
            if (keep[i]) {
                FunctionCode c = codes.get(i);
                b.row(row(RowKey.function(c), name(c), cols, values[i]));
            }
        }
    }

    private static Amount[] values(List<Col> cols, Function<Measure, Amount> value) {
        Amount[] v = new Amount[cols.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = value.apply(cols.get(i).measure);
        }
        return v;
    }

    private static boolean allZero(Amount[] values) {
        for (Amount a : values) {
            if (!a.isZero()) {
                return false;
            }
        }
        return true;
    }

    private static Row row(RowKey key, String label, List<Col> cols, Amount[] values) {
        Row.Builder r = Row.builder(key, label);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isZero()) {
                r.cell(cols.get(i).id, Cell.of(values[i]));
            }
        }
        return r.build();
    }

    private PublishedTable functionTable(TableKind kind, List<Col> cols, boolean unitRows) {
        Block.Builder b = block(BlockRole.MAIN, cols);
        b.row(row(RowKey.line(LineId.TOTAL), "合计", cols, m -> m.total.get()));
        functionRows(b, cols, unitRows);
        return table(kind, b);
    }

    /**
     * The economic hierarchy rows. Local sub-items are printed only under a 款 that has no amount
     * of its own (every line of that 款 is on a sub-item); otherwise they are folded into the 款,
     * so that each 款 = Σ its printed sub-items holds.
     */
    private List<Row> economicRows(List<Col> cols) {
        List<Row> candidates = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        Map<String, Row> byCode = new HashMap<>();
        for (ClassificationCode<?> c : rollup.economicCodes()) {
            Row r = row(RowKey.economic(c), name(c), cols, m -> m.economic.apply(c));
            candidates.add(r);
            byCode.put(c.toString(), r);
            if (!r.isEmpty()) {
                keep.add(c.toString());
                c.ancestors().forEach(a -> keep.add(a.toString()));
            }
        }
        Set<String> folded = new HashSet<>();
        for (ClassificationCode<?> c : rollup.economicCodes()) {
            if (c.level() != CodeLevel.SECTION) {
                continue;
            }
            List<Row> locals = new ArrayList<>();
            for (ClassificationCode<?> x : rollup.economicCodes()) {
                if (x.level() == CodeLevel.LOCAL && x.toString().startsWith(c.toString()) && keep.contains(x.toString())) {
                    locals.add(byCode.get(x.toString()));
                }
            }
            if (locals.isEmpty()) {
                continue;
            }
            Row section = byCode.get(c.toString());
            for (Col col : cols) {
                Amount sum = Amount.ZERO;
                for (Row l : locals) {
                    sum = sum.plus(l.cell(col.id).numericValue().orElseThrow());
                }
                if (!sum.isEqualTo(section.cell(col.id).numericValue().orElseThrow())) {
                    locals.forEach(l -> folded.add(l.key().value()));
                    break;
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (Row r : candidates) {
            if (keep.contains(r.key().value()) && !folded.contains(r.key().value())) {
                out.add(r);
            }
        }
        return out;
    }

    private PublishedTable economicTable(TableKind kind, Slice base) {
        List<Col> cols = List.of(new Col(ColumnId.TOTAL, spending(base.withTypes(BASIC))),
                new Col(ColumnId.ofType(SpendingType.BASIC_PERSONNEL), spending(base.withTypes(SpendingType.BASIC_PERSONNEL))),
                new Col(ColumnId.ofType(SpendingType.BASIC_PUBLIC), spending(base.withTypes(SpendingType.BASIC_PUBLIC))));
        Block.Builder b = block(BlockRole.MAIN, cols);
        b.row(row(RowKey.line(LineId.TOTAL), "合计", cols, m -> m.total.get()));
        economicRows(cols).forEach(b::row);
        return table(kind, b);
    }

    // ---- summaries ------------------------------------------------------------------------

    private void categoryRows(Block.Builder b, List<Col> cols) {
        for (FunctionCode c : rollup.functionCodes()) {
            if (c.level() == CodeLevel.CATEGORY) {
                Row r = row(RowKey.function(c), name(c), cols, m -> m.function.apply(c));
                if (!r.isEmpty()) {
                    b.row(r);
                }
            }
        }
    }

    private PublishedTable budgetSummary() {
        Slice all = Slice.all();
        ColumnId amount = ColumnId.AMOUNT;
        Block.Builder in = Block.builder(BlockRole.INCOME).column(Column.of(amount, "收入", "本年预算"));
        Amount current = Amount.ZERO.withScale(rollup.header().scale());
        for (FundSource s : BUDGET_INCOME_SOURCES) {
            Amount v = rollup.income(Slice.of(s));
            current = current.plus(v);
            in.row(line(LineId.ofIncome(s), amount, v));
        }
        Amount businessFund = rollup.income(Slice.of(FundSource.BUSINESS_FUND));
        Amount carryOver = rollup.income(Slice.of(FundSource.CARRY_OVER));
        in.row(line(LineId.INCOME_CURRENT_YEAR_TOTAL, amount, current));
        in.row(line(LineId.ofIncome(FundSource.BUSINESS_FUND), amount, businessFund));
        in.row(line(LineId.ofIncome(FundSource.CARRY_OVER), amount, carryOver));
        in.row(line(LineId.GRAND_TOTAL, amount, current.plus(businessFund).plus(carryOver)));

        List<Col> cols = List.of(new Col(amount, spending(all)));
        Block.Builder out = Block.builder(BlockRole.EXPENDITURE_BY_FUNCTION).column(Column.of(amount, "支出", "本年预算"));
        categoryRows(out, cols);
        Amount spent = rollup.total();
        Amount distribution = rollup.balance(BalanceKind.SURPLUS_DISTRIBUTION, all);
        Amount closing = rollup.balance(BalanceKind.CLOSING_CARRY_OVER, all);
        out.row(line(LineId.EXPENDITURE_CURRENT_YEAR_TOTAL, amount, spent));
        out.row(line(LineId.SURPLUS_DISTRIBUTION, amount, distribution));
        out.row(line(LineId.CARRY_OVER_CLOSING, amount, closing));
        out.row(line(LineId.GRAND_TOTAL, amount, spent.plus(distribution).plus(closing)));

        Block.Builder byType = Block.builder(BlockRole.EXPENDITURE_BY_TYPE).column(Column.of(amount, "支出", "本年预算"));
        for (String type : List.of("basic", "project")) {
            LineId typeLine = LineId.parse("expenditure/type/" + type);
            Slice s = all.withTypes(typeLine.spendingTypes());
            byType.row(line(typeLine, amount, rollup.total(s)));
            if (rollup.isEconomicallyClassified(s)) {
                for (ClassificationCode<?> c : rollup.economicCodes()) {
                    if (c.level() == CodeLevel.CATEGORY) {
                        Amount v = rollup.economic(c, s);
                        if (!v.isZero()) {
                            LineId l = LineId.parse("expenditure/type/" + type + "/econ/" + c);
                            byType.row(Row.builder(RowKey.line(l), name(c)).cell(amount, cell(v)).build());
                        }
                    }
                }
            }
        }
        byType.row(line(LineId.EXPENDITURE_CURRENT_YEAR_TOTAL, amount, spent));
        return table(TableKind.BUDGET_SUMMARY, in, out, byType);
    }

    private PublishedTable finalSummary() {
        Slice all = Slice.all();
        ColumnId amount = ColumnId.AMOUNT;
        Block.Builder in = Block.builder(BlockRole.INCOME).column(Column.of(amount, "收入", "金额"));
        Amount current = Amount.ZERO.withScale(rollup.header().scale());
        for (FundSource s : FINAL_INCOME_SOURCES) {
            Amount v = rollup.income(Slice.of(s));
            current = current.plus(v);
            in.row(line(LineId.ofIncome(s), amount, v));
        }
        Amount use = rollup.balance(BalanceKind.USE_OF_NON_FISCAL_SURPLUS, all);
        Amount opening = rollup.balance(BalanceKind.OPENING_CARRY_OVER, all);
        in.row(line(LineId.INCOME_CURRENT_YEAR_TOTAL, amount, current));
        in.row(line(LineId.USE_OF_NON_FISCAL_SURPLUS, amount, use));
        in.row(line(LineId.CARRY_OVER_OPENING, amount, opening));
        in.row(line(LineId.GRAND_TOTAL, amount, current.plus(use).plus(opening)));

        List<Col> cols = List.of(new Col(amount, spending(all)));
        Block.Builder out = Block.builder(BlockRole.EXPENDITURE_BY_FUNCTION).column(Column.of(amount, "支出", "金额"));
        categoryRows(out, cols);
        Amount spent = rollup.total();
        Amount distribution = rollup.balance(BalanceKind.SURPLUS_DISTRIBUTION, all);
        Amount closing = rollup.balance(BalanceKind.CLOSING_CARRY_OVER, all);
        out.row(line(LineId.EXPENDITURE_CURRENT_YEAR_TOTAL, amount, spent));
        out.row(line(LineId.SURPLUS_DISTRIBUTION, amount, distribution));
        out.row(line(LineId.CARRY_OVER_CLOSING, amount, closing));
        out.row(line(LineId.GRAND_TOTAL, amount, spent.plus(distribution).plus(closing)));
        return table(TableKind.FINAL_SUMMARY, in, out);
    }

    private PublishedTable fiscalSummary(TableKind kind, boolean finalAccount) {
        Slice fiscal = Slice.ofSources(FISCAL);
        ColumnId amount = ColumnId.AMOUNT;
        Block.Builder in = Block.builder(BlockRole.INCOME).column(Column.of(amount, "收入", finalAccount ? "金额" : "本年预算"));
        Amount current = Amount.ZERO.withScale(rollup.header().scale());
        for (FundSource s : FISCAL) {
            Amount v = rollup.income(Slice.of(s));
            current = current.plus(v);
            in.row(line(LineId.ofIncome(s), amount, v));
        }
        in.row(line(LineId.INCOME_CURRENT_YEAR_TOTAL, amount, current));
        Amount opening = rollup.balance(BalanceKind.OPENING_CARRY_OVER, fiscal);
        if (finalAccount) {
            in.row(line(LineId.CARRY_OVER_OPENING, amount, opening));
            for (FundSource s : FISCAL) {
                in.row(line(LineId.parse("carry-over/opening/" + s.id()), amount, rollup.balance(BalanceKind.OPENING_CARRY_OVER, Slice.of(s))));
            }
        }
        in.row(line(LineId.GRAND_TOTAL, amount, current.plus(opening)));

        List<Col> cols = new ArrayList<>();
        cols.add(new Col(ColumnId.TOTAL, spending(fiscal)));
        for (FundSource s : FISCAL) {
            cols.add(new Col(ColumnId.ofSource(s), spending(Slice.of(s))));
        }
        Block.Builder out = block(BlockRole.EXPENDITURE_BY_FUNCTION, cols);
        categoryRows(out, cols);
        out.row(row(RowKey.line(LineId.EXPENDITURE_CURRENT_YEAR_TOTAL), LineId.EXPENDITURE_CURRENT_YEAR_TOTAL.standardLabel(), cols,
                m -> m.total.get()));
        List<Col> closing = new ArrayList<>();
        closing.add(new Col(ColumnId.TOTAL, balance(BalanceKind.CLOSING_CARRY_OVER, fiscal)));
        for (FundSource s : FISCAL) {
            closing.add(new Col(ColumnId.ofSource(s), balance(BalanceKind.CLOSING_CARRY_OVER, Slice.of(s))));
        }
        out.row(row(RowKey.line(LineId.CARRY_OVER_CLOSING), LineId.CARRY_OVER_CLOSING.standardLabel(), closing, m -> m.total.get()));
        List<Col> grand = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            grand.add(new Col(cols.get(i).id, cols.get(i).measure.plus(closing.get(i).measure)));
        }
        out.row(row(RowKey.line(LineId.GRAND_TOTAL), LineId.GRAND_TOTAL.standardLabel(), grand, m -> m.total.get()));
        return table(kind, in, out);
    }

    // ---- 三公, 公开06, 公开08 --------------------------------------------------------------

    private static List<Col> threePublicColumns(Rollup r, String prefix) {
        Slice gpb = Slice.of(FundSource.GENERAL_PUBLIC_BUDGET);
        Measure overseas = economicItem(r, OVERSEAS, gpb);
        Measure purchase = economicItem(r, VEHICLE_PURCHASE, gpb);
        Measure operation = economicItem(r, VEHICLE_OPERATION, gpb);
        Measure reception = economicItem(r, RECEPTION, gpb);
        Measure vehicles = purchase.plus(operation);
        return List.of(new Col(ColumnId.parse(prefix + "three-public/total"), overseas.plus(vehicles).plus(reception)),
                new Col(ColumnId.parse(prefix + "three-public/overseas"), overseas),
                new Col(ColumnId.parse(prefix + "three-public/vehicles"), vehicles),
                new Col(ColumnId.parse(prefix + "three-public/vehicles/purchase"), purchase),
                new Col(ColumnId.parse(prefix + "three-public/vehicles/operation"), operation),
                new Col(ColumnId.parse(prefix + "three-public/reception"), reception));
    }

    private PublishedTable threePublicBudget() {
        List<Col> cols = threePublicColumns(rollup, "");
        Block.Builder b = block(BlockRole.MAIN, cols);
        b.row(row(RowKey.line(LineId.TOTAL), "合计", cols, m -> m.total.get()));
        return table(TableKind.BUDGET_THREE_PUBLIC, b);
    }

    private PublishedTable threePublicFinal() {
        List<Col> cols = new ArrayList<>();
        rollup.initialBudget().ifPresent(ib -> cols.addAll(threePublicColumns(ib, "budget/")));
        cols.addAll(threePublicColumns(rollup, "final/"));
        Block.Builder b = block(BlockRole.MAIN, cols);
        b.row(row(RowKey.line(LineId.TOTAL), "合计", cols, m -> m.total.get()));
        return table(TableKind.FINAL_THREE_PUBLIC, b);
    }

    private PublishedTable finalBasic() {
        Slice gpb = Slice.of(FundSource.GENERAL_PUBLIC_BUDGET);
        Block.Builder personnel = basicBlock(BlockRole.PERSONNEL, gpb.withTypes(SpendingType.BASIC_PERSONNEL), "人员经费合计");
        Block.Builder pub = basicBlock(BlockRole.PUBLIC, gpb.withTypes(SpendingType.BASIC_PUBLIC), "公用经费合计");
        return table(TableKind.FINAL_GENERAL_PUBLIC_BASIC_EXPENDITURE, personnel, pub);
    }

    private Block.Builder basicBlock(BlockRole role, Slice s, String totalLabel) {
        List<Col> cols = List.of(new Col(ColumnId.AMOUNT, spending(s)));
        Block.Builder b = Block.builder(role).column(Column.of(ColumnId.AMOUNT, role.chineseName(), "决算数"));
        economicRows(cols).forEach(b::row);
        b.row(row(RowKey.line(LineId.TOTAL), totalLabel, cols, m -> m.total.get()));
        return b;
    }

    private PublishedTable finalGovernmentFund() {
        Slice gf = Slice.of(FundSource.GOVERNMENT_FUND);
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(ColumnId.CARRY_OVER_OPENING, balance(BalanceKind.OPENING_CARRY_OVER, gf)));
        cols.add(new Col(ColumnId.INCOME, income(gf)));
        cols.addAll(finalTypeColumns(gf, ColumnId.SUBTOTAL));
        cols.add(new Col(ColumnId.CARRY_OVER_CLOSING, balance(BalanceKind.CLOSING_CARRY_OVER, gf)));
        return functionTable(TableKind.FINAL_GOVERNMENT_FUND, ImmutableList.copyOf(cols), false);
    }
}
