package dev.yusuan.examples.convert;

import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.codes.MappingResult;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.Block;
import dev.yusuan.core.table.Cell;
import dev.yusuan.core.table.Column;
import dev.yusuan.core.table.ColumnFamily;
import dev.yusuan.core.table.ColumnId;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import dev.yusuan.core.table.StatementSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts the 部门 economic view of a published statement into the 政府 economic view (经济分类换算)
 * with the official correspondence table of an edition: every table whose rows are 部门经济分类
 * codes becomes a table whose rows are 政府经济分类 codes, with each amount column aggregated
 * exactly ({@link Amount#plus}; nothing is rounded or allocated).
 *
 * <p>Which amounts are added: each 款 row's own amount, or, when any of its local sub-items
 * ({@code 3011201} under {@code 30112}) has an amount in the column, those of its sub-items
 * instead (a sub-item rolls up to its 款's target). 类 rows are subtotals and are not added; a
 * 类 row printed without any 款 below it cannot be mapped and is reported. The converted table has
 * a {@code line:total} row, the 政府 类 rows (Σ their 款) and the 款 rows, in code order, named
 * from the catalog; rows that are not economic codes (units, items) are not carried over.
 *
 * <p>Tables whose <em>columns</em> are economic codes (表3-1 style) are not converted; they are
 * listed in {@link Result#skipped()}.
 */
public final class StatementConversion {
    private StatementConversion() {
    }

    /**
     * The result of a conversion.
     *
     * @param statement the converted statement: the converted tables only
     * @param tables each converted table beside its source
     * @param unmapped the amounts that could not be mapped, with the reason; the conversion is
     *     complete only when this is empty
     * @param skipped tables with 部门 economic codes that are not converted, with the reason
     */
    public record Result(PublishedStatement statement, List<TableConversion> tables, List<Unmapped> unmapped, List<String> skipped) {
        /** Copies. */
        public Result {
            tables = List.copyOf(tables);
            unmapped = List.copyOf(unmapped);
            skipped = List.copyOf(skipped);
        }

        /** @return whether every amount was mapped */
        public boolean isComplete() {
            return unmapped.isEmpty();
        }
    }

    /**
     * One converted table.
     *
     * @param source the table as published, with 部门 economic rows
     * @param converted the same amounts by 政府 economic code
     */
    public record TableConversion(PublishedTable source, PublishedTable converted) {
    }

    /**
     * An amount that has no official 政府 code.
     *
     * @param table the table's description
     * @param code the 部门 code
     * @param reason why (from the correspondence table)
     */
    public record Unmapped(String table, DepartmentEconomicCode code, String reason) {
    }

    /**
     * Converts every table with 部门 economic rows.
     *
     * @param statement the statement as published
     * @param catalog the edition whose correspondence table and names to use
     * @param unitType the type of the unit the amounts belong to
     * @return the converted statement and what could not be converted
     */
    public static Result toGovernmentEconomic(PublishedStatement statement, CodeCatalog catalog, UnitType unitType) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(unitType, "unitType");
        List<TableConversion> tables = new ArrayList<>();
        List<Unmapped> unmapped = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (PublishedTable table : statement.tables()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : table.blocks()) {
                if (block.rows().stream().anyMatch(r -> r.key().kind() == RowKey.Kind.DEPARTMENT_ECONOMIC)) {
                    blocks.add(convert(table, block, catalog, unitType, unmapped));
                } else if (block.columnIds().stream().anyMatch(c -> c.economicCode().map(e -> e instanceof DepartmentEconomicCode)
                        .orElse(false))) {
                    skipped.add(table.describe() + ": its columns are 部门 economic codes; only tables whose rows are codes are converted");
                }
            }
            if (!blocks.isEmpty()) {
                PublishedTable.Builder b = PublishedTable.builder(table.kind(), table.title() + "（政府经济分类，由部门经济分类换算）", table.unit())
                        .note("Converted from " + table.describe() + " with the official correspondence table of edition "
                                + catalog.edition().id() + " for a " + unitType.chineseName() + " (" + unitType + "); amounts are exact sums.");
                table.number().ifPresent(b::number);
                blocks.forEach(b::block);
                tables.add(new TableConversion(table, b.build()));
            }
        }
        PublishedStatement.Builder s = PublishedStatement.builder(new StatementSource(statement.source().title() + "（政府经济分类换算）",
                statement.source().document(), Optional.of("部门经济分类 converted to 政府经济分类 for a " + unitType.chineseName())),
                statement.entity(), statement.year(), statement.stage(), statement.unit());
        tables.forEach(t -> s.table(t.converted()));
        return new Result(s.build(), tables, unmapped, skipped);
    }

    private static Block convert(PublishedTable table, Block block, CodeCatalog catalog, UnitType unitType, List<Unmapped> unmapped) {
        List<Column> amountColumns = amountColumns(block);
        Map<RowKey, List<Row>> localsByParent = new LinkedHashMap<>();
        for (Row r : block.rows()) {
            if (r.key().kind() == RowKey.Kind.DEPARTMENT_ECONOMIC && code(r).level() == CodeLevel.LOCAL) {
                localsByParent.computeIfAbsent(r.key().parent().orElseThrow(), k -> new ArrayList<>()).add(r);
            }
        }
        // government code -> column -> sum
        Map<GovernmentEconomicCode, Map<ColumnId, Amount>> sums = new TreeMap<>();
        for (Row r : block.rows()) {
            if (r.key().kind() != RowKey.Kind.DEPARTMENT_ECONOMIC) {
                continue;
            }
            DepartmentEconomicCode code = code(r);
            for (Column c : amountColumns) {
                Optional<Amount> amount = r.cell(c.id()).amount();
                if (amount.isEmpty()) {
                    continue;
                }
                if (code.level() == CodeLevel.CATEGORY) {
                    boolean hasSections = block.rows().stream().anyMatch(o -> o.key().parent().map(r.key()::equals).orElse(false));
                    if (!hasSections) {
                        unmapped.add(new Unmapped(table.describe(), code, code + " " + r.label() + " is a 类 printed without its 款; "
                                + "the correspondence table maps 款"));
                    }
                    continue;
                }
                if (code.level() == CodeLevel.SECTION && localsByParent.getOrDefault(r.key(), List.of()).stream()
                        .anyMatch(l -> l.cell(c.id()).isAmount())) {
                    continue; // its local sub-items carry the amounts
                }
                MappingResult m = catalog.correspondence().map(code, unitType);
                if (m.target().isEmpty()) {
                    if (unmapped.stream().noneMatch(u -> u.code().equals(code) && u.table().equals(table.describe()))) {
                        unmapped.add(new Unmapped(table.describe(), code, m.reason()));
                    }
                    continue;
                }
                sums.computeIfAbsent(m.target().get(), k -> new LinkedHashMap<>()).merge(c.id(), amount.get(), Amount::plus);
            }
        }
        Map<GovernmentEconomicCode, Map<ColumnId, Amount>> categories = new TreeMap<>();
        Map<ColumnId, Amount> total = new LinkedHashMap<>();
        sums.forEach((code, byColumn) -> byColumn.forEach((col, a) -> {
            categories.computeIfAbsent(code.atLevel(CodeLevel.CATEGORY), k -> new LinkedHashMap<>()).merge(col, a, Amount::plus);
            total.merge(col, a, Amount::plus);
        }));
        Block.Builder out = Block.builder(block.role());
        amountColumns.forEach(out::column);
        out.row(row(RowKey.line("total"), "合计", total, amountColumns));
        categories.forEach((category, byColumn) -> {
            out.row(row(RowKey.economic(category), name(catalog, category), byColumn, amountColumns));
            sums.forEach((code, cells) -> {
                if (code.atLevel(CodeLevel.CATEGORY).equals(category)) {
                    out.row(row(RowKey.economic(code), name(catalog, code), cells, amountColumns));
                }
            });
        });
        return out.build();
    }

    /**
     * The columns that hold amounts: any with an amount printed, except the code columns of a
     * mapping table ({@code gov-economic}, {@code dept-economic}) and a province's own {@code x-}
     * columns (which may hold codes), and columns with text cells.
     */
    private static List<Column> amountColumns(Block block) {
        List<Column> out = new ArrayList<>();
        for (Column c : block.columns()) {
            if (c.id().family() == ColumnFamily.MAPPING || c.id().family() == ColumnFamily.LOCAL) {
                continue;
            }
            boolean anyAmount = false;
            boolean anyText = false;
            for (Row r : block.rows()) {
                Cell cell = r.cell(c.id());
                anyAmount |= cell.isAmount();
                anyText |= cell.kind() == Cell.Kind.TEXT;
            }
            if (anyAmount && !anyText) {
                out.add(c);
            }
        }
        return out;
    }

    private static Row row(RowKey key, String label, Map<ColumnId, Amount> cells, List<Column> columns) {
        Row.Builder b = Row.builder(key, label);
        for (Column c : columns) {
            Amount a = cells.get(c.id());
            if (a != null) {
                b.cell(c.id(), Cell.of(a));
            }
        }
        return b.build();
    }

    private static String name(CodeCatalog catalog, ClassificationCode<?> code) {
        return catalog.findAny(code).map(e -> e.name()).orElse(code.toString());
    }

    private static DepartmentEconomicCode code(Row r) {
        return (DepartmentEconomicCode) r.key().classificationCode().orElseThrow();
    }

    /**
     * One cell of a converted table beside the printed figure.
     *
     * @param row the row key, e.g. {@code govEconomic:50101}
     * @param label the row label
     * @param column the column
     * @param converted the converted amount (zero when the row is printed only)
     * @param printed the printed amount (zero when blank or not printed)
     */
    public record Difference(RowKey row, String label, Column column, Amount converted, Amount printed) {
        /** @return printed minus converted */
        public Amount difference() {
            return printed.minus(converted);
        }

        /** @return whether the two agree in value */
        public boolean agrees() {
            return converted.isEqualTo(printed);
        }
    }

    /**
     * Compares a converted table with the 政府 economic table the document prints (e.g. 南充 表3-4
     * beside 表3-3): the total, 类 and 款 rows, in every column both have.
     *
     * @param converted a converted table
     * @param printed the printed table with 政府 economic rows
     * @return every cell compared, in the converted table's order, then rows only printed
     */
    public static List<Difference> compare(PublishedTable converted, PublishedTable printed) {
        List<Difference> out = new ArrayList<>();
        Block c = converted.blocks().get(0);
        Block p = printed.blocks().stream().filter(b -> b.rows().stream().anyMatch(r -> r.key().kind() == RowKey.Kind.GOVERNMENT_ECONOMIC))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(printed.describe() + " has no 政府 economic rows"));
        for (Column column : c.columns()) {
            if (!p.hasColumn(column.id())) {
                continue;
            }
            for (Row r : c.rows()) {
                Amount mine = r.cell(column.id()).amount().orElse(Amount.ZERO);
                Amount theirs = p.row(r.key()).flatMap(pr -> pr.cell(column.id()).amount()).orElse(Amount.ZERO);
                out.add(new Difference(r.key(), r.label(), column, mine, theirs));
            }
            for (Row pr : p.rows()) {
                if ((pr.key().kind() == RowKey.Kind.GOVERNMENT_ECONOMIC) && c.row(pr.key()).isEmpty()) {
                    out.add(new Difference(pr.key(), pr.label(), column, Amount.ZERO, pr.cell(column.id()).amount().orElse(Amount.ZERO)));
                }
            }
        }
        return out;
    }

    /**
     * The 政府 economic totals a unit's own printed mapping implies (e.g. 洛阳's 一般公共预算基本支出情况表,
     * which prints the 政府 款 beside each 部门 款): the amounts of each amount column grouped by the
     * printed 政府 code, as a table with the same layout as a converted one.
     *
     * @param mappingTable a {@code budget/economic-mapping} table with a {@code gov-economic} column
     * @param catalog the edition whose names label the rows
     * @return the printed mapping as a table by 政府 economic code
     */
    public static PublishedTable printedMapping(PublishedTable mappingTable, CodeCatalog catalog) {
        ColumnId gov = ColumnId.parse("gov-economic");
        Block block = mappingTable.blocks().get(0);
        List<Column> amountColumns = amountColumns(block);
        Map<GovernmentEconomicCode, Map<ColumnId, Amount>> sums = new TreeMap<>();
        for (Row r : block.rows()) {
            if (r.key().kind() != RowKey.Kind.DEPARTMENT_ECONOMIC || r.cell(gov).isBlank() || r.cell(gov).isDash()) {
                continue;
            }
            GovernmentEconomicCode code = GovernmentEconomicCode.parse(r.cell(gov).printed());
            for (Column col : amountColumns) {
                r.cell(col.id()).amount().ifPresent(a -> sums.computeIfAbsent(code, k -> new LinkedHashMap<>()).merge(col.id(), a, Amount::plus));
            }
        }
        Map<GovernmentEconomicCode, Map<ColumnId, Amount>> categories = new TreeMap<>();
        sums.forEach((code, byColumn) -> byColumn.forEach((col, a) ->
                categories.computeIfAbsent(code.atLevel(CodeLevel.CATEGORY), k -> new LinkedHashMap<>()).merge(col, a, Amount::plus)));
        Block.Builder out = Block.builder(block.role());
        amountColumns.forEach(out::column);
        block.row(RowKey.line("total")).ifPresent(out::row);
        categories.forEach((category, byColumn) -> {
            out.row(row(RowKey.economic(category), name(catalog, category), byColumn, amountColumns));
            sums.forEach((code, cells) -> {
                if (code.atLevel(CodeLevel.CATEGORY).equals(category)) {
                    out.row(row(RowKey.economic(code), name(catalog, code), cells, amountColumns));
                }
            });
        });
        PublishedTable.Builder t = PublishedTable.builder(mappingTable.kind(), mappingTable.title() + "（按单位自印对照汇总）", mappingTable.unit())
                .block(out);
        mappingTable.number().ifPresent(t::number);
        return t.build();
    }
}
