/**
 * The yusuan JSON format ({@code yusuan/1}, see {@code io-json/FORMAT.md}):
 * {@link dev.yusuan.json.YusuanJson} reads and writes published statements, ledgers (streaming,
 * through a {@link dev.yusuan.json.LedgerHandler}) and reports; {@link dev.yusuan.json.BudgetJsonModule}
 * is the Jackson module for every value type; {@link dev.yusuan.json.JsonFormatException} is the one
 * exception bad input raises, with the JSON Pointer, line and column of the offending value.
 */
package dev.yusuan.json;
