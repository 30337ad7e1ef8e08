package dev.yusuan.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.json.YusuanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator over each seed fixture reports exactly the findings pinned in FINDINGS.md, in the
 * same order, apart from the disputed ones (suspected false alarms), which are tolerated but not
 * required.
 */
class SeedFindingsTest {
    static Stream<Arguments> fixtures() {
        return PinnedFindings.read().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void findingsPageCoversEveryFixture() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(PinnedFindings.SEEDS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(PinnedFindings.read().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void validatorReportsThePinnedFindings(String file, List<PinnedFindings.Pinned> pinned) {
        PublishedStatement statement = YusuanJson.readPublishedStatement(PinnedFindings.SEEDS.resolve(file));
        CodeCatalog cat = Catalogs.requireEdition(statement.year());
        Report report = Validator.builder().catalog(cat)
                .mapping((code, type) -> cat.correspondence().map(code, type).target())
                .build().validate(statement);

        List<String> disputed = pinned.stream().filter(PinnedFindings.Pinned::disputed).map(PinnedFindings.Pinned::key).toList();
        List<String> expected = pinned.stream().filter(p -> !p.disputed()).map(PinnedFindings.Pinned::key).toList();
        List<String> actual = new ArrayList<>();
        for (Finding f : report.findings()) {
            String key = key(f);
            if (!disputed.contains(key)) {
                actual.add(key);
            }
        }
        assertThat(actual).as(file + ": findings other than the disputed ones").containsExactlyElementsOf(expected);
    }

    @Test
    void theDisputedFindingsAreStillReported() {
        // When this fails, the validator no longer reports a finding listed as disputed in
        // FINDINGS.md: remove it from the page (and its explanation).
        for (Map.Entry<String, List<PinnedFindings.Pinned>> e : PinnedFindings.read().entrySet()) {
            PublishedStatement statement = YusuanJson.readPublishedStatement(PinnedFindings.SEEDS.resolve(e.getKey()));
            CodeCatalog cat = Catalogs.requireEdition(statement.year());
            Report report = Validator.builder().catalog(cat)
                    .mapping((code, type) -> cat.correspondence().map(code, type).target()).build().validate(statement);
            List<String> keys = report.findings().stream().map(SeedFindingsTest::key).toList();
            for (PinnedFindings.Pinned p : e.getValue()) {
                if (p.disputed()) {
                    assertThat(keys).as(e.getKey() + " " + p.id()).contains(p.key());
                }
            }
        }
    }

    static String key(Finding f) {
        Location l = f.location();
        return String.join(" | ", f.ruleId(), f.severity().name(), f.outcome().name(), l.table().orElse(""), l.row().orElse(""),
                l.column().orElse(""), f.expected().map(Amount::toString).orElse(""), f.actual().map(Amount::toString).orElse(""),
                f.difference().map(Amount::toString).orElse(""));
    }
}
