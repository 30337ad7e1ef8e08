package dev.yusuan.core.check;

import dev.yusuan.core.ledger.EconomicMapping;
import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The options of one validation run, handed to every {@link Rule}, and the place where rules
 * report findings. Not thread-safe: one context serves one run.
 */
public final class CheckContext {
    private final Tolerance tolerance;
    private final Catalog catalog;
    private final EconomicMapping mapping;
    private final UnitType unitType;
    private final List<Finding> findings = new ArrayList<>();

    CheckContext(Tolerance tolerance, Catalog catalog, EconomicMapping mapping, UnitType unitType) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.catalog = catalog;
        this.mapping = mapping;
        this.unitType = unitType;
    }

    /** @return the tolerance of arithmetic checks */
    public Tolerance tolerance() {
        return tolerance;
    }

    /** @return the catalog edition codes are checked against, if one was given */
    public Optional<Catalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    /** @return the economic correspondence table, if one was given */
    public Optional<EconomicMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    /** @return the unit type to map economic codes for, if one was given or can be told from the statement */
    public Optional<UnitType> unitType() {
        return Optional.ofNullable(unitType);
    }

    /**
     * Reports a finding.
     *
     * @param finding the finding
     */
    public void report(Finding finding) {
        findings.add(Objects.requireNonNull(finding, "finding"));
    }

    /**
     * Compares a printed value with the sum of printed parts and reports the result: nothing when
     * exact, {@link Severity#INFO} when within rounding, the rule's severity when broken.
     *
     * @param rule the rule checking
     * @param location where the checked value is
     * @param total the printed value
     * @param parts the values it should be the sum of
     * @param cells the cells that took part (the checked one first)
     * @param detail a sentence for the message saying what was compared (Chinese)
     * @param detailEn the same in English
     * @return the comparison
     */
    public Comparison compare(RuleInfo rule, Location location, Value total, List<Value> parts, List<CellRef> cells,
            String detail, String detailEn) {
        return compare(rule, total, parts, () -> location, () -> cells, () -> detail, () -> detailEn);
    }

    /**
     * Like {@link #compare(RuleInfo, Location, Value, List, List, String, String)}, but the
     * location, the cells and the descriptions are only built when there is something to report:
     * the common case, an exact match, allocates nothing beyond the sum.
     *
     * @param rule the rule checking
     * @param total the printed value
     * @param parts the values it should be the sum of
     * @param location where the checked value is
     * @param cells the cells that took part (the checked one first)
     * @param detail what was compared (Chinese)
     * @param detailEn the same in English
     * @return the comparison
     */
    public Comparison compare(RuleInfo rule, Value total, List<Value> parts, Supplier<Location> location,
            Supplier<List<CellRef>> cells, Supplier<String> detail, Supplier<String> detailEn) {
        Comparison c = Comparison.ofSum(total, parts, tolerance);
        if (c.outcome() != Outcome.EXACT) {
            Severity severity = c.outcome() == Outcome.BROKEN ? rule.severity() : Severity.INFO;
            String key = c.outcome() == Outcome.BROKEN ? "sum.broken" : "sum.rounding";
            report(Finding.ofComparison(rule.id(), severity, location.get(), c, cells.get(), key,
                    List.of(detail.get(), detailEn.get())));
        }
        return c;
    }

    /**
     * The location of a cell.
     *
     * @param table the table
     * @param row the row
     * @param column the column
     * @return its location
     */
    public static Location locate(PublishedTable table, Row row, Column column) {
        return locate(table, row).atColumn(column.id().toString(), column.labelText(), column.number().orElse(null));
    }

    /**
     * The location of a row.
     *
     * @param table the table
     * @param row the row
     * @return its location
     */
    public static Location locate(PublishedTable table, Row row) {
        return locate(table).atRow(row.key().toString(), row.label(), row.number().orElse(null));
    }

    /**
     * The location of a table.
     *
     * @param table the table
     * @return its location
     */
    public static Location locate(PublishedTable table) {
        return Location.ofTable(table.kind().id(), table.title(), table.number().orElse(null));
    }

    /**
     * The value of a cell for a check: a printed amount, or blank (a dash counts as blank).
     *
     * @param row the row
     * @param column the column id
     * @return the value, empty for a text cell
     */
    public static Optional<Value> value(Row row, ColumnId column) {
        var cell = row.cell(column);
        if (cell.isAmount()) {
            return cell.amount().map(Value::printed);
        }
        if (cell.isBlank() || cell.isDash()) {
            return Optional.of(Value.BLANK);
        }
        return Optional.empty();
    }

    List<Finding> findings() {
        return findings;
    }
}
