/**
 * The dimensions of budget data: {@link dev.yusuan.core.dimension.FundSource} (资金来源),
 * {@link dev.yusuan.core.dimension.BudgetKind} (四本预算), {@link dev.yusuan.core.dimension.SpendingType}
 * (支出类型), {@link dev.yusuan.core.dimension.Stage} (预算阶段), and the reporting entity
 * ({@link dev.yusuan.core.dimension.ReportingEntity}, 部门) with its
 * {@link dev.yusuan.core.dimension.BudgetUnit units} (预算单位) and their
 * {@link dev.yusuan.core.dimension.UnitType types}.
 */
package dev.yusuan.core.dimension;
