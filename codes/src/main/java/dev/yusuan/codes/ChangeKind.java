package dev.yusuan.codes;

import java.util.Objects;
import java.util.Optional;

/** The kind of a code change between editions (科目变动类型). */
public enum ChangeKind {
    /** 更名: same code, new name. */
    RENAME("rename"),
    /** 新增: the code first appears. */
    NEW("new"),
    /** 停用: the code ends, without a successor. */
    RETIRED("retired"),
    /** 编码重用: a code that had ended is given a new, different meaning. */
    REUSE("reuse"),
    /** 拆分: the code ends and its content goes to several successors; amounts cannot be allocated. */
    SPLIT("split"),
    /** 并入: the code ends and its content goes into one successor that also keeps its own content. */
    MERGE("merge"),
    /** 迁移: the code ends and its content moves to one successor. */
    MOVE("move");

    private final String fileName;

    ChangeKind(String fileName) {
        this.fileName = fileName;
    }

    /** @return the form used in the data files */
    public String fileName() {
        return fileName;
    }

    /** @return whether the change ends the code (retired, split, merged or moved) */
    public boolean endsCode() {
        return this == RETIRED || this == SPLIT || this == MERGE || this == MOVE;
    }

    /** @return whether the change starts the code (new or reused) */
    public boolean startsCode() {
        return this == NEW || this == REUSE;
    }

    /**
     * @param text the data-file form
     * @return the kind, if the text names one
     */
    public static Optional<ChangeKind> fromText(String text) {
        Objects.requireNonNull(text, "text");
        for (ChangeKind k : values()) {
            if (k.fileName.equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
