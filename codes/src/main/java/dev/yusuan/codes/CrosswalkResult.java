package dev.yusuan.codes;

import dev.yusuan.core.code.ClassificationCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mapping of one code from one edition to another (跨版本科目对照).
 *
 * @param <C> the code type
 * @param code the code in the source edition
 * @param fromYear the source edition year
 * @param toYear the target edition year
 * @param outcome what happened to it
 * @param targets the code(s) in the target edition: one for a clean mapping, the candidates for
 *     an ambiguous {@link CrosswalkOutcome#SPLIT}, none for retired, new or not-in-source codes
 * @param changes the recorded changes applied, in the order applied
 * @param uncertain changes whose edition is not verified and that may fall between the two editions (not applied)
 * @param explanation a sentence for people
 */
public record CrosswalkResult<C extends ClassificationCode<C>>(C code, int fromYear, int toYear, CrosswalkOutcome outcome, List<C> targets,
        List<CodeChange> changes, List<CodeChange> uncertain, String explanation) {

    /** Validates and copies. */
    public CrosswalkResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outcome, "outcome");
        targets = List.copyOf(targets);
        changes = List.copyOf(changes);
        uncertain = List.copyOf(uncertain);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** @return the single target code, if the mapping is unambiguous */
    public Optional<C> target() {
        return targets.size() == 1 && outcome != CrosswalkOutcome.SPLIT ? Optional.of(targets.get(0)) : Optional.empty();
    }

    /** @return whether the code maps to several candidates and the choice is left to the caller */
    public boolean isAmbiguous() {
        return outcome == CrosswalkOutcome.SPLIT;
    }

    /** @return whether a change of unverified year may affect the result */
    public boolean isUncertain() {
        return !uncertain.isEmpty();
    }
}
