/**
 * Derivation of the standard tables (标准表生成) from line-level data.
 *
 * <p>{@link dev.yusuan.core.derive.TableDeriver} builds every standard table kind — the 部门预算
 * standard tables and the 部门决算 公开01–09表 — from the roll-ups of a
 * {@link dev.yusuan.core.ledger.Ledger} or of a stream of lines, as the same
 * {@link dev.yusuan.core.table.PublishedTable} objects that hold published statements, consistent
 * by construction. No method accepts or returns {@code null}.
 */
package dev.yusuan.core.derive;
