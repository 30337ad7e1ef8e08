package dev.yusuan.core.check.internal;

import dev.yusuan.core.ledger.EconomicMapping;
import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.LenientCodeParser;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dual economic classification against the correspondence table (两套经济分类对照): the
 * department-scheme view mapped to the government scheme equals the government-scheme view, and
 * a unit's own printed mapping that differs from the official one is a warning naming both.
 */
public final class MappingRule implements Rule {

    /** Which mapping check. */
    public enum Check {
        /** Σ 部门 款 mapped to each 政府 款 = that 政府 款, between the two views of a table kind. */
        RECONCILE,
        /** A printed 部门 → 政府 pair differs from the official table. */
        PRINTED_PAIR
    }

    private static final UnitType[] ANY = {UnitType.ADMINISTRATIVE, UnitType.INSTITUTION};

    private final RuleInfo info;
    private final Check check;

    /**
     * @param info the rule's description
     * @param check which check
     */
    public MappingRule(RuleInfo info, Check check) {
        this.info = info;
        this.check = check;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(PublishedStatement statement, CheckContext context) {
        if (context.mapping().isEmpty()) {
            return;
        }
        EconomicMapping mapping = context.mapping().get();
        if (check == Check.PRINTED_PAIR) {
            for (PublishedTable t : statement.tables()) {
                if (info.appliesTo(t.kind())) {
                    printedPairs(t, mapping, context);
                }
            }
            return;
        }
        if (context.unitType().isEmpty()) {
            return;
        }
        for (TableKind kind : TableKind.values()) {
            if (!info.appliesTo(kind)) {
                continue;
            }
            Grid dept = null;
            Grid gov = null;
            for (PublishedTable t : statement.tables(kind)) {
                for (Grid g : Grid.of(t)) {
                    boolean hasDept = g.rows().stream().anyMatch(r -> r.key() instanceof RowKey.DepartmentEconomicKey);
                    boolean hasGov = g.rows().stream().anyMatch(r -> r.key() instanceof RowKey.GovernmentEconomicKey);
                    if (hasDept && dept == null) {
                        dept = g;
                    } else if (hasGov && gov == null) {
                        gov = g;
                    }
                }
            }
            if (dept != null && gov != null) {
                reconcile(dept, gov, mapping, context.unitType().get(), context);
            }
        }
    }

    private void reconcile(Grid dept, Grid gov, EconomicMapping mapping, UnitType unitType, CheckContext context) {
        for (Column column : dept.columns()) {
            Optional<Column> govColumn = gov.column(column.id());
            if (column.id().isLocal() || govColumn.isEmpty()) {
                continue;
            }
            Map<GovernmentEconomicCode, List<CellRef>> mapped = new LinkedHashMap<>();
            for (Row r : dept.rows()) {
                if (!(r.key() instanceof RowKey.DepartmentEconomicKey)) {
                    continue;
                }
                DepartmentEconomicCode code = ((RowKey.DepartmentEconomicKey) r.key()).code();
                if (!countsAtSection(dept, code)) {
                    continue;
                }
                Optional<CellRef> cell = dept.cell(r, column);
                if (cell.isEmpty()) {
                    continue;
                }
                Optional<GovernmentEconomicCode> target = mapping.map(code.atLevel(CodeLevel.SECTION), unitType);
                if (target.isEmpty()) {
                    if (cell.get().value().printed() && !cell.get().value().amount().isZero()) {
                        context.report(new Finding(info.id(), dev.yusuan.core.check.Severity.WARNING, Outcome.BROKEN,
                                cell.get().location(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                List.of(cell.get()), "mapping.unmapped", List.of(code.toString(), unitType.chineseName())));
                    }
                    continue;
                }
                mapped.computeIfAbsent(target.get(), k -> new ArrayList<>()).add(cell.get());
            }
            Set<GovernmentEconomicCode> targets = new LinkedHashSet<>(mapped.keySet());
            for (Row r : gov.rows()) {
                if (r.key() instanceof RowKey.GovernmentEconomicKey
                        && ((RowKey.GovernmentEconomicKey) r.key()).code().level() == CodeLevel.SECTION) {
                    targets.add(((RowKey.GovernmentEconomicKey) r.key()).code());
                }
            }
            for (GovernmentEconomicCode g : targets) {
                List<CellRef> parts = mapped.getOrDefault(g, List.of());
                List<CellRef> printed = Tables.codeCells(gov, RowKey.governmentEconomic(g), govColumn.get());
                Value total = printed.isEmpty() ? Value.BLANK : printed.get(0).value();
                if (printed.size() > 1) {
                    continue; // printed only below the 款: compare where the 款 itself is printed
                }
                Location where = printed.isEmpty()
                        ? CheckContext.locate(gov.table()).atRow(RowKey.governmentEconomic(g).toString(), g.toString(), null)
                                .atColumn(govColumn.get().id().toString(), govColumn.get().labelText(), govColumn.get().number().orElse(null))
                        : printed.get(0).location();
                List<CellRef> cells = new ArrayList<>(printed);
                cells.addAll(parts);
                context.compare(info, where, total, Grid.values(parts), cells,
                        "政府经济分类 " + g + " = 按对照表归集的部门经济分类科目之和",
                        "government code " + g + " = sum of the department codes mapped to it");
            }
        }
    }

    /** Whether a department code's row is the one to count: a 款, or a local item whose 款 is not printed. */
    private static boolean countsAtSection(Grid grid, DepartmentEconomicCode code) {
        if (code.level() == CodeLevel.SECTION) {
            return true;
        }
        if (code.level() == CodeLevel.LOCAL) {
            return grid.row(RowKey.departmentEconomic(code.atLevel(CodeLevel.SECTION))).isEmpty();
        }
        return false;
    }

    private void printedPairs(PublishedTable table, EconomicMapping mapping, CheckContext context) {
        ColumnId govColumnId = ColumnId.parse("gov-economic");
        for (Grid grid : Grid.of(table)) {
            Optional<Column> govColumn = grid.column(govColumnId);
            if (govColumn.isEmpty()) {
                continue;
            }
            for (Row r : grid.rows()) {
                if (!(r.key() instanceof RowKey.DepartmentEconomicKey)) {
                    continue;
                }
                Cell cell = r.cell(govColumnId);
                if (cell.isBlank() || cell.printed().isBlank()) {
                    continue;
                }
                GovernmentEconomicCode printed;
                try {
                    printed = LenientCodeParser.parseGovernmentEconomic(cell.printed()).code();
                } catch (CodeParseException e) {
                    continue;
                }
                DepartmentEconomicCode code = ((RowKey.DepartmentEconomicKey) r.key()).code().atLevel(CodeLevel.SECTION);
                UnitType[] types = context.unitType().map(t -> new UnitType[] {t}).orElse(ANY);
                Set<GovernmentEconomicCode> official = new LinkedHashSet<>();
                for (UnitType t : types) {
                    mapping.map(code, t).ifPresent(official::add);
                }
                if (official.isEmpty() || official.contains(printed)) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                official.forEach(o -> names.add(o.toString()));
                context.report(new Finding(info.id(), info.severity(), Outcome.BROKEN,
                        CheckContext.locate(table, r, govColumn.get()), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), "mapping.non-standard",
                        List.of(code.toString(), printed.toString(), String.join("/", names))));
            }
        }
    }
}
