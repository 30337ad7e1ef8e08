package dev.yusuan.codes;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.money.Amount;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table's rows mapped from one edition to another (跨版本转换结果). Amounts of renamed, moved and
 * merged codes are carried (merged ones summed exactly); amounts whose code was split, retired,
 * new or not in the source edition are kept apart, unallocated, with their result.
 *
 * @param <C> the code type
 * @param fromYear the source edition year
 * @param toYear the target edition year
 * @param mapped the amounts by target code, in code order
 * @param unresolved the source amounts that could not be carried, by source code
 * @param results the result for every source code, in source order
 */
public record CrosswalkTable<C extends ClassificationCode<C>>(int fromYear, int toYear, SortedMap<C, Amount> mapped,
        SortedMap<C, Amount> unresolved, Map<C, CrosswalkResult<C>> results) {

    /** Copies. */
    public CrosswalkTable {
        mapped = Collections.unmodifiableSortedMap(new TreeMap<>(mapped));
        unresolved = Collections.unmodifiableSortedMap(new TreeMap<>(unresolved));
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /** @return whether every row was carried to the target edition */
    public boolean isComplete() {
        return unresolved.isEmpty();
    }
}
