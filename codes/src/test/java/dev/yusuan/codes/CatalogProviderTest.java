package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Edition;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** A new edition can ship as its own jar: a CatalogProvider found by the service loader. */
class CatalogProviderTest {

    @Test
    void aProviderFoundByTheServiceLoaderAddsItsEditionLazily() throws Exception {
        URL fixture = CatalogProviderTest.class.getResource("/provider-fixture/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {fixture}, CatalogProviderTest.class.getClassLoader())) {
            CatalogRegistry registry = Catalogs.bundled();
            for (CatalogProvider p : ServiceLoader.load(CatalogProvider.class, loader)) {
                registry = registry.with(p);
            }
            int before = TestCatalogProvider.LOADS.get();
            assertThat(registry.years()).containsExactly(2018, 2019, 2020, 2021, 2099);
            assertThat(registry.editions()).extracting(Edition::id).contains("TEST");
            assertThat(TestCatalogProvider.LOADS.get()).isEqualTo(before); // metadata only, not loaded yet
            CodeCatalog t = registry.latest();
            assertThat(t.edition().id()).isEqualTo("TEST");
            assertThat(registry.requireEdition(2099)).isSameAs(t);
            assertThat(TestCatalogProvider.LOADS.get()).isEqualTo(before + 1); // loaded once
        }
        // the default class path has no provider: the registry is the bundled one
        assertThat(Catalogs.registry().years()).containsExactlyElementsOf(Catalogs.bundled().years());
    }

    @Test
    void aProviderThatLoadsAnotherEditionThanItAnnouncedIsRejected() {
        CatalogProvider liar = new CatalogProvider() {
            @Override
            public List<Edition> editions() {
                return List.of(new Edition("2030", 2030, "x", "1", List.of()));
            }

            @Override
            public CodeCatalog load(Edition edition) {
                return CatalogLoader.fromResources(CatalogProviderTest.class, "fixtures/test-edition");
            }
        };
        CatalogRegistry r = Catalogs.bundled().with(liar);
        assertThatThrownBy(() -> r.edition(2030)).isInstanceOf(CatalogException.class).hasMessageContaining("announced edition 2030");
    }

    @Test
    void aProvidedEditionReplacesTheBundledOneOfItsYear() {
        CodeCatalog t = CatalogLoader.fromResources(CatalogProviderTest.class, "fixtures/test-edition");
        CatalogRegistry r = CatalogRegistry.of(List.of(Catalogs.requireEdition(2020), t));
        assertThat(r.years()).containsExactly(2020, 2099);
        assertThat(r.edition("TEST")).containsSame(t);
        assertThat(r.edition("nope")).isEmpty();
        assertThat(CatalogRegistry.empty().editions()).isEmpty();
    }
}
