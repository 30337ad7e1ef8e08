package dev.yusuan.json;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
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
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.CodeLayout;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.testing.ChoiceSource;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Generators of valid values of the model, built valid by construction (no filters). */
final class Generated {
    private Generated() {
    }

    /** Text with ASCII, Chinese, JSON-special and control characters and a supplementary character. */
    static final Gen<String> TEXT = Gens.strings("ab 合计一般公共预算拨款\"\\/\n\t\u0001\u007f\u2028é𠀋-—.0", 0, 12);
    /** Non-blank text. */
    static final Gen<String> NON_BLANK = TEXT.map(s -> s.isBlank() ? "合" + s : s);

    static final Gen<Amount> AMOUNTS = source -> {
        int scale = (int) source.choose(6);
        long magnitude = source.chance(1, 20) ? 999_999_999_999_999_999L : source.chance(1, 2) ? 10_000_000L : 1_000_000_000_000L;
        long unscaled = source.choose(magnitude);
        if (source.chance(1, 4)) {
            unscaled = -unscaled;
        }
        return Amount.of(unscaled, scale);
    };

    static String digits(ChoiceSource source, char lead, int length) {
        StringBuilder sb = new StringBuilder().append(lead);
        for (int i = 1; i < length; i++) {
            sb.append((char) ('0' + source.choose(9)));
        }
        return sb.toString();
    }

    static final Gen<FunctionCode> FUNCTION = source -> FunctionCode.parse(digits(source, '2', 3 + 2 * (int) source.choose(2)));
    static final Gen<FunctionCode> FUNCTION_ITEM = source -> FunctionCode.parse(digits(source, '2', 7));
    static final Gen<DepartmentEconomicCode> DEPT = source -> DepartmentEconomicCode.parse(digits(source, '3', 3 + 2 * (int) source.choose(2)));
    static final Gen<GovernmentEconomicCode> GOV = source -> GovernmentEconomicCode.parse(digits(source, '5', 3 + 2 * (int) source.choose(2)));
    static final Gen<RevenueCode> REVENUE = source -> RevenueCode.parse(digits(source, '1', 3 + 2 * (int) source.choose(3)));

    static final List<String> COLUMN_IDS = List.of("amount", "total", "subtotal", "source/fiscal", "source/general-public-budget",
            "source/general-public-budget/appropriation", "source/government-fund", "source/state-capital", "source/special-account",
            "source/business", "source/operating", "source/other", "source/carry-over", "type/basic", "type/basic/personnel",
            "type/basic/public", "type/project", "type/remit-to-superior", "econ/301", "econ/30101", "econ/502", "type/basic/econ/302",
            "budget", "final", "budget/three-public/overseas", "final/three-public/total", "three-public/total", "three-public/reception",
            "three-public/vehicles/purchase", "carry-over/opening", "carry-over/closing", "income", "gov-economic", "dept-economic",
            "x-local", "x-本级", "x-a/b", "x-\"q\"");
    static final List<String> LINE_IDS = List.of("total", "grand-total", "income/general-public-budget", "income/carry-over",
            "income/current-year-total", "expenditure/current-year-total", "expenditure/type/basic", "expenditure/econ/301",
            "carry-over/opening", "carry-over/closing", "surplus-distribution", "use-of-non-fiscal-surplus", "three-public/overseas",
            "x-income/other-revenue", "x-本级");

    static final Gen<RowKey> ROW_KEYS = source -> {
        switch ((int) source.choose(6)) {
            case 0:
                return RowKey.line(LineId.parse(LINE_IDS.get((int) source.choose(LINE_IDS.size() - 1))));
            case 1:
                return RowKey.function(source.draw(FUNCTION));
            case 2:
                return RowKey.departmentEconomic(source.draw(DEPT));
            case 3:
                return RowKey.governmentEconomic(source.draw(GOV));
            case 4:
                return RowKey.revenue(source.draw(REVENUE));
            case 5:
                return RowKey.unit(digits(source, '3', 6));
            default:
                return RowKey.item(source.draw(TEXT));
        }
    };

    static final Gen<Cell> CELLS = source -> {
        switch ((int) source.choose(5)) {
            case 0:
                return Cell.dash(List.of("-", "—", "－", "–", "--", "——").get((int) source.choose(5)));
            case 1:
                return Cell.text(source.draw(NON_BLANK));
            default:
                return Cell.of(source.draw(AMOUNTS));
        }
    };

    static Block block(ChoiceSource source, TableKind kind) {
        Block.Builder b = Block.builder(BlockRole.values()[(int) source.choose(BlockRole.values().length - 1)]);
        List<ColumnId> allowed = new ArrayList<>();
        for (String id : COLUMN_IDS) {
            ColumnId c = ColumnId.parse(id);
            if (kind.allows(c)) {
                allowed.add(c);
            }
        }
        int nc = (int) source.choose(Math.min(5, allowed.size()));
        List<ColumnId> columns = new ArrayList<>();
        for (int i = 0; i < nc; i++) {
            ColumnId c = allowed.get((int) source.choose(allowed.size() - 1));
            if (!columns.contains(c)) {
                columns.add(c);
                List<String> label = source.draw(Gens.lists(TEXT, 0, 3));
                Optional<String> number = source.chance(1, 3) ? Optional.of(source.draw(NON_BLANK)) : Optional.empty();
                b.column(new Column(c, label, number));
            }
        }
        int nr = (int) source.choose(6);
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < nr; i++) {
            RowKey key = source.draw(ROW_KEYS);
            String number = source.chance(1, 3) ? source.draw(NON_BLANK) : null;
            if (!seen.add(List.of(key, number == null ? "" : number))) {
                continue;
            }
            Row.Builder rb = Row.builder(key, source.draw(TEXT));
            if (number != null) {
                rb.number(number);
            }
            for (ColumnId c : columns) {
                if (source.chance(2, 3)) {
                    rb.cell(c, source.draw(CELLS));
                }
            }
            b.row(rb);
        }
        return b.build();
    }

    static final Gen<ReportingEntity> ENTITIES = source -> {
        int n = (int) source.choose(4);
        List<BudgetUnit> units = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String code = digits(source, '3', 3 + (int) source.choose(5));
            if (codes.add(code)) {
                units.add(new BudgetUnit(code, source.draw(NON_BLANK), UnitType.values()[(int) source.choose(UnitType.values().length - 1)]));
            }
        }
        return new ReportingEntity(source.draw(NON_BLANK), units);
    };

    static final Gen<PublishedStatement> STATEMENTS = source -> {
        StatementSource src = new StatementSource(source.draw(NON_BLANK),
                source.chance(1, 2) ? Optional.of(source.draw(TEXT)) : Optional.empty(),
                source.chance(1, 2) ? Optional.of(source.draw(TEXT)) : Optional.empty());
        Stage stage = Stage.values()[(int) source.choose(2)];
        AmountUnit unit = AmountUnit.values()[(int) source.choose(2)];
        PublishedStatement.Builder b = PublishedStatement.builder(src, source.draw(ENTITIES), 1990 + (int) source.choose(110), stage, unit);
        List<TableKind> kinds = new ArrayList<>();
        for (TableKind k : TableKind.values()) {
            if (k.appliesTo(stage)) {
                kinds.add(k);
            }
        }
        int nt = (int) source.choose(4);
        for (int i = 0; i < nt; i++) {
            TableKind kind = kinds.get((int) source.choose(kinds.size() - 1));
            PublishedTable.Builder t = PublishedTable.builder(kind, source.draw(NON_BLANK), AmountUnit.values()[(int) source.choose(2)]);
            if (source.chance(1, 2)) {
                t.number(source.draw(NON_BLANK));
            }
            t.codeLayout(CodeLayout.values()[(int) source.choose(1)]);
            if (source.chance(1, 2)) {
                t.note(source.draw(TEXT));
            }
            int nb = 1 + (int) source.choose(2);
            for (int j = 0; j < nb; j++) {
                t.block(block(source, kind));
            }
            b.table(t.build());
        }
        return b.build();
    };

    // ---------------------------------------------------------------- ledgers

    static LedgerHeader header(ChoiceSource source) {
        Stage stage = Stage.values()[(int) source.choose(2)];
        return new LedgerHeader(source.draw(ENTITIES), 1990 + (int) source.choose(110), stage, AmountUnit.values()[(int) source.choose(2)],
                (int) source.choose(LedgerHeader.MAX_SCALE), source.chance(1, 3) ? Scheme.GOVERNMENT_ECONOMIC : Scheme.DEPARTMENT_ECONOMIC);
    }

    static Ledger ledger(ChoiceSource source, LedgerHeader h, boolean withBudget) {
        Ledger.Builder b = Ledger.builder(h);
        List<BudgetUnit> units = h.entity().units();
        Set<List<Object>> balanceKeys = new HashSet<>();
        int nb = (int) source.choose(3);
        for (int i = 0; i < nb; i++) {
            List<BalanceKind> kinds = new ArrayList<>();
            for (BalanceKind k : BalanceKind.values()) {
                if (k.allowedIn(h.stage())) {
                    kinds.add(k);
                }
            }
            BalanceKind kind = kinds.get((int) source.choose(kinds.size() - 1));
            List<FundSource> sources = new ArrayList<>();
            for (FundSource s : FundSource.values()) {
                boolean fiscalForbidden = (kind == BalanceKind.SURPLUS_DISTRIBUTION || kind == BalanceKind.USE_OF_NON_FISCAL_SURPLUS) && s.isFiscal();
                boolean stageForbidden = !h.stage().isBudget() && (s == FundSource.CARRY_OVER || s == FundSource.BUSINESS_FUND);
                if (!fiscalForbidden && !stageForbidden) {
                    sources.add(s);
                }
            }
            FundSource s = sources.get((int) source.choose(sources.size() - 1));
            FunctionCode f = source.draw(FUNCTION_ITEM);
            Optional<String> unit = units.isEmpty() || source.chance(1, 2) ? Optional.empty()
                    : Optional.of(units.get((int) source.choose(units.size() - 1)).code());
            if (balanceKeys.add(List.of(kind, f, s, unit))) {
                b.addBalance(new BalanceLine(kind, f, s, unit, Amount.of(source.choose(1_000_000_000L), h.scale())));
            }
        }
        int n = (int) source.choose(25);
        Set<List<Object>> keys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            FunctionCode f = source.draw(FUNCTION_ITEM);
            FundSource s = FundSource.values()[(int) source.choose(FundSource.values().length - 1)];
            if (!h.stage().isBudget() && (s == FundSource.CARRY_OVER || s == FundSource.BUSINESS_FUND)) {
                s = FundSource.OTHER;
            }
            SpendingType t = SpendingType.values()[(int) source.choose(SpendingType.values().length - 1)];
            if (h.stage().isBudget() && t.isFinalAccountOnly()) {
                t = SpendingType.PROJECT;
            }
            LedgerLine line = LedgerLine.of(f, s, t, Amount.of(source.chance(1, 3) ? -source.choose(1_000_000L) : source.choose(10_000_000_000L), h.scale()));
            int econ = (int) source.choose(2);
            if (econ > 0) {
                char lead = h.economicScheme().leadingDigit();
                String code = digits(source, lead, econ == 1 ? 5 : 7);
                line = h.economicScheme() == Scheme.DEPARTMENT_ECONOMIC ? line.withEconomic(DepartmentEconomicCode.parse(code))
                        : line.withEconomic(GovernmentEconomicCode.parse(code));
            }
            if (!units.isEmpty() && source.chance(2, 3)) {
                line = line.withUnit(units.get((int) source.choose(units.size() - 1)).code());
            }
            if (keys.add(List.of(line.function(), line.economic().map(Object::toString).orElse(""), line.source(), line.type(),
                    line.unit().orElse("")))) {
                b.add(line);
            }
        }
        if (withBudget && !h.stage().isBudget() && source.chance(1, 2)) {
            b.initialBudget(ledger(source, h.withStage(Stage.BUDGET), false));
        }
        return b.build();
    }

    static final Gen<Ledger> LEDGERS = source -> ledger(source, header(source), true);

    /** A ledger's content as a value: Ledger equality is identity. */
    record LedgerContent(LedgerHeader header, List<LedgerLine> lines, List<BalanceLine> balances, Optional<LedgerContent> initialBudget) {
        static LedgerContent of(Ledger l) {
            return new LedgerContent(l.header(), new ArrayList<>(l.lines()), l.balances(), l.initialBudget().map(LedgerContent::of));
        }
    }

    // ---------------------------------------------------------------- reports

    static final Gen<Optional<String>> OPT_TEXT = source -> source.chance(1, 2) ? Optional.of(source.draw(TEXT)) : Optional.empty();
    static final Gen<Location> LOCATIONS = source -> new Location(source.draw(OPT_TEXT), source.draw(OPT_TEXT), source.draw(OPT_TEXT),
            source.draw(OPT_TEXT), source.draw(OPT_TEXT), source.draw(OPT_TEXT), source.draw(OPT_TEXT), source.draw(OPT_TEXT),
            source.draw(OPT_TEXT));
    static final Gen<Optional<Amount>> OPT_AMOUNT = source -> source.chance(1, 2)
            ? Optional.of(Amount.of(source.choose(100_000_000L) - 50_000_000L, (int) source.choose(12))) : Optional.empty();
    static final Gen<Finding> FINDINGS = source -> {
        List<CellRef> cells = new ArrayList<>();
        int n = (int) source.choose(3);
        for (int i = 0; i < n; i++) {
            cells.add(new CellRef(source.draw(LOCATIONS), source.chance(1, 3) ? Value.BLANK : Value.printed(source.draw(AMOUNTS))));
        }
        String key = List.of("sum.broken", "sum.rounding", "limit.exceeded", "x.unknown-key").get((int) source.choose(3));
        return new Finding(source.draw(NON_BLANK), Severity.values()[(int) source.choose(2)], Outcome.values()[(int) source.choose(2)],
                source.draw(LOCATIONS), source.draw(OPT_AMOUNT), source.draw(OPT_AMOUNT), source.draw(OPT_AMOUNT), source.draw(OPT_AMOUNT),
                cells, key, source.draw(Gens.lists(TEXT, 0, 3)));
    };
    static final Gen<Report> REPORTS = Gens.lists(FINDINGS, 0, 5).map(Report::of);

    /** A map with code keys, to check map-key (de)serializers. */
    static final Gen<Map<FunctionCode, Amount>> CODE_MAPS = source -> {
        Map<FunctionCode, Amount> m = new LinkedHashMap<>();
        int n = (int) source.choose(5);
        for (int i = 0; i < n; i++) {
            m.put(source.draw(FUNCTION), source.draw(AMOUNTS));
        }
        return m;
    };
}
