package dev.yusuan.core.table;

/**
 * How a table prints its classification codes (科目编码格式), so that it can be printed back the
 * same way. The row keys always hold the canonical code.
 */
public enum CodeLayout {
    /** One code per row in one column: {@code 2101501}. */
    SINGLE("单列编码"),
    /** The code split over 类 | 款 | 项 columns: {@code 210 | 15 | 01} (sometimes {@code 210 | 15 | 2}). */
    SPLIT("类款项分列");

    private final String chineseName;

    CodeLayout(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name of the layout */
    public String chineseName() {
        return chineseName;
    }
}
