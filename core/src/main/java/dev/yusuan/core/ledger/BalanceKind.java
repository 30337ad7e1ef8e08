package dev.yusuan.core.ledger;

import dev.yusuan.core.dimension.Stage;
import java.util.Objects;

/**
 * A balance item of a statement (结转结余项目), held beside the spending lines. Budget stages
 * keep 上年结转 as a fund source ({@link dev.yusuan.core.dimension.FundSource#CARRY_OVER}) and
 * 用事业基金弥补 as {@link dev.yusuan.core.dimension.FundSource#BUSINESS_FUND}; a final account
 * holds them as the balances {@link #OPENING_CARRY_OVER} and {@link #USE_OF_NON_FISCAL_SURPLUS}.
 *
 * <p>Income follows from the balances: 本年收入 = 本年支出 + 结余分配 + 年末结转和结余 −
 * 年初结转和结余 − 使用非财政拨款结余, per function 项 and fund source.
 */
public enum BalanceKind {
    /** 年初结转和结余 (final account only); on the income side. */
    OPENING_CARRY_OVER("年初结转和结余", true, false),
    /** 年末结转和结余 / 结转下年; on the expenditure side. */
    CLOSING_CARRY_OVER("年末结转和结余", false, true),
    /** 结余分配 (non-fiscal sources only); on the expenditure side. */
    SURPLUS_DISTRIBUTION("结余分配", false, true),
    /** 使用非财政拨款结余 (final account, non-fiscal sources only); on the income side. */
    USE_OF_NON_FISCAL_SURPLUS("使用非财政拨款结余", true, false);

    private final String chineseName;
    private final boolean incomeSide;
    private final boolean inBudget;

    BalanceKind(String chineseName, boolean incomeSide, boolean inBudget) {
        this.chineseName = chineseName;
        this.incomeSide = incomeSide;
        this.inBudget = inBudget;
    }

    /** @return the official Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether the item sits on the income side of a 收支总表 (it funds spending) */
    public boolean isIncomeSide() {
        return incomeSide;
    }

    /**
     * @param stage a stage
     * @return whether a ledger of that stage may hold this balance
     */
    public boolean allowedIn(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        return !stage.isBudget() || inBudget;
    }
}
