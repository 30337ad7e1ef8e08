package dev.yusuan.codes;

import dev.yusuan.codes.internal.Csv;
import dev.yusuan.codes.internal.Lazy;
import dev.yusuan.core.catalog.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The editions bundled in this module's resources, listed in {@code editions.list}. Package-private. */
final class BundledEditions {
    static final String ROOT = "dev/yusuan/codes/";
    static final String LIST = ROOT + "editions.list";
    static final String CROSSWALK = ROOT + "crosswalk.csv";
    static final String OBSERVED = ROOT + "observed/observed.csv";

    /** The bundled resources, found next to {@code editions.list}. */
    private static final Resources RESOURCES = Resources.near(BundledEditions.class, LIST);

    /** The bundled observed layer, shared by the bundled editions and read on first use. */
    private static final Lazy<Observations> OBSERVATIONS = Lazy.of(new ObservedLayer());

    /** Plain classes rather than lambdas: the cold start of a lookup does not bootstrap lambdas. */
    private static final class ObservedLayer implements Supplier<Observations> {
        @Override
        public Observations get() {
            return Catalogs.observations();
        }
    }

    private static final class EditionLoader implements Supplier<CodeCatalog> {
        private final String dir;

        EditionLoader(String dir) {
            this.dir = dir;
        }

        @Override
        public CodeCatalog get() {
            return CatalogLoader.fromResources(RESOURCES, dir + "/", OBSERVATIONS, true);
        }
    }

    private BundledEditions() {
    }

    /** @return the ids in {@code editions.list}, in file order */
    static List<String> ids() {
        String text = Csv.decodeUtf8(LIST, RESOURCES.read(LIST));
        List<String> ids = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                ids.add(l);
            }
        }
        return List.copyOf(ids);
    }

    static CatalogRegistry registry() {
        CatalogRegistry r = CatalogRegistry.empty();
        for (String id : ids()) {
            String dir = ROOT + id;
            String descriptor = dir + "/edition.properties";
            Edition e = EditionDescriptor.parse(descriptor, RESOURCES.read(descriptor)).edition();
            r = r.with(e, new EditionLoader(dir));
        }
        return r;
    }
}
