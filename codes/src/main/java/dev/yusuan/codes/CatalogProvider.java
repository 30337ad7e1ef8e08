package dev.yusuan.codes;

import dev.yusuan.core.catalog.Edition;
import java.util.List;

/**
 * A source of catalog editions (科目目录提供者), discovered with {@link java.util.ServiceLoader}: a new
 * edition can ship as its own jar, declared in {@code module-info.java} with
 * {@code provides dev.yusuan.codes.CatalogProvider with …} and on the class path in
 * {@code META-INF/services/dev.yusuan.codes.CatalogProvider}. {@link Catalogs#registry()} adds the
 * editions of every provider found to the bundled ones; a provided edition replaces a bundled
 * edition of the same year.
 *
 * <p>A provider typically keeps its data as resources in the format of DATA.md and implements
 * {@link #load} with {@link CatalogLoader#fromResources}. Implementations must be thread-safe.
 */
public interface CatalogProvider {

    /**
     * The editions this provider supplies (提供的版本). Must be cheap: read descriptors, not data.
     *
     * @return the identities of the editions
     */
    List<Edition> editions();

    /**
     * Loads one edition; called at most once per edition, on first use.
     *
     * @param edition one of {@link #editions()}
     * @return the edition, whose {@link CodeCatalog#edition()} equals {@code edition}
     */
    CodeCatalog load(Edition edition);
}
