package dev.yusuan.core.check;

/** How serious a finding is (严重程度). */
public enum Severity {
    /** 错误: the statement is inconsistent; a break larger than rounding explains, or an unknown code. */
    ERROR,
    /** 警告: worth a look, not necessarily wrong: an outdated name, a non-standard mapping, a code at an incomplete level. */
    WARNING,
    /** 提示: for the record, e.g. a difference that rounding explains. */
    INFO
}
