package dev.yusuan.codes;

/** Whether a code resolves in an edition (科目核对结果). */
public enum ResolutionStatus {
    /** 有效: in use in the edition. */
    ACTIVE,
    /** 已停用: known to the edition as retired; old data may use it, current data should not. */
    RETIRED,
    /** 未知: not in the edition; the resolution's reason says why and how sure that is. */
    UNKNOWN
}
