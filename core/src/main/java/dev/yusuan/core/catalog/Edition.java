package dev.yusuan.core.catalog;

import dev.yusuan.core.BudgetException;
import java.util.List;
import java.util.Objects;

/**
 * The identity of a catalog edition (版本), e.g. 《2021年政府收支分类科目》.
 *
 * @param id a stable identifier, e.g. {@code "2021"} or {@code "2021+hunan"} for an extended edition
 * @param year the budget year the edition is for
 * @param title the title of the edition, e.g. 2021年政府收支分类科目
 * @param dataVersion the version of the data in this edition, e.g. {@code "2021.1"}
 * @param sources the documents the data was taken from, in order of authority
 */
public record Edition(String id, int year, String title, String dataVersion, List<String> sources) {
    /** Validates and copies. */
    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dataVersion, "dataVersion");
        sources = List.copyOf(sources);
        if (id.isBlank()) {
            throw new BudgetException("edition id is blank");
        }
        if (year < 1990 || year > 2100) {
            throw new BudgetException("edition year " + year + " is outside 1990..2100");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
