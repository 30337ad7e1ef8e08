package dev.yusuan.codes;

import dev.yusuan.codes.internal.Names;
import java.util.Objects;
import java.util.Optional;

/**
 * A standard 项 of the 支出功能分类 (标准项级科目): in the administrative 款 (those whose {@code 01}
 * is 行政运行, e.g. {@code 20101} 人大事务, {@code 21015} 医疗保障管理事务) the 项 suffixes
 * {@code 01}, {@code 02}, {@code 03}, {@code 50} and {@code 99} have a fixed meaning. They do not
 * hold in every 款: in {@code 21011} 行政事业单位医疗, {@code 01} is 行政单位医疗; see
 * {@link StandardItems#appliesIn}.
 */
public enum StandardItem {
    /** {@code 01} 行政运行 (administrative operation: the basic spending of an administrative unit). */
    ADMINISTRATIVE_OPERATION("01", "行政运行"),
    /** {@code 02} 一般行政管理事务 (general administration: project spending without an item of its own). */
    GENERAL_ADMINISTRATION("02", "一般行政管理事务"),
    /** {@code 03} 机关服务 (services to the organs). */
    ORGANIZATION_SERVICES("03", "机关服务"),
    /** {@code 50} 事业运行 (operation of public institutions). */
    INSTITUTION_OPERATION("50", "事业运行"),
    /** {@code 99} 其他…支出 (other spending of the 款; the name repeats the 款's name). */
    OTHER("99", "其他…支出");

    private final String suffix;
    private final String chineseName;

    StandardItem(String suffix, String chineseName) {
        this.suffix = suffix;
        this.chineseName = chineseName;
    }

    /** @return the two-digit 项 suffix, e.g. {@code "01"} */
    public String suffix() {
        return suffix;
    }

    /** @return the Chinese name, e.g. 行政运行; for {@link #OTHER} the pattern 其他…支出 */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The usual name of this item in a 款 (常见名称): the fixed name, or for {@link #OTHER}
     * 其他 + the 款 name + 支出 ({@code 21015} 医疗保障管理事务 → 其他医疗保障管理事务支出). Irregular
     * 其他 names exist ({@code 2101299} 财政对其他基本医疗保险基金的补助), so use {@link #matches}
     * to check a printed name.
     *
     * @param sectionName the name of the 款
     * @return the usual name of the item in that 款
     */
    public String usualName(String sectionName) {
        Objects.requireNonNull(sectionName, "sectionName");
        if (this != OTHER) {
            return chineseName;
        }
        String stem = sectionName.endsWith("支出") ? sectionName.substring(0, sectionName.length() - 2) : sectionName;
        return "其他" + stem + "支出";
    }

    /**
     * Whether a name is consistent with this item (名称相符): the fixed name after normalisation, or
     * for {@link #OTHER} a name containing 其他.
     *
     * @param name a name as printed
     * @return whether it fits the standard meaning
     */
    public boolean matches(String name) {
        Objects.requireNonNull(name, "name");
        String n = Names.normalise(name);
        return this == OTHER ? n.contains("其他") : n.equals(Names.normalise(chineseName));
    }

    /**
     * @param suffix a two-digit 项 suffix
     * @return the standard item with that suffix, if any
     */
    public static Optional<StandardItem> ofSuffix(String suffix) {
        Objects.requireNonNull(suffix, "suffix");
        for (StandardItem s : values()) {
            if (s.suffix.equals(suffix)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
