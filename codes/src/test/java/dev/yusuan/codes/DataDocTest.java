package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.Scheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** DATA.md states the coverage of each edition; the numbers must be the data's. */
class DataDocTest {

    private static String doc() throws IOException {
        return Files.readString(Path.of("DATA.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theCoverageTableMatchesTheData() throws IOException {
        String doc = doc();
        for (int year : Catalogs.bundled().years()) {
            CodeCatalog c = Catalogs.requireEdition(year);
            List<Integer> n = List.of(
                    c.count(Scheme.FUNCTION, CodeLevel.CATEGORY), c.count(Scheme.FUNCTION, CodeLevel.SECTION), c.count(Scheme.FUNCTION, CodeLevel.ITEM),
                    c.count(Scheme.DEPARTMENT_ECONOMIC, CodeLevel.CATEGORY), c.count(Scheme.DEPARTMENT_ECONOMIC, CodeLevel.SECTION),
                    c.count(Scheme.GOVERNMENT_ECONOMIC, CodeLevel.CATEGORY), c.count(Scheme.GOVERNMENT_ECONOMIC, CodeLevel.SECTION),
                    c.count(Scheme.REVENUE, CodeLevel.CATEGORY), c.count(Scheme.REVENUE, CodeLevel.SECTION), c.count(Scheme.REVENUE, CodeLevel.ITEM));
            String row = "| " + year + " | " + n.stream().map(String::valueOf).collect(Collectors.joining(" | ")) + " |";
            assertThat(doc).as("DATA.md coverage row for %d", year).contains(row);
            assertThat(c.count(Scheme.DEPARTMENT_ECONOMIC, CodeLevel.LOCAL) + c.count(Scheme.GOVERNMENT_ECONOMIC, CodeLevel.LOCAL)
                    + c.count(Scheme.REVENUE, CodeLevel.SUBITEM)).isZero();
            String retired = c.entries().stream().filter(e -> e.status() == EntryStatus.RETIRED).map(e -> "`" + e.code() + "`")
                    .collect(Collectors.joining(" "));
            assertThat(retired).isNotEmpty();
            EconomicCorrespondence t = c.correspondence();
            assertThat(t.rows().stream().filter(r -> r.kind() == MappingKind.OFFICIAL).count()).isEqualTo(163);
            assertThat(t.observedRows()).hasSize(42);
            assertThat(t.rows().stream().filter(r -> r.kind() == MappingKind.OFFICIAL_BY_ANALOGY).count()).isEqualTo(year == 2021 ? 1 : 0);
        }
        assertThat(doc).contains("163 `official` rows, 42 `observed` rows", "The observed layer holds " + Catalogs.observations().size() + " rows");
    }

    @Test
    void everyProvenanceTokenInTheDataIsDocumented() throws IOException {
        String doc = doc();
        java.util.Set<String> tokens = new java.util.TreeSet<>();
        for (int year : Catalogs.bundled().years()) {
            Catalogs.requireEdition(year).entries().forEach(e -> {
                for (String t : e.provenance().getOrDefault("source", "").split(";")) {
                    tokens.add(t.contains(":") ? t.substring(0, t.indexOf(':') + 1) : t);
                }
            });
            Catalogs.requireEdition(year).correspondence().rows().forEach(r -> {
                for (String t : r.source().split(";")) {
                    tokens.add(t.contains(":") ? t.substring(0, t.indexOf(':') + 1) : t);
                }
            });
        }
        Catalogs.observations().all().forEach(o -> tokens.add(o.source().substring(0, o.source().indexOf(':') + 1)));
        assertThat(tokens).isNotEmpty();
        for (String t : tokens) {
            assertThat(doc).as("token %s", t).contains("`" + t);
        }
    }
}
