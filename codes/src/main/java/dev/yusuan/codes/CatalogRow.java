package dev.yusuan.codes;

import dev.yusuan.core.code.ClassificationCode;
import java.util.List;
import java.util.OptionalInt;

/** One parsed row of a catalog CSV, with its origin. Package-private. */
record CatalogRow(String resource, int line, ClassificationCode<?> code, String name, OptionalInt validFrom, OptionalInt validTo,
        List<String> formerNames, String source, String confidence, String note) {

    String origin() {
        return resource + ":" + line;
    }

    boolean overlaps(CatalogRow other) {
        int aFrom = validFrom.orElse(Integer.MIN_VALUE);
        int aTo = validTo.orElse(Integer.MAX_VALUE);
        int bFrom = other.validFrom.orElse(Integer.MIN_VALUE);
        int bTo = other.validTo.orElse(Integer.MAX_VALUE);
        return aFrom <= bTo && bFrom <= aTo;
    }

    boolean activeIn(int year) {
        return validFrom.orElse(Integer.MIN_VALUE) <= year && year <= validTo.orElse(Integer.MAX_VALUE);
    }

    boolean retiredBy(int year) {
        return validTo.isPresent() && validTo.getAsInt() < year;
    }

    String range() {
        return (validFrom.isPresent() ? Integer.toString(validFrom.getAsInt()) : "…") + "–"
                + (validTo.isPresent() ? Integer.toString(validTo.getAsInt()) : "…");
    }
}
