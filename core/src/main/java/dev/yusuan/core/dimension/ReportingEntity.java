package dev.yusuan.core.dimension;

import dev.yusuan.core.BudgetException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reporting entity (部门): a department and its budget units (预算单位).
 *
 * @param name the department name, e.g. 株洲市医疗保障局
 * @param units its units, in the order printed; unit codes are unique
 */
public record ReportingEntity(String name, List<BudgetUnit> units) {
    /** Validates and copies. */
    public ReportingEntity {
        Objects.requireNonNull(name, "name");
        units = List.copyOf(units);
        if (name.isBlank()) {
            throw new BudgetException("entity name is blank");
        }
        Set<String> seen = new HashSet<>();
        for (BudgetUnit u : units) {
            if (!seen.add(u.code())) {
                throw new BudgetException("entity " + name + " lists unit " + u.code() + " twice");
            }
        }
    }

    /**
     * @param code a unit code
     * @return the unit with that code
     */
    public Optional<BudgetUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
