/**
 * Published tables (公开表格): a statement exactly as printed, table by table.
 *
 * <p>A {@link dev.yusuan.core.table.PublishedStatement} (公开的部门预算 / 部门决算) holds
 * {@link dev.yusuan.core.table.PublishedTable}s of a {@link dev.yusuan.core.table.TableKind}
 * (部门收支总表, 公开01表 …); a table holds {@link dev.yusuan.core.table.Block}s (one per side of a
 * side-by-side table), a block holds {@link dev.yusuan.core.table.Column}s and
 * {@link dev.yusuan.core.table.Row}s, a row holds {@link dev.yusuan.core.table.Cell}s by
 * {@link dev.yusuan.core.table.ColumnId}. Rows have typed {@link dev.yusuan.core.table.RowKey}s:
 * a function or economic code at any level, a unit, a standard {@link dev.yusuan.core.table.LineId
 * named line}, or an item. Subtotal rows, blank vs 0, each cell's printed precision, labels, 行次
 * and 栏次 are kept as printed; nothing is recomputed.
 *
 * <p>The vocabulary of table kinds, column ids and line ids is documented in
 * {@code docs/published-tables.md}. Invalid input throws
 * {@link dev.yusuan.core.table.TableException}, naming the table, row and column. Apart from the
 * optional location parts of {@code TableException}'s constructor, no method accepts or returns
 * {@code null}.
 */
package dev.yusuan.core.table;
