package dev.yusuan.testing.mutate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.gen.LedgerShape;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Each mutator changes exactly what it says, and nothing else: one cell, one row fewer, the same
 * rows in another order, or the two cells (per column) of the balance.
 */
class MutatorsProperties {

    static Gen<PublishedStatement> statements() {
        return Gens.oneOf(BudgetGens.statements(LedgerShape.budget().lines(1, 12)),
                BudgetGens.statements(LedgerShape.finalAccount().lines(1, 12)));
    }

    /** Every cell of a statement as (table, block, row, column) → cell, blank cells included for every column. */
    private record Printed(int table, int block, int row, String key, ColumnId column, Cell cell) {
    }

    private static List<Printed> printed(PublishedStatement s) {
        List<Printed> out = new ArrayList<>();
        for (int t = 0; t < s.tables().size(); t++) {
            PublishedTable table = s.tables().get(t);
            for (int b = 0; b < table.blocks().size(); b++) {
                Block block = table.blocks().get(b);
                for (int r = 0; r < block.rows().size(); r++) {
                    Row row = block.rows().get(r);
                    for (ColumnId c : block.columnIds()) {
                        out.add(new Printed(t, b, r, row.key() + "|" + row.label(), c, row.cell(c)));
                    }
                }
            }
        }
        return out;
    }

    private static List<Printed> differences(PublishedStatement a, PublishedStatement b) {
        List<Printed> pa = printed(a);
        List<Printed> pb = printed(b);
        assertThat(pb).hasSameSizeAs(pa);
        List<Printed> out = new ArrayList<>();
        for (int i = 0; i < pa.size(); i++) {
            assertThat(pb.get(i).key()).isEqualTo(pa.get(i).key());
            if (!Objects.equals(pa.get(i), pb.get(i))) {
                out.add(pb.get(i));
            }
        }
        return out;
    }

    static Gen<Broken<PublishedStatement>> changedCells() {
        return statements().flatMap(Mutators::changeCell);
    }

    @Property(tries = 100)
    void changeCellChangesOneCellBeyondRounding(@ForAll("changedCells") Broken<PublishedStatement> b) {
        List<Printed> changed = differences(b.original(), b.broken());
        assertThat(changed).hasSize(1);
        Printed p = changed.get(0);
        CellLocation at = b.location();
        assertThat(List.of(p.table(), p.block(), p.row())).containsExactly(at.table(), at.block(), at.row());
        assertThat(p.column()).isEqualTo(at.column().orElseThrow());
        Amount before = row(b.original(), at).cell(p.column()).numericValue().orElseThrow();
        Amount after = p.cell().amount().orElseThrow();
        assertThat(after.minus(before).abs()).isGreaterThanOrEqualTo(Mutators.beyondRounding(b.original()));
        assertThat(b.mutation()).isEqualTo(Mutation.CHANGE_CELL);
        assertThat(b.invariant()).isEqualTo(Invariant.CELL_VALUE);
        assertThat(b.reportAt()).containsExactly(at);
        assertThat(b.description()).contains(at.key().toString(), p.column().toString(), after.toString());
    }

    private static Row row(PublishedStatement s, CellLocation at) {
        return s.tables().get(at.table()).blocks().get(at.block()).rows().get(at.row());
    }

    static Gen<Broken<PublishedStatement>> droppedRows() {
        return statements().filter(s -> Mutators.applies(Mutation.DROP_ROW, s), 1000).flatMap(Mutators::dropRow);
    }

    @Property(tries = 100)
    void dropRowDropsOneCodeRowWithAPrintedSibling(@ForAll("droppedRows") Broken<PublishedStatement> b) {
        CellLocation at = b.location();
        Block before = b.original().tables().get(at.table()).blocks().get(at.block());
        Block after = b.broken().tables().get(at.table()).blocks().get(at.block());
        List<Row> expected = new ArrayList<>(before.rows());
        Row dropped = expected.remove(at.row());
        assertThat(after.rows()).isEqualTo(expected);
        assertThat(dropped.key().classificationCode()).isPresent();
        assertThat(dropped.cell(at.column().orElseThrow()).amount().orElseThrow().abs())
                .isGreaterThan(Mutators.beyondRounding(b.original()));
        CellLocation parent = b.reportAt().get(0);
        assertThat(after.rows().get(parent.row()).key()).isEqualTo(parent.key());
        assertThat(b.invariant()).isEqualTo(Invariant.HIERARCHY);
        // the other tables are untouched
        for (int t = 0; t < b.original().tables().size(); t++) {
            if (t != at.table()) {
                assertThat(b.broken().tables().get(t)).isEqualTo(b.original().tables().get(t));
            }
        }
    }

    static Gen<Broken<PublishedStatement>> wrongParents() {
        return statements().filter(s -> Mutators.applies(Mutation.WRONG_PARENT, s), 1000).flatMap(Mutators::wrongParent);
    }

    @Property(tries = 100)
    void wrongParentReordersRowsAndChangesNoCell(@ForAll("wrongParents") Broken<PublishedStatement> b) {
        CellLocation at = b.location();
        Block before = b.original().tables().get(at.table()).blocks().get(at.block());
        Block after = b.broken().tables().get(at.table()).blocks().get(at.block());
        assertThat(after.rows()).containsExactlyInAnyOrderElementsOf(before.rows()).isNotEqualTo(before.rows());
        CellLocation now = b.reportAt().get(0);
        assertThat(after.rows().get(now.row()).key()).isEqualTo(at.key());
        // the row before the moved one is not its parent, nor below its parent
        var previous = after.rows().get(now.row() - 1).key();
        var parent = at.key().parent().orElseThrow();
        assertThat(previous).isNotEqualTo(parent);
        assertThat(previous.parent()).isNotEqualTo(java.util.Optional.of(parent));
        assertThat(b.invariant()).isEqualTo(Invariant.CODE_ORDER);
    }

    static Gen<Broken<PublishedStatement>> unbalanced() {
        return statements().flatMap(Mutators::breakBalance);
    }

    @Property(tries = 100)
    void breakBalanceRaisesTheClosingCarryOverAndTheGrandTotalTogether(@ForAll("unbalanced") Broken<PublishedStatement> b) {
        List<Printed> changed = differences(b.original(), b.broken());
        assertThat(changed.size()).isIn(2, 4);
        assertThat(changed).extracting(Printed::key).allMatch(k -> k.startsWith("line:carry-over/closing|") || k.startsWith("line:grand-total|"));
        assertThat(changed).extracting(Printed::table).containsOnly(b.location().table());
        assertThat(b.invariant()).isEqualTo(Invariant.BALANCE);
        assertThat(b.reportAt()).hasSize(2);
    }

    @Test
    void aStatementWithoutTablesOffersNothingToMutate() {
        PublishedStatement empty = PublishedStatement.builder(StatementSource.of("空"), new ReportingEntity("某局", List.of()), 2020,
                Stage.BUDGET, AmountUnit.WAN_YUAN).build();
        for (Mutation m : Mutation.values()) {
            assertThat(Mutators.applies(m, empty)).isFalse();
        }
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Mutators.any(empty))).hasMessageContaining("no mutation");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Mutators.changeCell(empty)))
                .hasMessageContaining("no amount cell");
    }

    @Property(tries = 100)
    void anyMutationBreaksItsInvariant(@ForAll("statements") PublishedStatement s) {
        Broken<PublishedStatement> b = Mutators.any(s).generate(new java.util.SplittableRandom(s.hashCode()));
        assertThat(b.broken()).isNotEqualTo(s);
        assertThat(b.original()).isSameAs(s);
        assertThat(b.toString()).contains(b.mutation().name(), b.invariant().chineseName());
    }
}
