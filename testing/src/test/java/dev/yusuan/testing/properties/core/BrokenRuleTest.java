package dev.yusuan.testing.properties.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.check.RuleSet;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.check.Value;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.PropertyCheck;
import dev.yusuan.testing.PropertyFailure;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.gen.DerivedStatement;
import dev.yusuan.testing.gen.LedgerShape;
import dev.yusuan.testing.mutate.Broken;
import dev.yusuan.testing.mutate.CellLocation;
import dev.yusuan.testing.mutate.Mutators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A validator rule written the way a user would write one — 合计 = 基本支出 + 项目支出 in the budget
 * tables by spending type — with a deliberate bug: it skips every row where 项目支出 is printed.
 * Consistent statements never show the bug (every row adds up); the mutators do, and the
 * counterexample shrinks to a ledger of a handful of lines. The same property passes for the
 * rule without the bug.
 */
class BrokenRuleTest {

    /** The budget tables with a 合计, a 基本支出 and a 项目支出 column. */
    private static final Set<TableKind> KINDS = EnumSet.of(TableKind.BUDGET_EXPENDITURE_BY_TYPE,
            TableKind.BUDGET_GENERAL_PUBLIC_EXPENDITURE, TableKind.BUDGET_GOVERNMENT_FUND_EXPENDITURE,
            TableKind.BUDGET_STATE_CAPITAL_EXPENDITURE, TableKind.BUDGET_SPECIAL_ACCOUNT_EXPENDITURE);

    private static final ColumnId BASIC = ColumnId.parse("type/basic");
    private static final ColumnId PROJECT = ColumnId.parse("type/project");

    /** 合计 = 基本支出 + 项目支出, in every row; {@code ignoresProjects} skips the rows that print 项目支出. */
    static final class TotalIsBasicPlusProject implements Rule {
        private final boolean ignoresProjects;
        private final RuleInfo info;

        TotalIsBasicPlusProject(boolean ignoresProjects) {
            this.ignoresProjects = ignoresProjects;
            this.info = new RuleInfo("USER-TYPE-01", Severity.ERROR, KINDS, Set.of(), "合计 = 基本支出 + 项目支出",
                    "total = basic + project", RuleInfo.Origin.CODE);
        }

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public void check(PublishedStatement statement, CheckContext context) {
            for (PublishedTable table : statement.tables()) {
                if (!info.appliesTo(table.kind())) {
                    continue;
                }
                for (Block block : table.blocks()) {
                    Optional<Column> total = block.column(ColumnId.TOTAL);
                    Optional<Column> basic = block.column(BASIC);
                    Optional<Column> project = block.column(PROJECT);
                    if (total.isEmpty() || basic.isEmpty() || project.isEmpty()) {
                        continue;
                    }
                    for (Row row : block.rows()) {
                        if (ignoresProjects && !row.cell(PROJECT).isBlank()) {
                            continue; // the bug: "project rows are checked in the project table"
                        }
                        List<CellRef> cells = new ArrayList<>();
                        for (Column c : List.of(total.get(), basic.get(), project.get())) {
                            cells.add(new CellRef(CheckContext.locate(table, row, c), CheckContext.value(row, c.id()).orElseThrow()));
                        }
                        List<Value> parts = List.of(cells.get(1).value(), cells.get(2).value());
                        context.compare(info, cells.get(0).location(), cells.get(0).value(), parts, cells, "合计 = 基本支出 + 项目支出",
                                "total = basic + project");
                    }
                }
            }
        }
    }

    /** A budget and one changed cell in a column the rule covers (合计, 基本支出, 项目支出) of a table it covers. */
    record Case(DerivedStatement derived, Broken<PublishedStatement> broken) {
        @Override
        public String toString() {
            return derived + "\n  " + broken.description();
        }
    }

    static Gen<Case> cases() {
        return BudgetGens.derivedStatements(LedgerShape.budget().lines(1, 10).units(0, 3)).flatMap(d -> Mutators.changeCell(d.statement(),
                (CellLocation c) -> KINDS.contains(c.kind()) && Set.of(ColumnId.TOTAL, BASIC, PROJECT).contains(c.column().orElseThrow()))
                .map(b -> new Case(d, b)));
    }

    private static void check(Validator validator, Case c) {
        Report report = validator.validate(c.broken().broken());
        assertThat(c.broken().isNamedBy(report)).as("the rule misses: %s", c.broken().description()).isTrue();
    }

    private static Validator validator(boolean ignoresProjects) {
        return Validator.builder().rules(RuleSet.of(List.of(new TotalIsBasicPlusProject(ignoresProjects)))).build();
    }

    @Test
    void theCorrectRuleNamesEveryChangedCell() {
        Validator correct = validator(false);
        PropertyCheck.forAll(cases()).withTries(200).check(c -> check(correct, c));
    }

    @Test
    void theMutatorsCatchTheRuleThatIgnoresProjectSpendingWithASmallCounterexample() {
        Validator broken = validator(true);
        // consistent statements do not show the bug: every row adds up, whether checked or skipped
        PropertyCheck.forAll(BudgetGens.statements(LedgerShape.budget().lines(1, 10))).withTries(100)
                .check(s -> assertThat(broken.validate(s).findings()).isEmpty());
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyCheck.forAll(cases()).withTries(300).check(c -> check(broken, c)));
        assertThat(failure).as("the mutators did not catch the rule that ignores 项目支出").isNotNull();
        Case shrunk = (Case) failure.shrunk();
        assertThat(shrunk.derived().ledger().size()).as(failure.report()).isLessThanOrEqualTo(5);
        assertThat(shrunk.broken().location().kind()).isIn(KINDS);
    }
}
