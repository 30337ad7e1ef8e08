package dev.yusuan.core.catalog;

/** The status of a code in an edition (科目状态). */
public enum EntryStatus {
    /** In use in this edition. */
    ACTIVE,
    /** Retired before or in this edition; kept so that old data can be read. */
    RETIRED
}
