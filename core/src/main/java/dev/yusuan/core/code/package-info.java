/**
 * Classification codes of the 政府收支分类科目: {@link dev.yusuan.core.code.FunctionCode} (支出功能分类),
 * {@link dev.yusuan.core.code.DepartmentEconomicCode} (部门预算支出经济分类),
 * {@link dev.yusuan.core.code.GovernmentEconomicCode} (政府预算支出经济分类) and
 * {@link dev.yusuan.core.code.RevenueCode} (收入分类). Strict parsing with
 * {@code parse}; printed variants with {@link dev.yusuan.core.code.LenientCodeParser}.
 */
package dev.yusuan.core.code;
