package dev.yusuan.examples.convert;

import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.EconomicMapping;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts a ledger's 部门 economic codes to 政府 codes line by line, by the type of each line's
 * unit, and adds up the lines that then share a key (30101, 30102 and 30103 of one 项 all become
 * 50101). Only the (code, unit type) pairs that occur are mapped: a 30107 绩效工资 line of an
 * institution is converted even if the entity also has administrative units, which have no row for
 * 30107.
 */
public final class LedgerConversion {
    private LedgerConversion() {
    }

    private record Key(int function, int economic, FundSource source, SpendingType type, int unit) {
    }

    /**
     * @param ledger a ledger in 部门 economic codes
     * @param mapping the correspondence
     * @param defaultUnitType the unit type of lines without unit
     * @return the ledger in 政府 economic codes, its initial budget converted too
     * @throws LedgerException ({@link LedgerException.Kind#UNMAPPED_CODE}) naming the code and unit
     *     type of the first line the mapping does not cover
     */
    public static Ledger toGovernmentEconomic(Ledger ledger, EconomicMapping mapping, UnitType defaultUnitType) {
        if (ledger.header().economicScheme() != Scheme.DEPARTMENT_ECONOMIC) {
            throw new LedgerException(LedgerException.Kind.SCHEME_MISMATCH, -1, "economic",
                    "this ledger already holds " + ledger.header().economicScheme().chineseName());
        }
        List<BudgetUnit> units = ledger.header().entity().units();
        Map<Long, Integer> cache = new HashMap<>();
        Map<Key, Long> sums = new LinkedHashMap<>();
        ledger.forEachLine((function, economic, source, type, unit, amount) -> {
            UnitType t = unit < 0 ? defaultUnitType : units.get(unit).type();
            int target = economic == 0 ? 0 : cache.computeIfAbsent(((long) economic << 8) | t.ordinal(), k -> map(mapping, economic, t));
            sums.merge(new Key(function, target, source, type, unit), amount, Math::addExact);
        });
        Ledger.Builder b = Ledger.builder(ledger.header().withEconomicScheme(Scheme.GOVERNMENT_ECONOMIC));
        sums.forEach((k, v) -> b.add(k.function(), k.economic(), k.source(), k.type(), k.unit(), v));
        ledger.balances().forEach(b::addBalance);
        ledger.initialBudget().ifPresent(budget -> b.initialBudget(toGovernmentEconomic(budget, mapping, defaultUnitType)));
        return b.build();
    }

    private static int map(EconomicMapping mapping, int economic, UnitType type) {
        DepartmentEconomicCode code = DepartmentEconomicCode.parse(Integer.toString(economic));
        Optional<GovernmentEconomicCode> g = mapping.map(code, type);
        if (g.isEmpty() && code.level() == CodeLevel.LOCAL) {
            g = mapping.map(code.atLevel(CodeLevel.SECTION), type);
        }
        return g.orElseThrow(() -> new LedgerException(LedgerException.Kind.UNMAPPED_CODE, -1, "economic",
                "no 政府 economic code for " + code + " in a " + type.chineseName())).toInt();
    }
}
