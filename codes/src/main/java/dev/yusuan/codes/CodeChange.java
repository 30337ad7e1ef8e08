package dev.yusuan.codes;

import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.Scheme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One change of one code between editions (科目变动记录), a row of the crosswalk data.
 *
 * @param scheme the scheme of the code
 * @param code the code that changed
 * @param editionFrom the first edition with the change, if verified
 * @param notBefore when {@code editionFrom} is unknown, the earliest edition the change can be in
 * @param kind rename, new, retired, reuse, split, merge or move
 * @param oldName the name before the change, if any
 * @param newName the name after the change, if any
 * @param successors the codes that take over the content (split, merge, move); empty otherwise
 * @param source provenance token(s), see DATA.md
 * @param note remarks, may be empty
 */
public record CodeChange(Scheme scheme, ClassificationCode<?> code, OptionalInt editionFrom, OptionalInt notBefore, ChangeKind kind,
        Optional<String> oldName, Optional<String> newName, List<ClassificationCode<?>> successors, String source, String note) {

    /** Validates and copies. */
    public CodeChange {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(editionFrom, "editionFrom");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newName, "newName");
        successors = List.copyOf(successors);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (editionFrom.isEmpty() && notBefore.isEmpty()) {
            throw new IllegalArgumentException("change of " + code + " has neither edition_from nor not_before");
        }
    }

    /** @return whether the edition of the change is verified */
    public boolean isYearKnown() {
        return editionFrom.isPresent();
    }

    /**
     * Whether a change of unverified year may take effect after {@code fromExclusive} and at or
     * before {@code toInclusive}: its year is known only to be {@code notBefore} or later, so it
     * may fall in any range that reaches {@code notBefore}.
     *
     * @param fromExclusive the earlier edition year
     * @param toInclusive the later edition year
     * @return false for a change of verified year; otherwise whether {@code notBefore <= toInclusive}
     *     (and the range is not empty)
     */
    public boolean mayFallIn(int fromExclusive, int toInclusive) {
        return editionFrom.isEmpty() && fromExclusive < toInclusive && notBefore.getAsInt() <= toInclusive;
    }

    /** @return a one-line description, e.g. {@code 210 renamed in 2019: 医疗卫生与计划生育支出 → 卫生健康支出} */
    public String describe() {
        String when = editionFrom.isPresent() ? "in " + editionFrom.getAsInt() : "in an unverified edition from " + notBefore.getAsInt();
        StringBuilder sb = new StringBuilder().append(code).append(' ');
        switch (kind) {
            case RENAME:
                sb.append("renamed ").append(when).append(": ").append(oldName.orElse("?")).append(" → ").append(newName.orElse("?"));
                break;
            case NEW:
                sb.append("introduced ").append(when).append(newName.map(n -> " as " + n).orElse(""));
                break;
            case REUSE:
                sb.append("reused ").append(when).append(newName.map(n -> " for " + n).orElse(""))
                        .append(oldName.map(n -> " (formerly " + n + ")").orElse(""));
                break;
            case RETIRED:
                sb.append(oldName.map(n -> n + " ").orElse("")).append("retired ").append(when);
                break;
            default:
                sb.append(oldName.map(n -> n + " ").orElse("")).append(kind == ChangeKind.SPLIT ? "split " : kind == ChangeKind.MERGE
                        ? "merged " : "moved ").append(when).append(" into ")
                        .append(successors.stream().map(Object::toString).reduce((a, b) -> a + ", " + b).orElse(""));
                break;
        }
        return sb.toString();
    }
}
