package dev.yusuan.codes;

import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Edition;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The bundled catalog editions (内置科目目录) and the entry points of this module: the registry of
 * editions by year, the edition crosswalk and the observed layer. Everything is loaded lazily,
 * once, and is immutable.
 *
 * <p>Bundled editions: economic classifications 2018–2021 (from the 2018 reform), the functional
 * classification 2020 and 2021, revenue 2021. They are reconstructions with per-row provenance,
 * not the official text: see each edition's {@link CodeCatalog#completeness completeness} and
 * DATA.md.
 *
 * <pre>{@code
 * CodeCatalog c2020 = Catalogs.requireEdition(2020);
 * c2020.require(FunctionCode.parse("2101501")).name();   // 行政运行
 * c2020.formerNameOf("医疗卫生与计划生育支出");             // [210 卫生健康支出]
 * }</pre>
 */
public final class Catalogs {
    private Catalogs() {
    }

    private static final class Bundled {
        static final CatalogRegistry REGISTRY = BundledEditions.registry();
    }

    private static final class Provided {
        static final CatalogRegistry REGISTRY = withProviders(Bundled.REGISTRY);

        private static CatalogRegistry withProviders(CatalogRegistry r) {
            ClassLoader loader = Catalogs.class.getClassLoader();
            if (noProviderPossible(loader)) {
                return r;
            }
            CatalogRegistry out = r;
            for (CatalogProvider p : ServiceLoader.load(CatalogProvider.class, loader)) {
                out = out.with(p);
            }
            return out;
        }

        /**
         * Whether the service loader certainly finds no provider, told without starting it (its
         * first use initialises the JDK's stream machinery, a few milliseconds of a cold start).
         * On the class path, a provider is either declared in a {@code META-INF/services} file or
         * comes from an automatic module, which alone among named modules can read this class
         * path module; in a named module, any module may provide one, so the loader always runs.
         */
        private static boolean noProviderPossible(ClassLoader loader) {
            if (Catalogs.class.getModule().isNamed() || loader == null
                    || loader.getResource("META-INF/services/" + CatalogProvider.class.getName()) != null) {
                return false;
            }
            for (Module m : ModuleLayer.boot().modules()) {
                if (m.getDescriptor().isAutomatic()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Crosswalk {
        static final EditionCrosswalk BUNDLED = EditionCrosswalk.fromCsv(BundledEditions.CROSSWALK,
                CatalogLoader.readResource(Catalogs.class, BundledEditions.CROSSWALK));
    }

    private static final class Observed {
        static final Observations BUNDLED = Observations.fromCsv(BundledEditions.OBSERVED,
                CatalogLoader.readResource(Catalogs.class, BundledEditions.OBSERVED));
    }

    /** @return the bundled editions only (内置版本) */
    public static CatalogRegistry bundled() {
        return Bundled.REGISTRY;
    }

    /** @return the bundled editions plus those of every {@link CatalogProvider} found by the service loader */
    public static CatalogRegistry registry() {
        return Provided.REGISTRY;
    }

    /** @return the newest edition of {@link #registry()} (最新版本) */
    public static CodeCatalog latest() {
        return registry().latest();
    }

    /**
     * @param year a budget year
     * @return the edition of that year, exactly, if any
     */
    public static Optional<CodeCatalog> edition(int year) {
        return registry().edition(year);
    }

    /**
     * @param year a budget year
     * @return the edition of that year
     * @throws CatalogException if there is none
     */
    public static CodeCatalog requireEdition(int year) {
        return registry().requireEdition(year);
    }

    /** @return the identities of the registered editions, oldest first */
    public static List<Edition> editions() {
        return registry().editions();
    }

    /** @return the bundled code histories between editions (科目变动对照) */
    public static EditionCrosswalk crosswalk() {
        return Crosswalk.BUNDLED;
    }

    /** @return the bundled observed layer: codes and names as printed in published documents (文件所见科目) */
    public static Observations observations() {
        return Observed.BUNDLED;
    }
}
