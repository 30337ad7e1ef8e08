package dev.yusuan.core.table;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of a block (栏目): its vocabulary id, its header path as printed (outermost first, e.g.
 * {@code [基本支出, 人员经费]}) and its 栏次 as printed, if any.
 *
 * @param id the column id
 * @param label the printed header path, outermost first; may be empty when nothing is printed
 * @param number the printed 栏次 (column number), e.g. {@code "1"}
 */
public record Column(ColumnId id, List<String> label, Optional<String> number) {
    /** Validates and copies. */
    public Column {
        Objects.requireNonNull(id, "id");
        label = ImmutableList.copyOf(label);
        Objects.requireNonNull(number, "number");
    }

    /**
     * @param id the column id
     * @param label the printed header path, outermost first
     * @return a column without 栏次
     */
    public static Column of(ColumnId id, String... label) {
        return new Column(id, ImmutableList.copyOf(label), Optional.empty());
    }

    /**
     * @param id the column id
     * @param number the printed 栏次
     * @param label the printed header path, outermost first
     * @return a column with 栏次
     */
    public static Column numbered(ColumnId id, String number, String... label) {
        return new Column(id, ImmutableList.copyOf(label), Optional.of(number));
    }

    /** @return the printed header levels joined with {@code /}, e.g. {@code 基本支出/人员经费} */
    public String labelText() {
        return String.join("/", label);
    }
}
