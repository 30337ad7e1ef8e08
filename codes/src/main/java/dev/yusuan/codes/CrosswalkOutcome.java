package dev.yusuan.codes;

/** What happened to a code between two editions (跨版本对照结果). */
public enum CrosswalkOutcome {
    /** 未变: no recorded change. */
    UNCHANGED,
    /** 更名: same code, another name. */
    RENAMED,
    /** 迁移: the content is under one other code. */
    MOVED,
    /** 并入: the content went into one code that also holds other content. */
    MERGED,
    /** 拆分（不确定）: the content is spread over several codes; the candidates are listed, never guessed. */
    SPLIT,
    /** 停用: the code ended without a successor. */
    RETIRED,
    /** 新增: the code did not exist in the earlier of the two editions. */
    NEW,
    /** 编码重用: the code's digits mean something else in the target edition. */
    REUSED,
    /** 源版本无此科目: the code had already ended in the source edition. */
    NOT_IN_SOURCE
}
