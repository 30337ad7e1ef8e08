package dev.yusuan.core.ledger;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.money.Amount;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a ledger (明细行): an amount spent on a function 项 (支出功能分类), optionally of an
 * economic 款 or local sub-item (部门 or 政府 经济分类; none where the data has none), from a fund
 * source (资金来源), of a spending type (支出类型), optionally by a budget unit (预算单位).
 *
 * <p>A record view: a {@link Ledger} does not store these objects but packed columns; it creates
 * them on demand.
 *
 * @param function the function code, at 项 level (7 digits)
 * @param departmentEconomic the 部门 economic code, at 款 or local level
 * @param governmentEconomic the 政府 economic code, at 款 or local level; at most one of the two is present
 * @param source the fund source
 * @param type the spending type
 * @param unit the code of the budget unit, one of the reporting entity's units
 * @param amount the amount, in the ledger's unit
 */
public record LedgerLine(FunctionCode function, Optional<DepartmentEconomicCode> departmentEconomic,
        Optional<GovernmentEconomicCode> governmentEconomic, FundSource source, SpendingType type, Optional<String> unit,
        Amount amount) {

    /** Validates. */
    public LedgerLine {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(departmentEconomic, "departmentEconomic");
        Objects.requireNonNull(governmentEconomic, "governmentEconomic");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        if (function.level() != CodeLevel.ITEM) {
            throw new LedgerException(LedgerException.Kind.INVALID_LINE, -1, "function",
                    "function code " + function + " is a " + function.level().chineseName() + "; a ledger line needs a 项 (7 digits)");
        }
        if (departmentEconomic.isPresent() && governmentEconomic.isPresent()) {
            throw new LedgerException(LedgerException.Kind.INVALID_LINE, -1, "economic",
                    "a line has one economic code, got " + departmentEconomic.get() + " and " + governmentEconomic.get());
        }
        departmentEconomic.ifPresent(LedgerLine::checkEconomicLevel);
        governmentEconomic.ifPresent(LedgerLine::checkEconomicLevel);
    }

    private static void checkEconomicLevel(ClassificationCode<?> code) {
        if (code.level() == CodeLevel.CATEGORY) {
            throw new LedgerException(LedgerException.Kind.INVALID_LINE, -1, "economic",
                    "economic code " + code + " is a 类; a ledger line needs a 款 (5 digits) or a local sub-item (7 digits)");
        }
    }

    /**
     * A line without economic code and without unit.
     *
     * @param function the function 项
     * @param source the fund source
     * @param type the spending type
     * @param amount the amount
     * @return the line
     */
    public static LedgerLine of(FunctionCode function, FundSource source, SpendingType type, Amount amount) {
        return new LedgerLine(function, Optional.empty(), Optional.empty(), source, type, Optional.empty(), amount);
    }

    /**
     * @param code a 部门 economic 款 or local sub-item
     * @return this line with that economic code (and no 政府 code)
     */
    public LedgerLine withEconomic(DepartmentEconomicCode code) {
        return new LedgerLine(function, Optional.of(code), Optional.empty(), source, type, unit, amount);
    }

    /**
     * @param code a 政府 economic 款 or local sub-item
     * @return this line with that economic code (and no 部门 code)
     */
    public LedgerLine withEconomic(GovernmentEconomicCode code) {
        return new LedgerLine(function, Optional.empty(), Optional.of(code), source, type, unit, amount);
    }

    /**
     * @param unitCode the code of a budget unit of the entity
     * @return this line for that unit
     */
    public LedgerLine withUnit(String unitCode) {
        return new LedgerLine(function, departmentEconomic, governmentEconomic, source, type, Optional.of(unitCode), amount);
    }

    /**
     * @param newAmount an amount
     * @return this line with that amount
     */
    public LedgerLine withAmount(Amount newAmount) {
        return new LedgerLine(function, departmentEconomic, governmentEconomic, source, type, unit, newAmount);
    }

    /** @return the economic code of either scheme, if any */
    public Optional<ClassificationCode<?>> economic() {
        if (departmentEconomic.isPresent()) {
            return Optional.of(departmentEconomic.get());
        }
        return governmentEconomic.map(c -> c);
    }
}
