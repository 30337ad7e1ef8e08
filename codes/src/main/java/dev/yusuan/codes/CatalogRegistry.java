package dev.yusuan.codes;

import dev.yusuan.codes.internal.Lazy;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Edition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A set of catalog editions keyed by year (科目目录版本登记), one edition per year. Each edition is
 * loaded lazily, once, on first use. Immutable and thread-safe: {@link #with(CodeCatalog)}
 * returns a new registry in which your own edition replaces the one of the same year.
 *
 * <pre>{@code
 * CatalogRegistry mine = Catalogs.registry().with(myEdition2021);
 * mine.edition(2021);  // myEdition2021
 * }</pre>
 */
public final class CatalogRegistry {
    private static final CatalogRegistry EMPTY = new CatalogRegistry(new TreeMap<>());

    private final NavigableMap<Integer, Slot> slots;

    private record Slot(Edition edition, Supplier<CodeCatalog> catalog) {
    }

    /** @param slots a map that nobody else holds; it is never modified afterwards */
    private CatalogRegistry(TreeMap<Integer, Slot> slots) {
        this.slots = Collections.unmodifiableNavigableMap(slots);
    }

    /** @return a registry without editions */
    public static CatalogRegistry empty() {
        return EMPTY;
    }

    /**
     * @param catalogs loaded editions; a later one replaces an earlier one of the same year
     * @return a registry of them
     */
    public static CatalogRegistry of(List<CodeCatalog> catalogs) {
        CatalogRegistry r = EMPTY;
        for (CodeCatalog c : catalogs) {
            r = r.with(c);
        }
        return r;
    }

    /**
     * @param catalog an edition
     * @return a registry in which {@code catalog} replaces the edition of its year
     */
    public CatalogRegistry with(CodeCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return with(catalog.edition(), () -> catalog);
    }

    /**
     * Adds the editions of a provider, loaded lazily; each replaces the edition of its year.
     *
     * @param provider the provider
     * @return the new registry
     */
    public CatalogRegistry with(CatalogProvider provider) {
        Objects.requireNonNull(provider, "provider");
        CatalogRegistry r = this;
        for (Edition e : provider.editions()) {
            r = r.with(e, () -> {
                CodeCatalog c = provider.load(e);
                if (!c.edition().equals(e)) {
                    throw new CatalogException(provider.getClass().getName(), 0, "the provider announced edition " + e.id()
                            + " but loaded " + c.edition().id());
                }
                return c;
            });
        }
        return r;
    }

    CatalogRegistry with(Edition edition, Supplier<CodeCatalog> loader) {
        TreeMap<Integer, Slot> m = new TreeMap<>(slots);
        m.put(edition.year(), new Slot(edition, Lazy.of(loader)));
        return new CatalogRegistry(m);
    }

    /**
     * The edition of a year (某年版本), exactly: no fallback to an earlier year.
     *
     * @param year a budget year
     * @return the edition, loaded on first use; empty if the registry has none for that year
     */
    public Optional<CodeCatalog> edition(int year) {
        Slot s = slots.get(year);
        return s == null ? Optional.empty() : Optional.of(s.catalog().get());
    }

    /**
     * @param id an edition id, e.g. {@code "2021"} or {@code "2021+hunan"}
     * @return the edition with that id, if registered
     */
    public Optional<CodeCatalog> edition(String id) {
        Objects.requireNonNull(id, "id");
        return slots.values().stream().filter(s -> s.edition().id().equals(id)).findFirst().map(s -> s.catalog().get());
    }

    /**
     * @param year a budget year
     * @return the edition of that year
     * @throws CatalogException if the registry has no edition for that year
     */
    public CodeCatalog requireEdition(int year) {
        return edition(year).orElseThrow(() -> new CatalogException("catalog registry", 0, "no catalog edition for " + year
                + " (editions: " + slots.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * @return the newest edition (最新版本)
     * @throws CatalogException if the registry is empty
     */
    public CodeCatalog latest() {
        if (slots.isEmpty()) {
            throw new CatalogException("catalog registry", 0, "the registry holds no edition");
        }
        return slots.lastEntry().getValue().catalog().get();
    }

    /** @return the identities of the editions, oldest first, without loading their data */
    public List<Edition> editions() {
        return new ArrayList<>(slots.values()).stream().map(Slot::edition).collect(Collectors.toUnmodifiableList());
    }

    /** @return the years that have an edition */
    public NavigableSet<Integer> years() {
        return slots.navigableKeySet();
    }

    @Override
    public String toString() {
        return "CatalogRegistry" + slots.values().stream().map(s -> s.edition().id()).collect(Collectors.toList());
    }
}
