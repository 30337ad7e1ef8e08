package dev.yusuan.codes;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.money.Amount;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Department economic amounts aggregated into government economic amounts under the
 * correspondence table (按对照表汇总). Sums are exact ({@link Amount#plus}); nothing is rounded or
 * allocated. Amounts that could not be mapped are kept, with the reason, rather than dropped.
 *
 * @param amounts the government 款 totals, in code order
 * @param unmapped the department amounts that have no official row for the unit type (or are
 *     not 款 codes of the edition), in code order
 * @param reasons why each unmapped code is unmapped
 * @param byAnalogy the department codes mapped through a row inferred by analogy (verify these)
 */
public record MappedAmounts(SortedMap<GovernmentEconomicCode, Amount> amounts, SortedMap<DepartmentEconomicCode, Amount> unmapped,
        Map<DepartmentEconomicCode, String> reasons, Set<DepartmentEconomicCode> byAnalogy) {

    /** Validates and copies. */
    public MappedAmounts {
        amounts = Collections.unmodifiableSortedMap(new TreeMap<>(amounts));
        unmapped = Collections.unmodifiableSortedMap(new TreeMap<>(unmapped));
        reasons = Collections.unmodifiableSortedMap(new TreeMap<>(reasons));
        byAnalogy = Collections.unmodifiableSortedSet(new TreeSet<>(byAnalogy));
    }

    /**
     * @param code a government 款
     * @return its aggregated amount, if any department amount mapped to it
     */
    public Optional<Amount> get(GovernmentEconomicCode code) {
        return Optional.ofNullable(amounts.get(Objects.requireNonNull(code, "code")));
    }

    /** @return whether every department amount was mapped */
    public boolean isComplete() {
        return unmapped.isEmpty();
    }
}
