package dev.yusuan.codes;

import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard 项 meanings of the 支出功能分类 (标准项级科目): {@code 01} 行政运行, {@code 02}
 * 一般行政管理事务, {@code 03} 机关服务, {@code 50} 事业运行, {@code 99} 其他…支出. Static helpers
 * around {@link StandardItem}.
 */
public final class StandardItems {
    private StandardItems() {
    }

    /** @return the standard items, in suffix order */
    public static List<StandardItem> all() {
        return List.of(StandardItem.values());
    }

    /**
     * The standard meaning a 项's suffix has, if it is one of the standard suffixes. Whether the
     * meaning holds in the code's 款 is a separate question: see {@link #appliesIn}.
     *
     * @param item a function code
     * @return the standard item for its suffix; empty for a 类 or 款 or a non-standard suffix
     */
    public static Optional<StandardItem> of(FunctionCode item) {
        Objects.requireNonNull(item, "item");
        if (item.level() != CodeLevel.ITEM) {
            return Optional.empty();
        }
        return StandardItem.ofSuffix(item.segments().get(2));
    }

    /**
     * Whether the standard meanings hold in a 款 of an edition (行政类款): true when the edition
     * holds the 款's {@code 01} 项 under the name 行政运行.
     *
     * @param catalog an edition
     * @param section a 款 of the 支出功能分类
     * @return whether the 款 is an administrative 款 of that edition
     * @throws IllegalArgumentException if {@code section} is not a 款
     */
    public static boolean appliesIn(Catalog catalog, FunctionCode section) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(section, "section");
        if (section.level() != CodeLevel.SECTION) {
            throw new IllegalArgumentException(section + " is not a 款 (5 digits)");
        }
        FunctionCode first = FunctionCode.parse(section + StandardItem.ADMINISTRATIVE_OPERATION.suffix());
        return catalog.find(first).map(e -> StandardItem.ADMINISTRATIVE_OPERATION.matches(e.name())).orElse(false);
    }
}
