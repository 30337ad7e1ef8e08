package dev.yusuan.codes;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one department economic code goes in the government scheme for one unit type
 * (对照结果). The official row decides; rows observed in documents are listed beside it and never
 * replace it.
 *
 * @param code the code asked for
 * @param mappedCode the 款 actually looked up: the code itself, or the 款 a local sub-item rolls up to
 * @param unitType the unit type asked for
 * @param official the official row (or official-by-analogy row), if the table has one
 * @param observed rows observed in documents for this code and unit type
 * @param reason a sentence explaining the result (why there is no mapping, a roll-up, a guessed target)
 */
public record MappingResult(DepartmentEconomicCode code, DepartmentEconomicCode mappedCode, UnitType unitType,
        Optional<MappingRow> official, List<MappingRow> observed, String reason) {

    /** Validates and copies. */
    public MappingResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(mappedCode, "mappedCode");
        Objects.requireNonNull(unitType, "unitType");
        Objects.requireNonNull(official, "official");
        observed = List.copyOf(observed);
        Objects.requireNonNull(reason, "reason");
    }

    /** @return the government 款 of the official row, if any */
    public Optional<GovernmentEconomicCode> target() {
        return official.map(MappingRow::government);
    }

    /** @return whether an official (or by-analogy) row maps the code */
    public boolean isMapped() {
        return official.isPresent();
    }

    /** @return whether the target is only inferred by analogy (官方类推), not a recalled official row */
    public boolean isByAnalogy() {
        return official.map(r -> r.kind() == MappingKind.OFFICIAL_BY_ANALOGY).orElse(false);
    }

    /** @return observed rows whose target differs from the official one (a finding about a document, not an error) */
    public List<MappingRow> disagreements() {
        return observed.stream()
                .filter(r -> official.isEmpty() || !r.government().equals(official.get().government()))
                .collect(Collectors.toUnmodifiableList());
    }
}
