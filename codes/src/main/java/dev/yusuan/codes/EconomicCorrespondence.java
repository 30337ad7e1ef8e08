package dev.yusuan.codes;

import dev.yusuan.core.ledger.EconomicMapping;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The correspondence table between the department and the government economic classifications
 * of one edition (两套支出经济分类科目对照表). A relation, not a map: the target of a department 款
 * depends on the unit type (机关 and 参公 map {@code 301xx → 501xx}, other 事业单位 map to
 * {@code 50501}) and, for capital spending, on the block ({@code 309} basic construction →
 * {@code 504}/{@code 50602}, {@code 310} → {@code 503}/{@code 50601}).
 *
 * <p>Official rows decide; rows observed in documents are kept apart, returned beside the
 * official answer, and never replace it. For each department 款 and unit type there is at most
 * one official row (checked when the data is loaded).
 *
 * <p>Immutable and thread-safe. Obtained from {@link CodeCatalog#correspondence()}.
 */
public final class EconomicCorrespondence {
    private final String editionId;
    private final List<MappingRow> rows;
    private final Map<DepartmentEconomicCode, List<MappingRow>> byDepartment;
    private final SortedSet<DepartmentEconomicCode> departmentCodes;
    private final Map<DepartmentEconomicCode, String> departmentNames;

    EconomicCorrespondence(String editionId, List<MappingRow> rows, SortedSet<DepartmentEconomicCode> departmentCodes,
            Map<DepartmentEconomicCode, String> departmentNames) {
        this.editionId = editionId;
        this.rows = List.copyOf(rows);
        Map<DepartmentEconomicCode, List<MappingRow>> grouped = new HashMap<>();
        for (MappingRow r : this.rows) {
            List<MappingRow> l = grouped.get(r.department());
            if (l == null) {
                l = new ArrayList<>(2);
                grouped.put(r.department(), l);
            }
            l.add(r);
        }
        for (Map.Entry<DepartmentEconomicCode, List<MappingRow>> e : grouped.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
        this.byDepartment = grouped;
        this.departmentCodes = departmentCodes;
        this.departmentNames = Map.copyOf(departmentNames);
    }

    /** @return every row, official and observed, in file order */
    public List<MappingRow> rows() {
        return rows;
    }

    /** @return the official rows (including rows inferred by analogy), in file order */
    public List<MappingRow> officialRows() {
        return rows.stream().filter(r -> r.kind().isOfficial()).collect(Collectors.toUnmodifiableList());
    }

    /** @return the rows observed in documents, in file order */
    public List<MappingRow> observedRows() {
        return rows.stream().filter(r -> r.kind() == MappingKind.OBSERVED).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param code a department 款
     * @return every row for it, any unit type and kind
     */
    public List<MappingRow> rows(DepartmentEconomicCode code) {
        return byDepartment.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /**
     * Maps one department economic code for a unit type (对照). A local sub-item (地方细化, e.g.
     * {@code 3011201}) rolls up to its 款. A 类 is not mapped (its amount is the sum of its 款).
     *
     * @param code a department economic 款 or local sub-item
     * @param unitType the type of the unit (单位类型)
     * @return the official row if any, the observed rows, and a reason
     */
    public MappingResult map(DepartmentEconomicCode code, UnitType unitType) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unitType, "unitType");
        if (code.level() == CodeLevel.CATEGORY) {
            return new MappingResult(code, code, unitType, Optional.empty(), List.of(),
                    code + " is a 类; the table maps 款 (map each 款 of " + code + ")");
        }
        DepartmentEconomicCode key = code.level() == CodeLevel.LOCAL ? code.atLevel(CodeLevel.SECTION) : code;
        String rolled = key.equals(code) ? "" : "local sub-item " + code + " rolls up to its 款 " + key + "; ";
        Optional<MappingRow> official = Optional.empty();
        List<MappingRow> observed = new ArrayList<>();
        for (MappingRow r : rows(key)) {
            if (!r.scope().covers(unitType)) {
                continue;
            }
            if (r.kind().isOfficial()) {
                official = Optional.of(r);
            } else {
                observed.add(r);
            }
        }
        String reason;
        if (official.isPresent()) {
            MappingRow r = official.get();
            reason = rolled + key + " → " + r.government() + " " + r.governmentName() + " (" + r.kind().fileName() + " row for "
                    + r.scope().chineseName() + (r.kind() == MappingKind.OFFICIAL_BY_ANALOGY ? "; target inferred by analogy, verify" : "")
                    + ")";
        } else if (!departmentCodes.contains(key)) {
            reason = rolled + key + " is not a 款 of edition " + editionId;
        } else {
            Set<String> scopes = rows(key).stream().filter(r -> r.kind().isOfficial())
                    .map(r -> r.scope().chineseName()).collect(Collectors.toCollection(java.util.TreeSet::new));
            reason = rolled + "the table of edition " + editionId + " has no official row for " + key + " "
                    + departmentNames.getOrDefault(key, "") + " and a " + unitType.chineseName()
                    + (scopes.isEmpty() ? "" : " (it has rows for " + String.join(", ", scopes) + ")");
        }
        return new MappingResult(code, key, unitType, official, observed, reason);
    }

    /**
     * Maps one code for a unit type and a capital block. The block must be the code's own
     * ({@link CapitalBlock#of}): a {@code 310} code asked for as basic construction has no row, and
     * the result says so rather than guessing a {@code 309} target.
     *
     * @param code a department economic 款 or local sub-item
     * @param unitType the type of the unit
     * @param block the capital block the spending belongs to
     * @return the mapping, or an unmapped result naming the conflict
     */
    public MappingResult map(DepartmentEconomicCode code, UnitType unitType, CapitalBlock block) {
        Objects.requireNonNull(block, "block");
        MappingResult result = map(code, unitType);
        CapitalBlock own = CapitalBlock.of(code);
        if (own == block) {
            return result;
        }
        return new MappingResult(code, result.mappedCode(), unitType, Optional.empty(), List.of(),
                code + " belongs to capital block " + (own == CapitalBlock.NONE ? "none" : own.category() + " " + own.chineseName())
                        + ", not " + (block == CapitalBlock.NONE ? "none" : block.category() + " " + block.chineseName())
                        + "; the table has no row for that combination");
    }

    /**
     * Aggregates department economic amounts into government economic amounts for a unit type
     * (按对照表汇总), exactly. Pass 款 (and local sub-item) amounts only: a 类 amount is a subtotal
     * and is reported as unmapped rather than added twice.
     *
     * @param amounts the department amounts, e.g. a 基本支出表 by 部门经济分类
     * @param unitType the type of the unit
     * @return the government totals, and the amounts that could not be mapped with the reason
     */
    public MappedAmounts mapAmounts(Map<DepartmentEconomicCode, Amount> amounts, UnitType unitType) {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(unitType, "unitType");
        Map<GovernmentEconomicCode, Amount> totals = new TreeMap<>();
        Map<DepartmentEconomicCode, Amount> unmapped = new TreeMap<>();
        Map<DepartmentEconomicCode, String> reasons = new HashMap<>();
        Set<DepartmentEconomicCode> analogy = new HashSet<>();
        for (Map.Entry<DepartmentEconomicCode, Amount> e : amounts.entrySet()) {
            DepartmentEconomicCode code = Objects.requireNonNull(e.getKey(), "code");
            Amount amount = Objects.requireNonNull(e.getValue(), "amount of " + code);
            MappingResult r = map(code, unitType);
            if (r.target().isPresent()) {
                totals.merge(r.target().get(), amount, Amount::plus);
                if (r.isByAnalogy()) {
                    analogy.add(code);
                }
            } else {
                unmapped.put(code, amount);
                reasons.put(code, r.reason());
            }
        }
        return new MappedAmounts(new TreeMap<>(totals), new TreeMap<>(unmapped), reasons, analogy);
    }

    /**
     * The department 款 of the edition that have no official row for a unit type (无对照科目),
     * e.g. {@code 30107} 绩效工资 for a 机关 (绩效工资 is a 事业单位 item).
     *
     * @param unitType the type of the unit
     * @return the unmapped 款, in code order
     */
    public List<DepartmentEconomicCode> unmapped(UnitType unitType) {
        Objects.requireNonNull(unitType, "unitType");
        List<DepartmentEconomicCode> out = new ArrayList<>();
        for (DepartmentEconomicCode c : departmentCodes) {
            if (c.level() == CodeLevel.SECTION && map(c, unitType).official().isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * This table as core's {@link EconomicMapping} (对照关系), the form the ledger and the audit rules take: the
     * official row's target (rows inferred by analogy included), a local sub-item through its 款,
     * empty where the table has no official row. Observed rows are not used.
     *
     * @return a view of this table
     */
    public EconomicMapping toEconomicMapping() {
        return (code, unitType) -> map(code, unitType).target();
    }

    /** @return the unit scopes that have at least one official row */
    public Set<UnitScope> scopes() {
        Set<UnitScope> s = EnumSet.noneOf(UnitScope.class);
        for (MappingRow r : rows) {
            if (r.kind().isOfficial()) {
                s.add(r.scope());
            }
        }
        return Set.copyOf(s);
    }

    @Override
    public String toString() {
        return "EconomicCorrespondence[" + editionId + ", " + rows.size() + " rows]";
    }
}
