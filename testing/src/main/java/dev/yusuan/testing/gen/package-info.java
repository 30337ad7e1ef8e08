/**
 * Generators of the budget domain (预算领域生成器): classification codes, amounts, units, reporting
 * entities, fund sources, spending types, line-level budgets and final accounts of realistic
 * shapes, and the standard tables derived from them. Entry points: {@link
 * dev.yusuan.testing.gen.BudgetGens} and {@link dev.yusuan.testing.gen.LedgerShape}.
 *
 * <p>Every generator is a {@link dev.yusuan.testing.Gen}: it shrinks with the engine of this module
 * and is also a plain function of a {@link java.util.random.RandomGenerator}, for use from any
 * other test engine.
 */
package dev.yusuan.testing.gen;
