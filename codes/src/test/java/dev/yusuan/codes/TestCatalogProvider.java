package dev.yusuan.codes;

import dev.yusuan.core.catalog.Edition;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider shipping the frozen test edition, as a separate data jar would. Registered only in a test class loader. */
public final class TestCatalogProvider implements CatalogProvider {
    static final AtomicInteger LOADS = new AtomicInteger();
    static final Edition TEST = new Edition("TEST", 2099, "测试版本 (frozen test edition)", "test.1",
            List.of("hand-written for the tests of the codes module"));

    /** Called by the service loader. */
    public TestCatalogProvider() {
    }

    @Override
    public List<Edition> editions() {
        return List.of(TEST);
    }

    @Override
    public CodeCatalog load(Edition edition) {
        LOADS.incrementAndGet();
        return CatalogLoader.fromResources(TestCatalogProvider.class, "fixtures/test-edition");
    }
}
