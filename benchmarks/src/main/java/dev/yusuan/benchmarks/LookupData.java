package dev.yusuan.benchmarks;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.Scheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The codes of one scheme and level of a bundled edition, for the lookup bars: the code objects
 * our catalog is asked with, and for the baseline a {@code HashMap<String, CatalogEntry>} of the
 * same entries with separately built {@code String} keys (hash already computed).
 */
final class LookupData {
    /** The edition every lookup bar uses. */
    static final int YEAR = 2021;

    final CodeCatalog catalog;
    final ClassificationCode<?>[] codes;
    final String[] keys;
    final Map<String, CatalogEntry<?>> map;

    LookupData(Scheme scheme, CodeLevel level) {
        catalog = Catalogs.requireEdition(YEAR);
        List<CatalogEntry<?>> entries = new ArrayList<>();
        for (CatalogEntry<?> e : catalog.entries(scheme)) {
            if (e.level() == level && e.status() == EntryStatus.ACTIVE) {
                entries.add(e);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("edition " + YEAR + " has no active " + scheme + " " + level + " codes");
        }
        Collections.shuffle(entries, new Random(42));
        map = new HashMap<>();
        for (CatalogEntry<?> e : entries) {
            map.put(e.code().toString(), e);
        }
        codes = new ClassificationCode<?>[entries.size()];
        keys = new String[entries.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = entries.get(i).code();
            keys[i] = new String(entries.get(i).code().toString().toCharArray());
            keys[i].hashCode();
        }
    }

    /** Our lookup: the catalog's own index, asked with code objects. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int ours() {
        int found = 0;
        for (ClassificationCode code : codes) {
            java.util.Optional<CatalogEntry<?>> e = catalog.find(code);
            found += e.isPresent() ? e.get().name().length() : 0;
        }
        return found;
    }

    /** The baseline: HashMap.get with pre-built String keys. */
    int baseline() {
        int found = 0;
        for (String key : keys) {
            CatalogEntry<?> e = map.get(key);
            found += e == null ? 0 : e.name().length();
        }
        return found;
    }
}
