package dev.yusuan.core.catalog;

import dev.yusuan.core.BudgetException;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a catalog edition (科目): its name, level, parent, status and former names.
 *
 * @param <C> the code type
 * @param code the code
 * @param name the official name in the edition, e.g. 卫生健康支出
 * @param parent the code one level up, empty for a 类
 * @param status whether the code is in use in the edition
 * @param formerNames names the code had in earlier editions, most recent first (医疗卫生与计划生育支出 for 210)
 * @param provenance where the row came from: at least {@code source}, often {@code confidence}
 */
public record CatalogEntry<C extends ClassificationCode<C>>(C code, String name, Optional<C> parent, EntryStatus status,
        List<String> formerNames, Map<String, String> provenance) {

    /** Validates and copies. */
    public CatalogEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(status, "status");
        formerNames = List.copyOf(formerNames);
        provenance = Map.copyOf(provenance);
        if (name.isBlank()) {
            throw new BudgetException("catalog entry " + code + " has a blank name");
        }
        if (!parent.equals(code.parent())) {
            throw new BudgetException("catalog entry " + code + " has parent " + parent.map(Object::toString).orElse("none")
                    + " but its code implies " + code.parent().map(Object::toString).orElse("none"));
        }
    }

    /** @return the level of the code */
    public CodeLevel level() {
        return code.level();
    }

    /**
     * @param printed a name as printed in a document
     * @return whether it is one of this entry's former names (an outdated but known name)
     */
    public boolean isFormerName(String printed) {
        return formerNames.contains(printed);
    }
}
