/**
 * Line-level statements (明细账) and their roll-ups (汇总).
 *
 * <p>A {@link dev.yusuan.core.ledger.Ledger} holds the lines of a budget or final account —
 * function 项 × economic 款 (部门 or 政府 scheme, optional) × fund source × spending type × unit
 * → amount — columnar and exact, at one ledger-wide scale, with the final account's balances
 * ({@link dev.yusuan.core.ledger.BalanceLine}: 年初/年末结转和结余, 结余分配, 使用非财政拨款结余) and
 * its initial budget (年初预算数). A {@link dev.yusuan.core.ledger.Rollup} answers every total (by
 * function at each level, by economic 款/类, by source, by type, by unit, and combinations through a
 * {@link dev.yusuan.core.ledger.Slice}); it comes from a ledger or from a
 * {@link dev.yusuan.core.ledger.LedgerAggregator} fed line by line, so that a ledger too large to
 * hold can be checked while streaming.
 *
 * <p>Sums use {@code long} arithmetic with {@link java.lang.Math#addExact}; overflow throws
 * {@link dev.yusuan.core.money.AmountException}. Invalid lines throw
 * {@link dev.yusuan.core.ledger.LedgerException} naming the line and field. Nothing is rounded. No
 * method accepts or returns {@code null}.
 */
package dev.yusuan.core.ledger;
