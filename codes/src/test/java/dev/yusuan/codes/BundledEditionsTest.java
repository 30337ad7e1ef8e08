package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.UnitType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Integrity of every bundled edition: the checks CI runs on the data. */
class BundledEditionsTest {

    static Stream<Integer> years() {
        return Catalogs.bundled().years().stream();
    }

    @Test
    void theBundledEditionsAreTheEconomicYearsFromTheReformAndTheFunctionalYears() {
        assertThat(Catalogs.bundled().years()).containsExactly(2018, 2019, 2020, 2021);
        assertThat(Catalogs.bundled().latest().edition().year()).isEqualTo(2021);
        assertThat(Catalogs.bundled().editions()).extracting(Edition::id).containsExactly("2018", "2019", "2020", "2021");
        for (Edition e : Catalogs.bundled().editions()) {
            assertThat(e.sources()).isNotEmpty();
            assertThat(e.title()).contains(Integer.toString(e.year()));
        }
        assertThat(Catalogs.bundled().edition(2017)).isEmpty();
        assertThat(Catalogs.bundled().edition(2022)).isEmpty();
    }

    @Test
    void theManifestListsTheSameEditionsAsTheResources() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<catalog.editions>([^<]*)</catalog.editions>").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(List.of(m.group(1).split(","))).isEqualTo(BundledEditions.ids());
        assertThat(pom).contains("<Budget-Catalog-Editions>${catalog.editions}</Budget-Catalog-Editions>");
    }

    @ParameterizedTest
    @MethodSource("years")
    void codesAreUniqueAndLevelsMatchLengths(int year) {
        CodeCatalog c = Catalogs.requireEdition(year);
        Set<String> seen = new HashSet<>();
        for (CatalogEntry<?> e : c.entries()) {
            assertThat(seen.add(e.code().scheme() + ":" + e.code())).as("duplicate %s", e.code()).isTrue();
            assertThat(e.code().toString()).hasSize(e.level().length());
            assertThat(e.name()).isNotBlank();
            assertThat(e.name().strip()).isEqualTo(e.name());
            assertThat(e.provenance()).containsKey("source").containsKey("origin");
            assertThat(e.provenance().get("source")).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyParentExistsAndActiveCodesHaveActiveParents(int year) {
        CodeCatalog c = Catalogs.requireEdition(year);
        for (CatalogEntry<?> e : c.entries()) {
            checkParent(c, e);
        }
    }

    private static <C extends ClassificationCode<C>> void checkParent(CodeCatalog c, CatalogEntry<C> e) {
        e.parent().ifPresent(p -> {
            assertThat(c.find(p)).as("parent of %s", e.code()).isPresent();
            if (e.status() == EntryStatus.ACTIVE) {
                assertThat(c.find(p).get().status()).isEqualTo(EntryStatus.ACTIVE);
            }
            assertThat(c.children(p)).contains(e);
        });
    }

    @ParameterizedTest
    @MethodSource("years")
    void completenessIsDeclaredHonestly(int year) {
        CodeCatalog c = Catalogs.requireEdition(year);
        for (Scheme s : Scheme.values()) {
            for (CodeLevel l : s.levels()) {
                Completeness d = c.completeness(s, l);
                assertThat(d == Completeness.ABSENT).as("%s %s", s, l).isEqualTo(c.count(s, l) == 0);
            }
        }
        // 项 is never claimed complete: no bundled functional catalog is complete below 款
        assertThat(c.completeness(Scheme.FUNCTION, CodeLevel.ITEM)).isNotEqualTo(Completeness.COMPLETE);
        assertThat(c.completeness(Scheme.FUNCTION, CodeLevel.SECTION)).isNotEqualTo(Completeness.COMPLETE);
        assertThat(c.completeness(Scheme.DEPARTMENT_ECONOMIC, CodeLevel.SECTION)).isEqualTo(Completeness.COMPLETE);
        assertThat(c.completeness(Scheme.GOVERNMENT_ECONOMIC, CodeLevel.SECTION)).isEqualTo(Completeness.PARTIAL);
    }

    /** Rows per scheme and level, active codes; DATA.md prints the same table (see DataDocTest). */
    static final Map<Integer, List<Integer>> COUNTS = Map.of(
            // function 类 款 项, dept 类 款 local, gov 类 款 local, revenue 类 款 项 目
            2018, List.of(0, 0, 0, 10, 96, 0, 15, 60, 0, 0, 0, 0, 0),
            2019, List.of(0, 0, 0, 10, 96, 0, 15, 60, 0, 0, 0, 0, 0),
            2020, List.of(30, 181, 46, 10, 96, 0, 15, 60, 0, 0, 0, 0, 0),
            2021, List.of(30, 181, 46, 10, 97, 0, 15, 60, 0, 6, 39, 2, 0));

    static List<Integer> counts(CodeCatalog c) {
        return Stream.of(Scheme.values()).flatMap(s -> s.levels().stream().map(l -> c.count(s, l))).collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("years")
    void rowCountsPerLevelArePinned(int year) {
        assertThat(counts(Catalogs.requireEdition(year))).isEqualTo(COUNTS.get(year));
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyMappingTargetExistsInTheGovernmentScheme(int year) {
        CodeCatalog c = Catalogs.requireEdition(year);
        assertThat(c.correspondence().rows()).isNotEmpty();
        for (MappingRow r : c.correspondence().rows()) {
            assertThat(c.contains(r.government())).as("target %s", r.government()).isTrue();
            assertThat(c.contains(r.department())).as("source %s", r.department()).isTrue();
            if (r.kind() != MappingKind.OBSERVED) {
                assertThat(r.departmentName()).as("%s", r.department()).isEqualTo(c.find(r.department()).orElseThrow().name());
                assertThat(r.governmentName()).as("%s", r.government()).isEqualTo(c.find(r.government()).orElseThrow().name());
            }
        }
    }

    /** The department 款 without an official row, per unit type; pinned. */
    @ParameterizedTest
    @MethodSource("years")
    void eachDepartmentSectionMapsForEachUnitTypeWithRows(int year) {
        EconomicCorrespondence t = Catalogs.requireEdition(year).correspondence();
        assertThat(t.scopes()).containsExactlyInAnyOrder(UnitScope.ADMINISTRATIVE, UnitScope.INSTITUTION, UnitScope.ANY);
        // 30107 绩效工资 is a 事业单位 item: the 机关 columns of the 对照表 have no row for it
        assertThat(t.unmapped(UnitType.ADMINISTRATIVE)).extracting(Object::toString).containsExactly("30107");
        assertThat(t.unmapped(UnitType.CIVIL_SERVICE_INSTITUTION)).extracting(Object::toString).containsExactly("30107");
        assertThat(t.unmapped(UnitType.INSTITUTION)).isEmpty();
        // enterprises have rows only where the table says 全部: wages, goods and capital of 301/302/309/310 are unmapped
        assertThat(t.unmapped(UnitType.ENTERPRISE)).allMatch(d -> List.of("301", "302", "309", "310")
                .contains(d.atLevel(CodeLevel.CATEGORY).toString()));
    }

    @ParameterizedTest
    @MethodSource("years")
    void officialRowsAreAFunctionOfCodeAndUnitType(int year) {
        EconomicCorrespondence t = Catalogs.requireEdition(year).correspondence();
        for (UnitType u : UnitType.values()) {
            Set<DepartmentEconomicCode> seen = new HashSet<>();
            for (MappingRow r : t.officialRows()) {
                if (r.scope().covers(u)) {
                    assertThat(seen.add(r.department())).as("%s %s", r.department(), u).isTrue();
                }
            }
        }
        // observed rows never replace official ones
        assertThat(t.map(DepartmentEconomicCode.parse("30199"), UnitType.ADMINISTRATIVE).target().map(Object::toString)).contains("50199");
    }

    @Test
    void theEconomicEditionsDifferOnlyWhereTheDataSays() {
        CodeCatalog e2018 = Catalogs.requireEdition(2018);
        CodeCatalog e2021 = Catalogs.requireEdition(2021);
        List<String> only2021 = e2021.entries(Scheme.DEPARTMENT_ECONOMIC).stream()
                .filter(e -> e.status() == EntryStatus.ACTIVE && !sameActive(e2018, e))
                .map(e -> e.code() + " " + e.name()).collect(Collectors.toList());
        assertThat(only2021).containsExactly("30311 代缴社会保险费");
        DepartmentEconomicCode c = DepartmentEconomicCode.parse("30311");
        assertThat(e2018.require(c).name()).isEqualTo("住房公积金");
        assertThat(e2018.require(c).status()).isEqualTo(EntryStatus.RETIRED);
        assertThat(e2021.require(c).name()).isEqualTo("代缴社会保险费");
        assertThat(e2021.require(c).status()).isEqualTo(EntryStatus.ACTIVE);
    }

    private static boolean sameActive(CodeCatalog other, CatalogEntry<?> e) {
        return other.entries(e.code().scheme()).stream()
                .anyMatch(o -> o.code().equals(e.code()) && o.status() == EntryStatus.ACTIVE && o.name().equals(e.name()));
    }

    @Test
    void theFunctionalEditionsHoldTheSameCodes() {
        List<String> a = codes(Catalogs.requireEdition(2020), Scheme.FUNCTION);
        List<String> b = codes(Catalogs.requireEdition(2021), Scheme.FUNCTION);
        assertThat(a).isEqualTo(b).hasSize(258);
        assertThat(IntStream.range(0, a.size()).allMatch(i -> a.get(i).equals(b.get(i)))).isTrue();
    }

    private static List<String> codes(CodeCatalog c, Scheme s) {
        return c.entries(s).stream().map(e -> e.code() + " " + e.name() + " " + e.status()).collect(Collectors.toList());
    }
}
