package dev.yusuan.core.table;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a statement comes from (数据来源): the title of the published document, the file it was
 * transcribed from, and a free note.
 *
 * @param title the document's title, e.g. 株洲市医疗保障局2020年度部门预算
 * @param document the file name of the source, if known
 * @param note a free note, e.g. "text dump of the published PDF" or "derived from a ledger"
 */
public record StatementSource(String title, Optional<String> document, Optional<String> note) {
    /** Validates. */
    public StatementSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(note, "note");
        if (title.isBlank()) {
            throw new TableException(TableException.Kind.INVALID_TABLE, "a statement source needs a title");
        }
    }

    /**
     * @param title the document's title
     * @return a source with only a title
     */
    public static StatementSource of(String title) {
        return new StatementSource(title, Optional.empty(), Optional.empty());
    }
}
