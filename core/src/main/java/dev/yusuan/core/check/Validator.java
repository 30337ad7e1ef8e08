package dev.yusuan.core.check;

import dev.yusuan.core.ledger.EconomicMapping;
import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.derive.TableDeriver;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.Rollup;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.check.internal.DerivedTableRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks published statements against a {@link RuleSet} (审核): every rule runs, and the findings
 * come back as a {@link Report}; nothing is thrown for an inconsistency. Immutable and
 * thread-safe: build once, validate many statements.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *         .catalog(edition2020)            // optional: codes and names are checked when given
 *         .mapping(correspondence)         // optional: 部门/政府 economic views are reconciled when given
 *         .build();
 * Report report = validator.validate(statement);
 * }</pre>
 */
public final class Validator {
    private final RuleSet rules;
    private final Tolerance tolerance;
    private final Catalog catalog;
    private final EconomicMapping mapping;
    private final UnitType unitType;

    private Validator(Builder b) {
        this.rules = b.rules;
        this.tolerance = b.tolerance;
        this.catalog = b.catalog;
        this.mapping = b.mapping;
        this.unitType = b.unitType;
    }

    /** @return a builder with the standard rules and the rounding-aware tolerance */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a statement.
     *
     * @param statement the statement as published
     * @return the findings of every rule, in rule order
     */
    public Report validate(PublishedStatement statement) {
        Objects.requireNonNull(statement, "statement");
        return check(statement, applicable(statement.stage()));
    }

    /**
     * Checks a line-level ledger (台账): holds it to the same rules as a published statement (codes
     * against the catalog, the correspondence, the balance of a final account), as the standard
     * tables derived from its aggregates. Gives the same report as
     * {@code validate(TableDeriver.of(ledger).withCatalog(catalog).deriveStatement(…))}. Only the
     * aggregates are used: see {@link #validate(Rollup)}, also for what it costs.
     *
     * @param ledger the ledger
     * @return the findings
     */
    public Report validate(Ledger ledger) {
        return validate(Objects.requireNonNull(ledger, "ledger").rollup());
    }

    /**
     * Checks the aggregates of a ledger, held or streamed through a
     * {@link dev.yusuan.core.ledger.LedgerAggregator}: the lines themselves are never held, only
     * the totals per combination of codes, sources, types and units.
     *
     * <p>The report is that of every rule on the standard tables derived from the aggregates
     * ({@link TableDeriver}, labelled with the catalog's names when a catalog is given), in rule
     * order. Derived tables are consistent by construction, so the standard arithmetic, hierarchy,
     * cross-table, mapping and name rules cannot report anything on them once the aggregates are
     * seen to agree with one another (Σ 类 = Σ economic 类 + uncoded = Σ units + unallocated = the
     * total, 类 = Σ 款 = Σ 项, cell by cell; every rule runs if they do not); that check costs a pass
     * over the codes. The tables are derived, and the rules
     * run on them, only for what can still report something: {@code CODE-01} when a code is not in
     * the catalog, {@code X-3P-01} when 三公 spending is not all basic spending, and every rule that
     * is not one of {@link RuleSet#standard()}'s own (a province's identities, a caller's rules).
     * So a clean ledger costs about as much as summing its lines.
     *
     * @param rollup the aggregates
     * @return the findings
     */
    public Report validate(Rollup rollup) {
        Objects.requireNonNull(rollup, "rollup");
        List<Rule> toRun = DerivedTableRules.toRun(applicable(rollup.header().stage()), rollup, Optional.ofNullable(catalog));
        if (toRun.isEmpty()) {
            return Report.of(List.of());
        }
        TableDeriver deriver = TableDeriver.of(rollup);
        if (catalog != null) {
            deriver = deriver.withCatalog(catalog);
        }
        return check(deriver.deriveStatement(StatementSource.of("derived from a ledger of " + rollup.lineCount() + " lines")), toRun);
    }

    /** The rules that apply to statements of a stage, in order. */
    private List<Rule> applicable(Stage stage) {
        List<Rule> applicable = new ArrayList<>();
        for (Rule rule : rules.all()) {
            if (rule.info().appliesTo(stage)) {
                applicable.add(rule);
            }
        }
        return applicable;
    }

    private Report check(PublishedStatement statement, List<Rule> toRun) {
        CheckContext context = new CheckContext(tolerance, catalog, mapping, unitType != null ? unitType : unitTypeOf(statement));
        for (Rule rule : toRun) {
            rule.check(statement, context);
        }
        return Report.of(context.findings());
    }

    /** The unit type all units of the statement map as, if they agree. */
    private static UnitType unitTypeOf(PublishedStatement statement) {
        UnitType found = null;
        for (BudgetUnit u : statement.entity().units()) {
            UnitType t = u.type().mapsAsAdministrative() ? UnitType.ADMINISTRATIVE : u.type();
            if (found != null && found != t) {
                return null;
            }
            found = t;
        }
        return found;
    }

    /** @return the rules this validator runs */
    public RuleSet rules() {
        return rules;
    }

    /** Builds a {@link Validator}. */
    public static final class Builder {
        private RuleSet rules = RuleSet.standard();
        private Tolerance tolerance = Tolerance.rounding();
        private Catalog catalog;
        private EconomicMapping mapping;
        private UnitType unitType;

        private Builder() {
        }

        /**
         * @param rules the rules to run (default {@link RuleSet#standard()})
         * @return this builder
         */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * @param tolerance the tolerance of arithmetic checks (default {@link Tolerance#rounding()})
         * @return this builder
         */
        public Builder tolerance(Tolerance tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /**
         * @param catalog the catalog edition of the statement's year; codes are checked only when given
         * @return this builder
         */
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * @param mapping the economic correspondence table; the two economic views are reconciled only when given
         * @return this builder
         */
        public Builder mapping(EconomicMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * @param unitType the unit type to map economic codes for; by default the type all of the
         *     statement's units share, and no reconciliation when they differ or none is listed
         * @return this builder
         */
        public Builder unitType(UnitType unitType) {
            this.unitType = Objects.requireNonNull(unitType, "unitType");
            return this;
        }

        /** @return the validator */
        public Validator build() {
            return new Validator(this);
        }
    }
}
