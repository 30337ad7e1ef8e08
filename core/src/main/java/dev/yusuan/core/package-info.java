/**
 * yusuan core: the Chinese government budget accounting model (政府预算会计模型).
 *
 * <p>One concept per package: {@link dev.yusuan.core.code} (classification codes, 政府收支分类科目),
 * {@link dev.yusuan.core.money} (exact amounts and units), {@link dev.yusuan.core.dimension}
 * (fund sources, budgets, spending types, stages, units), {@link dev.yusuan.core.catalog}
 * (the catalog interface implemented by the codes module). {@link dev.yusuan.core.BudgetException}
 * is the root of every exception. No method accepts or returns {@code null}.
 */
package dev.yusuan.core;
