package dev.yusuan.core.ledger;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.money.Amount;
import java.util.Objects;
import java.util.Optional;

/**
 * A balance item of a ledger (结转结余明细): 年初结转和结余, 年末结转和结余, 结余分配 or
 * 使用非财政拨款结余, for a function 项 and a fund source, optionally by budget unit.
 *
 * @param kind the balance item
 * @param function the function code, at 项 level
 * @param source the fund source the balance belongs to (e.g. 一般公共预算 for 年初财政拨款结转)
 * @param unit the code of the budget unit, one of the reporting entity's units
 * @param amount the amount, in the ledger's unit
 */
public record BalanceLine(BalanceKind kind, FunctionCode function, FundSource source, Optional<String> unit, Amount amount) {
    /** Validates. */
    public BalanceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        if (function.level() != CodeLevel.ITEM) {
            throw new LedgerException(LedgerException.Kind.INVALID_LINE, -1, "function",
                    "function code " + function + " is a " + function.level().chineseName() + "; a balance needs a 项 (7 digits)");
        }
    }

    /**
     * @param kind the balance item
     * @param function the function 项
     * @param source the fund source
     * @param amount the amount
     * @return a balance without unit
     */
    public static BalanceLine of(BalanceKind kind, FunctionCode function, FundSource source, Amount amount) {
        return new BalanceLine(kind, function, source, Optional.empty(), amount);
    }

    /**
     * @param unitCode the code of a budget unit of the entity
     * @return this balance for that unit
     */
    public BalanceLine withUnit(String unitCode) {
        return new BalanceLine(kind, function, source, Optional.of(unitCode), amount);
    }

    /**
     * @param newAmount an amount
     * @return this balance with that amount
     */
    public BalanceLine withAmount(Amount newAmount) {
        return new BalanceLine(kind, function, source, unit, newAmount);
    }
}
