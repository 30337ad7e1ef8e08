package dev.yusuan.testing.properties.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.codes.CatalogLoader;
import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.codes.CrosswalkOutcome;
import dev.yusuan.codes.CrosswalkResult;
import dev.yusuan.codes.CrosswalkTable;
import dev.yusuan.codes.EconomicCorrespondence;
import dev.yusuan.codes.MappedAmounts;
import dev.yusuan.codes.MappingResult;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.gen.BudgetGens;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The codes module's properties, on this engine: CSV reading through the loader (quoting,
 * malformed bytes), generated catalogs (every code found and no other, every corruption reported
 * on its line),
 * the correspondence and crosswalk tables (totals conserved exactly), and the catalog-code
 * generators (every code they give exists in the edition, under a parent that does).
 */
class CatalogProperties {

    private static final Edition GEN = new Edition("GEN", 2050, "generated", "1", List.of("generator"));

    // ---------------------------------------------------------------- CSV, through the loader

    /** Names over an alphabet of separators, quotes, spaces (full-width too) and catalog words. */
    private static final String ALPHABET = "ab,\" 　卫生健康（）()、支出01";

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.startsWith("#") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** Distinct 类 codes with names that need quoting, one per line, with comment lines and either line ending. */
    record NamedRows(Map<Integer, String> names, String text) {
    }

    static Gen<NamedRows> namedRows() {
        Gen<String> names = Gens.strings(ALPHABET, 1, 7).map(String::strip).map(n -> n.isEmpty() ? "x" : n);
        return Gens.maps(Gens.integers(200, 299), names, 1, 20).flatMap(rows -> source -> {
            StringBuilder text = new StringBuilder("code,name,level,parent").append(source.chance(1, 2) ? "\r\n" : "\n");
            rows.forEach((code, name) -> {
                text.append(code).append(',').append(quote(name)).append(",1,\n");
                if (source.chance(1, 5)) {
                    text.append("# a comment line\n\n");
                }
            });
            return new NamedRows(rows, text.toString());
        });
    }

    @Property(tries = 200)
    void csvFieldsSurviveQuoting(@ForAll("namedRows") NamedRows rows) {
        CodeCatalog c = CatalogLoader.newEdition(GEN).withCatalogCsv("gen.csv", rows.text().getBytes(StandardCharsets.UTF_8)).load();
        assertThat(c.entries()).hasSize(rows.names().size());
        rows.names().forEach((code, name) -> assertThat(c.require(FunctionCode.parse(code.toString())).name()).isEqualTo(name));
    }

    /** A number of lines and the one (1-based, after the header) that carries bytes that are not UTF-8. */
    record BadByte(int lines, int bad) {
    }

    static Gen<BadByte> badBytes() {
        return Gens.integers(1, 30).flatMap(lines -> Gens.integers(1, lines).map(bad -> new BadByte(lines, bad)));
    }

    @Property(tries = 200)
    void aMalformedByteIsReportedOnItsLine(@ForAll("badBytes") BadByte input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("code,name,level,parent\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= input.lines(); i++) {
            out.writeBytes(((200 + i) + ",卫生健康").getBytes(StandardCharsets.UTF_8));
            if (i == input.bad()) {
                out.writeBytes(new byte[] {(byte) 0xB5, (byte) 0xA5}); // GBK bytes, not UTF-8
            }
            out.writeBytes(",1,\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CatalogLoader.newEdition(GEN).withCatalogCsv("enc.csv", out.toByteArray()).load())
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.line()).hasValue(input.bad() + 1));
    }

    // ---------------------------------------------------------------- generated catalogs

    /** A catalog file's rows (code, name, level, parent), parents before children, then shuffled. */
    static Gen<List<String[]>> catalogs() {
        Gen<Integer> twoDigits = Gens.integers(1, 99);
        Gen<Map<Integer, Map<Integer, java.util.Set<Integer>>>> tree = Gens.maps(Gens.integers(200, 299),
                Gens.maps(twoDigits, Gens.sets(twoDigits, 0, 4), 0, 4), 1, 6);
        return tree.flatMap(t -> source -> {
            List<String[]> rows = new ArrayList<>();
            t.forEach((category, sections) -> {
                rows.add(new String[] {Integer.toString(category), "类" + category, "1", ""});
                sections.forEach((section, items) -> {
                    String s = category + String.format("%02d", section);
                    rows.add(new String[] {s, "款" + s, "2", Integer.toString(category)});
                    for (int item : items) {
                        String i = s + String.format("%02d", item);
                        rows.add(new String[] {i, "项" + i, "3", s});
                    }
                });
            });
            // file order does not matter: a shuffle that shrinks towards no shuffle
            for (int i = rows.size() - 1; i > 0; i--) {
                int j = i - (int) source.choose(i);
                String[] tmp = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, tmp);
            }
            return rows;
        });
    }

    private static byte[] csv(List<String[]> rows) {
        StringBuilder sb = new StringBuilder("code,name,level,parent\n");
        for (String[] row : rows) {
            sb.append(String.join(",", row)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Codes to look up: any 类, 款 or 项 of the 200–299 range (most not generated). */
    static Gen<List<FunctionCode>> probes() {
        return Gens.lists(Gens.integers(0, 2).flatMap(level -> BudgetGens.functionCodes(List.of(CodeLevel.CATEGORY, CodeLevel.SECTION,
                CodeLevel.ITEM).get(level))), 0, 50);
    }

    @Property(tries = 200)
    void everyCodeOfAGeneratedCatalogIsFoundAndNoOther(@ForAll("catalogs") List<String[]> rows, @ForAll("probes") List<FunctionCode> probes) {
        CodeCatalog c = CatalogLoader.newEdition(GEN).withCatalogCsv("gen.csv", csv(rows)).load();
        assertThat(c.entries()).hasSize(rows.size());
        Map<String, Integer> children = new HashMap<>();
        for (String[] row : rows) {
            CatalogEntry<FunctionCode> e = c.require(FunctionCode.parse(row[0]));
            assertThat(e.name()).isEqualTo(row[1]);
            assertThat(e.parent().map(Object::toString).orElse("")).isEqualTo(row[3]);
            if (!row[3].isEmpty()) {
                children.merge(row[3], 1, Integer::sum);
            }
            assertThat(c.findByName(row[1])).containsExactly(e);
        }
        for (String[] row : rows) {
            assertThat(c.children(FunctionCode.parse(row[0]))).hasSize(children.getOrDefault(row[0], 0));
        }
        // a code that was not generated is not found (the lookup index agrees with the rows)
        for (FunctionCode probe : probes) {
            boolean generated = rows.stream().anyMatch(row -> row[0].equals(probe.toString()));
            assertThat(c.find(probe).isPresent()).as("%s", probe).isEqualTo(generated);
        }
    }

    /** A generated catalog with one row corrupted, the line it is on, and what the loader must say. */
    record Corruption(List<String[]> rows, int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + " (" + reason + ") of " + rows.stream().map(Arrays::toString).collect(Collectors.joining(" "));
        }
    }

    static Gen<Corruption> corruptions() {
        return catalogs().flatMap(rows -> source -> {
            int victim = (int) source.choose(rows.size() - 1);
            String[] row = rows.get(victim).clone();
            List<String[]> bad = new ArrayList<>(rows);
            switch ((int) source.choose(4)) {
                case 0:
                    bad.add(victim + 1, row); // a duplicate right after the original
                    return new Corruption(bad, victim + 3, "duplicate code");
                case 1:
                    row[2] = row[2].equals("1") ? "2" : "1";
                    bad.set(victim, row);
                    return new Corruption(bad, victim + 2, "does not match code");
                case 2:
                    row[1] = "";
                    bad.set(victim, row);
                    return new Corruption(bad, victim + 2, "empty name");
                case 3:
                    row[0] = row[0] + "0";
                    bad.set(victim, row);
                    return new Corruption(bad, victim + 2, "bad code");
                default:
                    // drop a parent: the first of its children in file order is reported
                    String[] parent = rows.stream().filter(x -> !x[2].equals("3") && rows.stream().anyMatch(y -> y[3].equals(x[0])))
                            .findFirst().orElse(null);
                    if (parent == null) {
                        row[1] = "";
                        bad.set(victim, row);
                        return new Corruption(bad, victim + 2, "empty name");
                    }
                    bad.remove(parent);
                    int child = 0;
                    while (!bad.get(child)[3].equals(parent[0])) {
                        child++;
                    }
                    return new Corruption(bad, child + 2, "missing parent");
            }
        });
    }

    @Property(tries = 200)
    void everyCorruptionIsReportedOnItsLine(@ForAll("corruptions") Corruption corruption) {
        assertThatThrownBy(() -> CatalogLoader.newEdition(GEN).withCatalogCsv("bad.csv", csv(corruption.rows())).load())
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(corruption.reason())
                .satisfies(e -> assertThat(((CatalogException) e).line()).hasValue(corruption.line()));
    }

    // ---------------------------------------------------------------- correspondence and crosswalk

    static Gen<Map<DepartmentEconomicCode, Amount>> sectionAmounts() {
        Gen<DepartmentEconomicCode> sections = BudgetGens.departmentEconomicCodesIn(Catalogs.requireEdition(2020), CodeLevel.SECTION);
        Gen<Amount> amounts = Gens.integers(0, 2).flatMap(scale -> BudgetGens.amounts(scale, Amount.of(-1_000_000, scale),
                Amount.of(10_000_000, scale)));
        return Gens.maps(sections, amounts, 0, 40);
    }

    static Gen<UnitType> unitTypes() {
        return Gens.elements(UnitType.values());
    }

    @Property(tries = 200)
    void mappingAmountsConservesTheTotalExactly(@ForAll("sectionAmounts") Map<DepartmentEconomicCode, Amount> in,
            @ForAll("unitTypes") UnitType unitType) {
        EconomicCorrespondence table = Catalogs.requireEdition(2020).correspondence();
        MappedAmounts m = table.mapAmounts(in, unitType);
        Amount total = Amount.sum(in.values());
        Amount mapped = Amount.sum(m.amounts().values());
        Amount unmapped = Amount.sum(m.unmapped().values());
        assertThat(mapped.plus(unmapped)).isEqualByComparingTo(total);
        for (Map.Entry<DepartmentEconomicCode, Amount> e : in.entrySet()) {
            MappingResult one = table.map(e.getKey(), unitType);
            assertThat(m.unmapped().containsKey(e.getKey())).isEqualTo(one.target().isEmpty());
        }
    }

    private static final List<DepartmentEconomicCode> CROSSWALK_POOL = List.of("30101", "30102", "30104", "30311", "30312", "30113",
            "30307", "39906", "30108").stream().map(DepartmentEconomicCode::parse).collect(Collectors.toList());

    static Gen<Map<DepartmentEconomicCode, Amount>> crosswalkRows() {
        return Gens.maps(Gens.elements(CROSSWALK_POOL), BudgetGens.amounts(2, Amount.ZERO, Amount.parse("10000.00")), 0,
                CROSSWALK_POOL.size());
    }

    static Gen<Integer> years() {
        return Gens.integers(2015, 2022);
    }

    @Property(tries = 200)
    void crosswalkTablesConserveTheirTotal(@ForAll("crosswalkRows") Map<DepartmentEconomicCode, Amount> rows, @ForAll("years") int from,
            @ForAll("years") int to) {
        CrosswalkTable<DepartmentEconomicCode> t = Catalogs.crosswalk().mapAmounts(rows, from, to);
        Amount total = Amount.sum(rows.values());
        Amount carried = Amount.sum(t.mapped().values());
        Amount left = Amount.sum(t.unresolved().values());
        assertThat(carried.plus(left)).as("%d → %d %s", from, to, rows).isEqualByComparingTo(total);
        for (Map.Entry<DepartmentEconomicCode, CrosswalkResult<DepartmentEconomicCode>> e : t.results().entrySet()) {
            CrosswalkResult<DepartmentEconomicCode> x = e.getValue();
            assertThat(x.target().isPresent()).isEqualTo(x.targets().size() == 1 && !x.isAmbiguous());
            // a carried code maps back to candidates that include where it came from (several when a merge absorbed others)
            if (x.outcome() == CrosswalkOutcome.RENAMED || x.outcome() == CrosswalkOutcome.UNCHANGED || x.outcome() == CrosswalkOutcome.MOVED) {
                assertThat(Catalogs.crosswalk().map(x.target().orElseThrow(), to, from).targets()).contains(e.getKey());
            }
        }
    }

    // ---------------------------------------------------------------- the catalog-code generators

    /** A bundled edition, a scheme and a level at which it holds codes. */
    record Level(CodeCatalog edition, Scheme scheme, CodeLevel level) {
        @Override
        public String toString() {
            return edition.edition().id() + " " + scheme + " " + level;
        }
    }

    static Gen<Level> levels() {
        List<Level> levels = new ArrayList<>();
        for (Edition e : Catalogs.editions()) {
            CodeCatalog c = Catalogs.requireEdition(e.year());
            for (Scheme s : Scheme.values()) {
                for (CodeLevel l : s.levels()) {
                    if (l != CodeLevel.LOCAL && c.entries(s).stream().anyMatch(x -> x.level() == l && x.status() == EntryStatus.ACTIVE)) {
                        levels.add(new Level(c, s, l));
                    }
                }
            }
        }
        return Gens.elements(levels);
    }

    static Gen<Long> seeds() {
        return Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Property(tries = 300)
    void catalogCodeGeneratorsGiveActiveCodesUnderParentsOfTheEdition(@ForAll("levels") Level level, @ForAll("seeds") long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        ClassificationCode<?> code;
        switch (level.scheme()) {
            case FUNCTION:
                code = BudgetGens.functionCodesIn(level.edition(), level.level()).generate(random);
                break;
            case DEPARTMENT_ECONOMIC:
                code = BudgetGens.departmentEconomicCodesIn(level.edition(), level.level()).generate(random);
                break;
            case GOVERNMENT_ECONOMIC:
                code = BudgetGens.governmentEconomicCodesIn(level.edition(), level.level()).generate(random);
                break;
            default:
                code = BudgetGens.revenueCodesIn(level.edition(), level.level()).generate(random);
                break;
        }
        assertThat(code.level()).isEqualTo(level.level());
        CatalogEntry<?> entry = level.edition().findAny(code).orElseThrow(() -> new AssertionError(code + " is not in " + level));
        assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
        code.parent().ifPresent(p -> assertThat(level.edition().findAny(p)).as("parent %s of %s", p, code).isPresent());
    }
}
