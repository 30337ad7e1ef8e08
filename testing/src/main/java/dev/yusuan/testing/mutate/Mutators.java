package dev.yusuan.testing.mutate;

import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.BlockRole;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnFamily;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.LineId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.TableKind;
import dev.yusuan.testing.ChoiceSource;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Mutators (变异器): each takes a consistent statement and breaks exactly one named
 * {@link Invariant}, returning a {@link Broken} statement that says what was broken and where —
 * so that users can test their own validators and we can test ours.
 *
 * <pre>{@code
 * Gen<Broken<PublishedStatement>> broken = BudgetGens.statements(LedgerShape.budget())
 *         .flatMap(Mutators::changeCell);
 * PropertyCheck.forAll(broken).check(b ->
 *         assertThat(b.isNamedBy(validator.validate(b.broken()))).as(b.description()).isTrue());
 * }</pre>
 *
 * <p>Each mutation comes in two forms: a generator ({@code changeCell(statement)}), whose choices
 * (which cell, by how much) shrink like any other, and where it applies, a direct method
 * ({@code changeCell(statement, location, delta)}). A generator throws
 * {@link IllegalArgumentException} when the statement offers nothing to mutate; {@link #applies}
 * says beforehand.
 *
 * <p>"Beyond rounding" is measured against the most any check can forgive: a check compares a
 * printed value with at most as many others as a block has rows or amount columns, each forgiving
 * half a unit of its last printed place. A changed value moves by more than
 * {@link #beyondRounding} — that bound plus one unit of the coarsest printed place.
 */
public final class Mutators {

    private Mutators() {
    }

    /** The summary tables, where the balance 收入总计 = 支出总计 holds. */
    private static final Set<TableKind> SUMMARIES = EnumSet.of(TableKind.BUDGET_SUMMARY, TableKind.FINAL_SUMMARY,
            TableKind.BUDGET_FISCAL_SUMMARY, TableKind.FINAL_FISCAL_SUMMARY);

    // ================================================================ choosing among mutations

    /**
     * @param mutation a mutation
     * @param statement a statement
     * @return whether the mutation has something to mutate in the statement
     */
    public static boolean applies(Mutation mutation, PublishedStatement statement) {
        Objects.requireNonNull(mutation, "mutation");
        Objects.requireNonNull(statement, "statement");
        switch (mutation) {
            case CHANGE_CELL:
                return !cells(statement, c -> true).isEmpty();
            case DROP_ROW:
                return !droppableRows(statement).isEmpty();
            case WRONG_PARENT:
                return !moves(statement, m -> true).isEmpty();
            default:
                return !balanceSites(statement).isEmpty();
        }
    }

    /**
     * @param mutation a mutation
     * @param statement a statement it {@linkplain #applies applies} to
     * @return the generator of that mutation of the statement
     * @throws IllegalArgumentException if the mutation does not apply
     */
    public static Gen<Broken<PublishedStatement>> of(Mutation mutation, PublishedStatement statement) {
        Objects.requireNonNull(mutation, "mutation");
        switch (mutation) {
            case CHANGE_CELL:
                return changeCell(statement);
            case DROP_ROW:
                return dropRow(statement);
            case WRONG_PARENT:
                return wrongParent(statement);
            default:
                return breakBalance(statement);
        }
    }

    /**
     * One of the mutations that apply to the statement, each equally likely; shrinks towards
     * {@link Mutation#CHANGE_CELL}.
     *
     * @param statement a statement with at least one amount cell
     * @return the generator
     * @throws IllegalArgumentException if no mutation applies
     */
    public static Gen<Broken<PublishedStatement>> any(PublishedStatement statement) {
        List<Gen<Broken<PublishedStatement>>> gens = new ArrayList<>();
        for (Mutation m : Mutation.values()) {
            if (applies(m, statement)) {
                gens.add(of(m, statement));
            }
        }
        if (gens.isEmpty()) {
            throw new IllegalArgumentException("no mutation applies to " + statement);
        }
        return Gens.oneOf(gens);
    }

    // ================================================================ change a cell

    /**
     * Every amount cell of the statement (blank ones included) that the predicate accepts: cells
     * of columns that hold amounts (not a province's own {@code x-} columns, not the mapping
     * columns, which hold codes), and not text cells.
     *
     * @param statement a statement
     * @param where which cells to keep
     * @return their locations, in printed order
     */
    public static List<CellLocation> cells(PublishedStatement statement, Predicate<? super CellLocation> where) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(where, "where");
        List<CellLocation> out = new ArrayList<>();
        List<PublishedTable> tables = statement.tables();
        for (int t = 0; t < tables.size(); t++) {
            PublishedTable table = tables.get(t);
            for (int b = 0; b < table.blocks().size(); b++) {
                Block block = table.blocks().get(b);
                for (int r = 0; r < block.rows().size(); r++) {
                    Row row = block.rows().get(r);
                    for (Column column : block.columns()) {
                        if (isAmountColumn(column.id()) && row.cell(column.id()).kind() != Cell.Kind.TEXT) {
                            CellLocation at = new CellLocation(t, table.kind(), b, block.role(), r, row.key(), Optional.of(column.id()));
                            if (where.test(at)) {
                                out.add(at);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean isAmountColumn(ColumnId id) {
        return !id.isLocal() && id.family() != ColumnFamily.MAPPING;
    }

    /**
     * Changes one amount cell of the statement, chosen uniformly (shrinking towards the first),
     * by more than {@link #beyondRounding}: up, or down (the sign is the second choice).
     *
     * @param statement a statement with at least one amount cell
     * @return the generator
     * @throws IllegalArgumentException if the statement has no amount cell
     */
    public static Gen<Broken<PublishedStatement>> changeCell(PublishedStatement statement) {
        return changeCell(statement, c -> true);
    }

    /**
     * Changes one amount cell of a table of the given kind.
     *
     * @param statement a statement
     * @param kind the kind of table to change a cell of
     * @return the generator
     * @throws IllegalArgumentException if the statement has no amount cell in a table of that kind
     */
    public static Gen<Broken<PublishedStatement>> changeCell(PublishedStatement statement, TableKind kind) {
        Objects.requireNonNull(kind, "kind");
        return changeCell(statement, c -> c.kind() == kind);
    }

    /**
     * Changes one of the amount cells the predicate accepts (see {@link #cells}).
     *
     * @param statement a statement
     * @param where which cells may change
     * @return the generator
     * @throws IllegalArgumentException if no cell qualifies
     */
    public static Gen<Broken<PublishedStatement>> changeCell(PublishedStatement statement, Predicate<? super CellLocation> where) {
        List<CellLocation> candidates = cells(statement, where);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the statement has no amount cell to change: " + statement);
        }
        return changeOne(statement, candidates, beyondRounding(statement), Amount.of(1, coarsestScale(statement)),
                finestScale(statement));
    }

    /**
     * Changes one amount cell in every table of the statement, each as {@link #changeCell}
     * would (so that one statement tests every table kind): a list of broken statements, one per
     * table, in the statement's table order. Tables where the predicate accepts no cell are
     * skipped.
     *
     * @param statement a statement
     * @param where which cells may change
     * @return the generator
     */
    public static Gen<List<Broken<PublishedStatement>>> changeCellInEveryTable(PublishedStatement statement,
            Predicate<? super CellLocation> where) {
        List<CellLocation> all = cells(statement, where);
        List<List<CellLocation>> byTable = new ArrayList<>();
        for (int t = 0; t < statement.tables().size(); t++) {
            byTable.add(new ArrayList<>());
        }
        all.forEach(c -> byTable.get(c.table()).add(c));
        byTable.removeIf(List::isEmpty);
        Amount beyond = beyondRounding(statement);
        Amount unit = Amount.of(1, coarsestScale(statement));
        int finest = finestScale(statement);
        return source -> {
            List<Broken<PublishedStatement>> out = new ArrayList<>(byTable.size());
            for (List<CellLocation> candidates : byTable) {
                out.add(source.draw(changeOne(statement, candidates, beyond, unit, finest)));
            }
            return out;
        };
    }

    private static Gen<Broken<PublishedStatement>> changeOne(PublishedStatement statement, List<CellLocation> candidates, Amount beyond,
            Amount unit, int finest) {
        return source -> {
            CellLocation at = candidates.get((int) source.choose(candidates.size() - 1));
            Amount delta = beyond.plus(times(unit, drawExtra(source)));
            if (source.chance(1, 2)) {
                delta = delta.negate();
            }
            return changeCell(statement, at, delta, beyond, finest);
        };
    }

    /** Small extras mostly, sometimes large ones; shrinks towards zero. */
    private static long drawExtra(ChoiceSource source) {
        return source.chance(1, 4) ? source.choose(1_000_000) : source.choose(100);
    }

    private static Amount times(Amount unit, long n) {
        return Amount.of(unit.unscaledValue() * n, unit.scale());
    }

    /**
     * Changes one cell by an amount: the cell's printed value (zero for a blank or a dash) plus
     * {@code delta}, printed with the cell's decimals (a blank cell takes the finest scale printed
     * in the statement).
     *
     * @param statement a statement
     * @param at the cell, as located by {@link #cells}
     * @param delta the change; with a tolerance-based validator, more than {@link #beyondRounding}
     *     breaks every identity the cell takes part in
     * @return the broken statement
     * @throws IllegalArgumentException if the location is not an amount cell of the statement
     */
    public static Broken<PublishedStatement> changeCell(PublishedStatement statement, CellLocation at, Amount delta) {
        return changeCell(statement, at, delta, beyondRounding(statement), finestScale(statement));
    }

    private static Broken<PublishedStatement> changeCell(PublishedStatement statement, CellLocation at, Amount delta, Amount beyond,
            int finest) {
        Objects.requireNonNull(delta, "delta");
        Row row = row(statement, at);
        ColumnId column = at.column().orElseThrow(() -> new IllegalArgumentException(at + " is a row, not a cell"));
        Cell old = row.cell(column);
        if (old.kind() == Cell.Kind.TEXT || !isAmountColumn(column)) {
            throw new IllegalArgumentException(at + " is not an amount cell");
        }
        Amount before = old.amount().orElse(Amount.ZERO);
        int scale = old.amount().map(Amount::scale).orElse(finest);
        Amount after = before.plus(delta);
        after = after.withScale(Math.max(scale, after.scale()));
        Row changed = withCell(row, column, Cell.of(after));
        PublishedStatement broken = replaceRow(statement, at, changed);
        String description = String.format("changed %s, %s, %s from %s to %s (by %s; a change of %s is beyond rounding)",
                title(statement, at), at.key(), column, old.isBlank() ? "blank" : old.printed(), after, delta, beyond);
        return new Broken<>(statement, broken, Mutation.CHANGE_CELL, at, List.of(at), description);
    }

    // ================================================================ drop a row

    /** A droppable row, with the column where dropping it shows most and the cell that should report it. */
    private record Drop(CellLocation row, CellLocation reportAt) {
    }

    private static List<Drop> droppableRows(PublishedStatement statement) {
        Amount beyond = beyondRounding(statement);
        List<Drop> out = new ArrayList<>();
        List<PublishedTable> tables = statement.tables();
        for (int t = 0; t < tables.size(); t++) {
            PublishedTable table = tables.get(t);
            for (int b = 0; b < table.blocks().size(); b++) {
                Block block = table.blocks().get(b);
                List<Row> rows = block.rows();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    if (row.key().classificationCode().isEmpty() || hasDescendant(rows, row.key())) {
                        continue;
                    }
                    // the row that should no longer add up: the printed parent, or the block's total line
                    Optional<RowKey> parent = row.key().parent().filter(p -> indexOf(rows, p) >= 0);
                    Optional<Integer> target;
                    if (parent.isPresent()) {
                        target = Optional.of(indexOf(rows, parent.get()));
                    } else if (!hasPrintedAncestor(rows, row.key())) {
                        target = totalLine(rows);
                    } else {
                        continue;
                    }
                    if (target.isEmpty() || !hasSibling(rows, row, parent)) {
                        continue;
                    }
                    Optional<ColumnId> largest = largestCell(block, row, beyond);
                    if (largest.isEmpty()) {
                        continue;
                    }
                    CellLocation at = new CellLocation(t, table.kind(), b, block.role(), r, row.key(), largest);
                    Row targetRow = rows.get(target.get());
                    int targetIndex = target.get() > r ? target.get() - 1 : target.get();
                    CellLocation report = new CellLocation(t, table.kind(), b, block.role(), targetIndex, targetRow.key(), largest);
                    out.add(new Drop(at, report));
                }
            }
        }
        return out;
    }

    private static boolean hasDescendant(List<Row> rows, RowKey key) {
        for (Row r : rows) {
            if (isAncestor(key, r.key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(RowKey ancestor, RowKey key) {
        if (ancestor.kind() != key.kind()) {
            return false;
        }
        Optional<RowKey> p = key.parent();
        while (p.isPresent()) {
            if (p.get().equals(ancestor)) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    private static boolean hasPrintedAncestor(List<Row> rows, RowKey key) {
        Optional<RowKey> p = key.parent();
        while (p.isPresent()) {
            if (indexOf(rows, p.get()) >= 0) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    /** Another code row of the same kind under the same printed parent, or also at the top if there is none. */
    private static boolean hasSibling(List<Row> rows, Row row, Optional<RowKey> parent) {
        for (Row r : rows) {
            if (r == row || r.key().kind() != row.key().kind()) {
                continue;
            }
            if (parent.isPresent() ? r.key().parent().equals(parent) : !hasPrintedAncestor(rows, r.key())) {
                return true;
            }
        }
        return false;
    }

    private static final List<LineId> TOTAL_LINES = List.of(LineId.TOTAL, LineId.EXPENDITURE_CURRENT_YEAR_TOTAL);

    private static Optional<Integer> totalLine(List<Row> rows) {
        for (LineId id : TOTAL_LINES) {
            int i = indexOf(rows, RowKey.line(id));
            if (i >= 0) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<Row> rows, RowKey key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The amount column where the row's value is largest, if it is beyond rounding. */
    private static Optional<ColumnId> largestCell(Block block, Row row, Amount beyond) {
        ColumnId best = null;
        Amount max = beyond;
        for (Column c : block.columns()) {
            if (!isAmountColumn(c.id())) {
                continue;
            }
            Optional<Amount> v = row.cell(c.id()).amount();
            if (v.isPresent() && v.get().abs().compareTo(max) > 0) {
                max = v.get().abs();
                best = c.id();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Drops one code row that has no printed sub-codes, has a printed sibling and whose value is
     * beyond rounding in some column, so that its parent (or the block's total) no longer adds
     * up. Shrinks towards the first such row.
     *
     * @param statement a statement
     * @return the generator
     * @throws IllegalArgumentException if no row qualifies
     */
    public static Gen<Broken<PublishedStatement>> dropRow(PublishedStatement statement) {
        List<Drop> candidates = droppableRows(statement);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the statement has no code row that can be dropped: " + statement);
        }
        return source -> {
            Drop drop = candidates.get((int) source.choose(candidates.size() - 1));
            return drop(statement, drop);
        };
    }

    private static Broken<PublishedStatement> drop(PublishedStatement statement, Drop drop) {
        CellLocation at = drop.row();
        Block block = statement.tables().get(at.table()).blocks().get(at.block());
        List<Row> rows = new ArrayList<>(block.rows());
        Row removed = rows.remove(at.row());
        PublishedStatement broken = replaceBlock(statement, at.table(), at.block(), rebuild(block, rows));
        String description = String.format("dropped %s, row %s (%s %s), so %s no longer adds up", title(statement, at), at.key(),
                at.column().orElseThrow(), removed.cell(at.column().orElseThrow()).printed(), drop.reportAt().key());
        return new Broken<>(statement, broken, Mutation.DROP_ROW, at, List.of(drop.reportAt()), description);
    }

    // ================================================================ wrong parent

    /** Moving a code row (and its sub-codes) to the end of another code's rows. */
    private record Move(int table, int block, int from, int to, RowKey wrongParent) {
    }

    private static List<Move> moves(PublishedStatement statement, Predicate<Move> keep) {
        List<Move> out = new ArrayList<>();
        List<PublishedTable> tables = statement.tables();
        for (int t = 0; t < tables.size(); t++) {
            List<Block> blocks = tables.get(t).blocks();
            for (int b = 0; b < blocks.size(); b++) {
                List<Row> rows = blocks.get(b).rows();
                for (int r = 0; r < rows.size(); r++) {
                    RowKey key = rows.get(r).key();
                    Optional<RowKey> parent = key.parent();
                    if (key.classificationCode().isEmpty() || parent.isEmpty() || indexOf(rows, parent.get()) < 0) {
                        continue;
                    }
                    for (int q = 0; q < rows.size(); q++) {
                        RowKey other = rows.get(q).key();
                        if (other.kind() != key.kind() || other.equals(parent.get()) || other.classificationCode().isEmpty()
                                || other.classificationCode().get().level() != parent.get().classificationCode().orElseThrow().level()) {
                            continue;
                        }
                        Move move = new Move(t, b, r, subtreeEnd(rows, q), other);
                        if (keep.test(move)) {
                            out.add(move);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The index of the last row of a code's printed sub-codes that follow it (the code's own index if none). */
    private static int subtreeEnd(List<Row> rows, int index) {
        RowKey key = rows.get(index).key();
        int end = index;
        while (end + 1 < rows.size() && isAncestor(key, rows.get(end + 1).key())) {
            end++;
        }
        return end;
    }

    /**
     * Moves one code row whose parent is printed — with the sub-codes printed right after it — to
     * be printed right after the rows of another code of its parent's level: the code is then
     * printed under the wrong parent, and every sum still holds. Shrinks towards the first row and
     * the first wrong parent.
     *
     * @param statement a statement
     * @return the generator
     * @throws IllegalArgumentException if no code row has a printed parent and another code of its parent's level
     */
    public static Gen<Broken<PublishedStatement>> wrongParent(PublishedStatement statement) {
        return wrongParent(statement, (row, parent) -> true);
    }

    /**
     * As {@link #wrongParent(PublishedStatement)}, for the rows and wrong parents the predicate
     * accepts.
     *
     * @param statement a statement
     * @param where accepts the location of the row to move and the key of the code it will be printed under
     * @return the generator
     * @throws IllegalArgumentException if no move qualifies
     */
    public static Gen<Broken<PublishedStatement>> wrongParent(PublishedStatement statement,
            BiPredicate<? super CellLocation, ? super RowKey> where) {
        Objects.requireNonNull(where, "where");
        List<Move> candidates = moves(statement, m -> where.test(rowLocation(statement, m.table(), m.block(), m.from()), m.wrongParent()));
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the statement has no code row that can be moved to a wrong parent: " + statement);
        }
        return source -> move(statement, candidates.get((int) source.choose(candidates.size() - 1)));
    }

    private static CellLocation rowLocation(PublishedStatement statement, int t, int b, int r) {
        PublishedTable table = statement.tables().get(t);
        Block block = table.blocks().get(b);
        return new CellLocation(t, table.kind(), b, block.role(), r, block.rows().get(r).key(), Optional.empty());
    }

    private static Broken<PublishedStatement> move(PublishedStatement statement, Move move) {
        Block block = statement.tables().get(move.table()).blocks().get(move.block());
        List<Row> rows = block.rows();
        int end = subtreeEnd(rows, move.from());
        List<Row> moved = new ArrayList<>(rows.subList(move.from(), end + 1));
        List<Row> rest = new ArrayList<>(rows.subList(0, move.from()));
        rest.addAll(rows.subList(end + 1, rows.size()));
        // the target's subtree end, in the rows that remain
        int target = move.to() > end ? move.to() - moved.size() : move.to();
        rest.addAll(target + 1, moved);
        CellLocation from = rowLocation(statement, move.table(), move.block(), move.from());
        PublishedStatement broken = replaceBlock(statement, move.table(), move.block(), rebuild(block, rest));
        CellLocation now = new CellLocation(from.table(), from.kind(), from.block(), from.role(), target + 1, from.key(), Optional.empty());
        String description = String.format("moved %s, row %s%s to be printed under %s instead of %s", title(statement, from), from.key(),
                moved.size() > 1 ? " (with its " + (moved.size() - 1) + " sub-code rows)" : "", move.wrongParent(),
                from.key().parent().orElseThrow());
        return new Broken<>(statement, broken, Mutation.WRONG_PARENT, from, List.of(now), description);
    }

    // ================================================================ break the balance

    /** A summary table's expenditure side: the block, its 年末结转和结余 and 支出总计 rows, the columns to change. */
    private record BalanceSite(int table, int block, int closing, int grandTotal, List<ColumnId> columns, CellLocation income) {
    }

    private static List<BalanceSite> balanceSites(PublishedStatement statement) {
        List<BalanceSite> out = new ArrayList<>();
        List<PublishedTable> tables = statement.tables();
        for (int t = 0; t < tables.size(); t++) {
            PublishedTable table = tables.get(t);
            if (!SUMMARIES.contains(table.kind())) {
                continue;
            }
            Optional<CellLocation> income = Optional.empty();
            for (int b = 0; b < table.blocks().size(); b++) {
                Block block = table.blocks().get(b);
                int grand = indexOf(block.rows(), RowKey.line(LineId.GRAND_TOTAL));
                Optional<ColumnId> column = firstColumn(block, ColumnId.AMOUNT, ColumnId.TOTAL);
                if (block.role() == BlockRole.INCOME && grand >= 0 && column.isPresent()) {
                    income = Optional.of(new CellLocation(t, table.kind(), b, block.role(), grand, RowKey.line(LineId.GRAND_TOTAL),
                            column));
                }
            }
            if (income.isEmpty()) {
                continue;
            }
            for (int b = 0; b < table.blocks().size(); b++) {
                Block block = table.blocks().get(b);
                if (block.role() == BlockRole.INCOME) {
                    continue;
                }
                int grand = indexOf(block.rows(), RowKey.line(LineId.GRAND_TOTAL));
                int closing = indexOf(block.rows(), RowKey.line(LineId.CARRY_OVER_CLOSING));
                Optional<ColumnId> column = firstColumn(block, ColumnId.AMOUNT, ColumnId.TOTAL);
                if (grand < 0 || closing < 0 || column.isEmpty()) {
                    continue;
                }
                List<ColumnId> columns = new ArrayList<>();
                columns.add(column.get());
                if (column.get().equals(ColumnId.TOTAL)) {
                    // keep 总计 = Σ sources: change the first fund-source column with the total
                    for (Column c : block.columns()) {
                        if (c.id().family() == ColumnFamily.SOURCES) {
                            columns.add(c.id());
                            break;
                        }
                    }
                }
                out.add(new BalanceSite(t, b, closing, grand, List.copyOf(columns), income.get()));
            }
        }
        return out;
    }

    private static Optional<ColumnId> firstColumn(Block block, ColumnId... ids) {
        for (ColumnId id : ids) {
            if (block.hasColumn(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Breaks 收入总计 = 支出总计 in one summary table (收支总表, 财政拨款收支总表 and their 决算
     * forms) and nothing else: raises (or lowers) the expenditure side's 年末结转和结余 and 支出总计
     * by the same amount beyond rounding (in the total column and, where fund-source columns add up
     * to it, the first of them), so that 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余 still
     * holds but no longer equals the income side.
     *
     * @param statement a statement with a summary table
     * @return the generator
     * @throws IllegalArgumentException if the statement has no summary table with both sides
     */
    public static Gen<Broken<PublishedStatement>> breakBalance(PublishedStatement statement) {
        List<BalanceSite> sites = balanceSites(statement);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("the statement has no summary table with an income and an expenditure side: " + statement);
        }
        Amount beyond = beyondRounding(statement);
        Amount unit = Amount.of(1, coarsestScale(statement));
        return source -> {
            BalanceSite site = sites.get((int) source.choose(sites.size() - 1));
            Amount delta = beyond.plus(times(unit, drawExtra(source)));
            if (source.chance(1, 2)) {
                delta = delta.negate();
            }
            return breakBalance(statement, site, delta);
        };
    }

    private static Broken<PublishedStatement> breakBalance(PublishedStatement statement, BalanceSite site, Amount delta) {
        PublishedStatement broken = statement;
        Block block = statement.tables().get(site.table()).blocks().get(site.block());
        List<Row> rows = new ArrayList<>(block.rows());
        int scale = finestScale(statement);
        for (int index : List.of(site.closing(), site.grandTotal())) {
            Row row = rows.get(index);
            for (ColumnId column : site.columns()) {
                Cell old = row.cell(column);
                Amount after = old.amount().orElse(Amount.ZERO.withScale(scale)).plus(delta);
                row = withCell(row, column, Cell.of(after.withScale(Math.max(after.scale(), old.amount().map(Amount::scale).orElse(scale)))));
            }
            rows.set(index, row);
        }
        broken = replaceBlock(broken, site.table(), site.block(), rebuild(block, rows));
        CellLocation grand = rowLocation(statement, site.table(), site.block(), site.grandTotal()).atColumn(site.columns().get(0));
        String description = String.format("raised %s, expenditure 年末结转和结余 and 支出总计 (%s) by %s: 支出总计 no longer equals 收入总计",
                title(statement, grand), String.join(", ", site.columns().stream().map(ColumnId::toString).toList()), delta);
        return new Broken<>(statement, broken, Mutation.BREAK_BALANCE, grand, List.of(grand, site.income()), description);
    }

    // ================================================================ rounding

    /**
     * The least change that is beyond rounding in every identity of the statement: (k + 1) half
     * units of the coarsest printed place, where k is the largest number of rows or amount columns
     * of a block, rounded up to a whole unit of that place, plus one unit.
     *
     * @param statement a statement
     * @return the amount
     */
    public static Amount beyondRounding(PublishedStatement statement) {
        Objects.requireNonNull(statement, "statement");
        long k = 1;
        for (PublishedTable table : statement.tables()) {
            int rows = 0;
            int columns = 0;
            for (Block block : table.blocks()) {
                rows += block.rows().size();
                columns = Math.max(columns, block.columns().size());
            }
            k = Math.max(k, Math.max(rows, columns));
        }
        // (k + 1) half units, rounded up to whole units, plus one unit
        long units = (k + 2) / 2 + 1;
        return Amount.of(units, coarsestScale(statement));
    }

    private static int coarsestScale(PublishedStatement statement) {
        int min = Integer.MAX_VALUE;
        for (PublishedTable table : statement.tables()) {
            for (Row row : table.rows()) {
                for (Cell cell : row.cells().values()) {
                    if (cell.isAmount()) {
                        min = Math.min(min, cell.amount().orElseThrow().scale());
                    }
                }
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private static int finestScale(PublishedStatement statement) {
        int max = Integer.MIN_VALUE;
        for (PublishedTable table : statement.tables()) {
            for (Row row : table.rows()) {
                for (Cell cell : row.cells().values()) {
                    if (cell.isAmount()) {
                        max = Math.max(max, cell.amount().orElseThrow().scale());
                    }
                }
            }
        }
        return max == Integer.MIN_VALUE ? 0 : max;
    }

    // ================================================================ rebuilding

    private static String title(PublishedStatement statement, CellLocation at) {
        return statement.tables().get(at.table()).describe() + (at.role() == BlockRole.MAIN ? "" : " [" + at.role().chineseName() + "]");
    }

    private static Row row(PublishedStatement statement, CellLocation at) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(at, "at");
        if (at.table() >= statement.tables().size() || statement.tables().get(at.table()).kind() != at.kind()) {
            throw new IllegalArgumentException(at + " is not a table of the statement");
        }
        List<Block> blocks = statement.tables().get(at.table()).blocks();
        if (at.block() >= blocks.size() || at.row() >= blocks.get(at.block()).rows().size()
                || !blocks.get(at.block()).rows().get(at.row()).key().equals(at.key())) {
            throw new IllegalArgumentException(at + " is not a row of the statement");
        }
        return blocks.get(at.block()).rows().get(at.row());
    }

    private static Row withCell(Row row, ColumnId column, Cell cell) {
        Row.Builder b = Row.builder(row.key(), row.label());
        row.number().ifPresent(b::number);
        row.cells().forEach((id, c) -> {
            if (!id.equals(column)) {
                b.cell(id, c);
            }
        });
        b.cell(column, cell);
        return b.build();
    }

    private static PublishedStatement replaceRow(PublishedStatement statement, CellLocation at, Row row) {
        Block block = statement.tables().get(at.table()).blocks().get(at.block());
        List<Row> rows = new ArrayList<>(block.rows());
        rows.set(at.row(), row);
        return replaceBlock(statement, at.table(), at.block(), rebuild(block, rows));
    }

    private static Block rebuild(Block block, List<Row> rows) {
        Block.Builder b = Block.builder(block.role());
        block.columns().forEach(b::column);
        rows.forEach(b::row);
        return b.build();
    }

    private static PublishedStatement replaceBlock(PublishedStatement statement, int tableIndex, int blockIndex, Block block) {
        PublishedTable table = statement.tables().get(tableIndex);
        PublishedTable.Builder t = PublishedTable.builder(table.kind(), table.title(), table.unit()).codeLayout(table.codeLayout());
        table.number().ifPresent(t::number);
        table.note().ifPresent(t::note);
        for (int b = 0; b < table.blocks().size(); b++) {
            t.block(b == blockIndex ? block : table.blocks().get(b));
        }
        PublishedStatement.Builder s = PublishedStatement.builder(statement.source(), statement.entity(), statement.year(),
                statement.stage(), statement.unit());
        for (int i = 0; i < statement.tables().size(); i++) {
            s.table(i == tableIndex ? t.build() : statement.tables().get(i));
        }
        return s.build();
    }
}
