package dev.yusuan.codes;

import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.code.ClassificationCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "is this printed code (and name) right for this edition?" (科目核对): whether the
 * code is active, retired or unknown, how the printed name compares, and a sentence saying why.
 * Returned by {@link CodeCatalog#resolve}; never thrown.
 *
 * @param <C> the code type
 * @param code the code looked up
 * @param status active, retired or unknown in the edition
 * @param entry the edition's entry, present unless the status is {@link ResolutionStatus#UNKNOWN}
 * @param printedName the name given with the code, empty if none was given
 * @param nameMatch how the printed name compares with the entry
 * @param reason a sentence: for an unknown code, why it is unknown and how sure that is (the
 *     completeness of the level, a local sub-item, an unknown parent, observations in documents)
 * @param observations the code's appearances in published documents (observed layer), any year
 */
public record CodeResolution<C extends ClassificationCode<C>>(C code, ResolutionStatus status, Optional<CatalogEntry<C>> entry,
        Optional<String> printedName, NameMatch nameMatch, String reason, List<Observation> observations) {

    /** Validates and copies. */
    public CodeResolution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(nameMatch, "nameMatch");
        Objects.requireNonNull(reason, "reason");
        observations = List.copyOf(observations);
        if (entry.isPresent() == (status == ResolutionStatus.UNKNOWN)) {
            throw new IllegalArgumentException("an entry must be present exactly when the status is not UNKNOWN");
        }
    }

    /** @return whether the code is active in the edition and the name, if given, is its name or an equivalent form */
    public boolean isClean() {
        return status == ResolutionStatus.ACTIVE
                && (nameMatch == NameMatch.EXACT || nameMatch == NameMatch.EQUIVALENT || nameMatch == NameMatch.NOT_CHECKED);
    }
}
