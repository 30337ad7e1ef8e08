/**
 * Exact amounts (金额) and amount units (金额单位). {@link dev.yusuan.core.money.Amount} keeps the
 * precision a value was printed with; {@link dev.yusuan.core.money.AmountUnit} is 元, 万元 or 亿元.
 * The JSR-354 {@code MonetaryAmount} (CNY) is used at the API edge only. No floating point.
 */
package dev.yusuan.core.money;
