package dev.yusuan.core.code;

import java.util.List;

/**
 * A classification scheme of the 政府收支分类科目 (government revenue and expenditure classification).
 *
 * <p>Each scheme fixes the leading digit of its codes and the code length of each level, so a
 * code's scheme can be told from its text alone.
 */
public enum Scheme {
    /** 支出功能分类: what the money is for; 类/款/项 of 3/5/7 digits, codes start with 2. */
    FUNCTION("支出功能分类", '2', List.of(CodeLevel.CATEGORY, CodeLevel.SECTION, CodeLevel.ITEM)),
    /** 部门预算支出经济分类: 类/款 of 3/5 digits starting with 3, plus local 7-digit sub-items. */
    DEPARTMENT_ECONOMIC("部门预算支出经济分类", '3', List.of(CodeLevel.CATEGORY, CodeLevel.SECTION, CodeLevel.LOCAL)),
    /** 政府预算支出经济分类: 类/款 of 3/5 digits starting with 5, plus local 7-digit sub-items. */
    GOVERNMENT_ECONOMIC("政府预算支出经济分类", '5', List.of(CodeLevel.CATEGORY, CodeLevel.SECTION, CodeLevel.LOCAL)),
    /** 收入分类: 类/款/项/目 of 3/5/7/9 digits, codes start with 1. */
    REVENUE("收入分类", '1', List.of(CodeLevel.CATEGORY, CodeLevel.SECTION, CodeLevel.ITEM, CodeLevel.SUBITEM));

    private final String chineseName;
    private final char leadingDigit;
    private final List<CodeLevel> levels;

    Scheme(String chineseName, char leadingDigit, List<CodeLevel> levels) {
        this.chineseName = chineseName;
        this.leadingDigit = leadingDigit;
        this.levels = levels;
    }

    /** @return the official Chinese name, e.g. 支出功能分类 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the digit every code of this scheme starts with */
    public char leadingDigit() {
        return leadingDigit;
    }

    /** @return the levels of this scheme, outermost first */
    public List<CodeLevel> levels() {
        return levels;
    }

    /**
     * The level a code of the given length has in this scheme.
     *
     * @param length the number of digits
     * @return the level, or {@code null}-free: throws if no level has that length
     * @throws IllegalArgumentException if no level of this scheme has that many digits
     */
    public CodeLevel levelOfLength(int length) {
        for (CodeLevel level : levels) {
            if (level.length() == length) {
                return level;
            }
        }
        throw new IllegalArgumentException(this + " has no level of " + length + " digits");
    }

    /**
     * @param length a number of digits
     * @return whether a code of this scheme may have that many digits
     */
    public boolean hasLength(int length) {
        for (CodeLevel level : levels) {
            if (level.length() == length) {
                return true;
            }
        }
        return false;
    }

    /** @return the valid code lengths, e.g. "3, 5 or 7" */
    String lengthsText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            if (i > 0) {
                sb.append(i == levels.size() - 1 ? " or " : ", ");
            }
            sb.append(levels.get(i).length());
        }
        return sb.toString();
    }
}
