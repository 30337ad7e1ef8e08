package dev.yusuan.core.check;

/**
 * The outcome of one check (核对结果). An arithmetic check compares a printed value with what its
 * parts add up to; every printed value stands for the interval ± half a unit of its last printed
 * place.
 */
public enum Outcome {
    /** 相符: the values agree exactly. */
    EXACT,
    /** 尾差: they differ, but by no more than the rounding of the values involved explains. */
    WITHIN_ROUNDING,
    /** 不符: they differ by more than rounding explains, or a non-arithmetic check failed. */
    BROKEN
}
