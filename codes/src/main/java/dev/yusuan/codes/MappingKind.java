package dev.yusuan.codes;

import java.util.Objects;
import java.util.Optional;

/**
 * The authority of a correspondence-table row (对照关系来源). Official rows and rows only observed in
 * documents are kept apart: an observed row never overrides an official one.
 */
public enum MappingKind {
    /** 官方: a row of the official 对照表 (附表1 of 财预〔2017〕98号), as reconstructed. */
    OFFICIAL("official"),
    /** 官方（类推）: a later code whose target was inferred by analogy with the official table; verify. */
    OFFICIAL_BY_ANALOGY("official-by-analogy"),
    /** 文件所见: a pair printed in, or implied by, a published document; evidence, not the rule. */
    OBSERVED("observed");

    private final String fileName;

    MappingKind(String fileName) {
        this.fileName = fileName;
    }

    /** @return the form used in the data files */
    public String fileName() {
        return fileName;
    }

    /** @return whether the row belongs to the official table (including rows inferred by analogy) */
    public boolean isOfficial() {
        return this != OBSERVED;
    }

    /**
     * @param text the data-file form
     * @return the kind, if the text names one
     */
    public static Optional<MappingKind> fromText(String text) {
        Objects.requireNonNull(text, "text");
        for (MappingKind k : values()) {
            if (k.fileName.equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
