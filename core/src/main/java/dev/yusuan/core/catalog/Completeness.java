package dev.yusuan.core.catalog;

/**
 * Whether a catalog edition holds every code of a level (完整性). An unknown code at a level an
 * edition declares {@link #PARTIAL} may still exist; the audit rules report it as a warning, not
 * an error.
 */
public enum Completeness {
    /** Every code of the level in the official edition is present. */
    COMPLETE,
    /** Only some codes of the level are present. */
    PARTIAL,
    /** The edition holds no codes of the level. */
    ABSENT
}
