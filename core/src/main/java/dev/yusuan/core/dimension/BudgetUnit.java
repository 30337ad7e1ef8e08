package dev.yusuan.core.dimension;

import dev.yusuan.core.BudgetException;
import java.util.Objects;

/**
 * A budget unit (预算单位) of a department: a code as printed (e.g. {@code 354001}), a name and a type.
 *
 * @param code the unit code, 1–20 letters or digits
 * @param name the unit name
 * @param type the unit type
 */
public record BudgetUnit(String code, String name, UnitType type) {
    /** Validates. */
    public BudgetUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (code.isEmpty() || code.length() > 20 || !code.chars().allMatch(Character::isLetterOrDigit)) {
            throw new BudgetException("unit code '" + code + "' must be 1-20 letters or digits");
        }
        if (name.isBlank()) {
            throw new BudgetException("unit " + code + " has a blank name");
        }
    }
}
