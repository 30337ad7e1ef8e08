package dev.yusuan.codes;

/**
 * How a printed name compares with the name of a code in an edition (科目名称核对).
 */
public enum NameMatch {
    /** 一致: the printed name is the edition's name. */
    EXACT,
    /** 等同: equal once full-width/ASCII forms and whitespace are normalised ({@code 维修(护)费}). */
    EQUIVALENT,
    /** 旧称: a former name of the code (医疗卫生与计划生育支出 for 210); an outdated template, a warning. */
    FORMER_NAME,
    /** 文件所见异名: a variant printed in published documents and recorded in the observed layer; not official. */
    OBSERVED_VARIANT,
    /** 不一致: none of the above. */
    DIFFERENT,
    /** 未核对: no name was given, or the code is not in the edition. */
    NOT_CHECKED
}
