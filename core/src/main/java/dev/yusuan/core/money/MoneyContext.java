package dev.yusuan.core.money;

/** Constants of the JSR-354 edge. Package-private. */
final class MoneyContext {
    static final String CNY = "CNY";

    private MoneyContext() {
    }
}
