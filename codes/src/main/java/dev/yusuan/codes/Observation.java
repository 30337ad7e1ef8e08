package dev.yusuan.codes;

import dev.yusuan.core.code.ClassificationCode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A code as printed in a published document (文件所见科目): evidence that the code was used with
 * that name in that year, never an official name. The observed layer is kept apart from the
 * catalog editions; see {@link Observations}.
 *
 * @param year the budget or final-account year of the document, if known
 * @param code the printed code
 * @param printedName the name exactly as printed
 * @param source the provenance token(s) of the document(s), see DATA.md
 * @param note remarks (split columns normalised, name joined over lines, …), may be empty
 */
public record Observation(OptionalInt year, ClassificationCode<?> code, String printedName, String source, String note) {
    /** Validates. */
    public Observation {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }
}
