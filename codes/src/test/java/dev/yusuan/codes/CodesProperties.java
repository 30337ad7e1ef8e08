package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.codes.internal.Csv;
import dev.yusuan.codes.internal.IntIndex;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property-style randomized tests in plain JUnit: each property runs over many generated cases
 * from fixed seeds, and a failure names its seed. Generators build valid data by construction
 * (parents are generated before children), then corrupt it on purpose for the error properties.
 */
class CodesProperties {
    private static final int TRIES = 200;
    private static final Edition GEN = new Edition("GEN", 2050, "generated", "1", List.of("generator"));

    private interface Property {
        void check(Random random) throws Exception;
    }

    private static void forAll(String name, Property p) {
        for (int i = 0; i < TRIES; i++) {
            long seed = 0x5EEDL * 31 + i * 7919L + name.hashCode();
            try {
                p.check(new Random(seed));
            } catch (AssertionError | Exception e) {
                throw new AssertionError(name + " failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void intIndexAgreesWithAHashMap() {
        forAll("intIndex", r -> {
            int n = r.nextInt(300);
            Set<Integer> keys = new LinkedHashSet<>();
            while (keys.size() < n) {
                keys.add(1 + r.nextInt(r.nextBoolean() ? 1000 : Integer.MAX_VALUE - 1));
            }
            Map<Integer, String> expected = new HashMap<>();
            int[] k = new int[n];
            Object[] v = new Object[n];
            int i = 0;
            for (int key : keys) {
                k[i] = key;
                v[i] = "v" + key;
                expected.put(key, "v" + key);
                i++;
            }
            IntIndex<String> index = IntIndex.of(k, v);
            assertThat(index.size()).isEqualTo(n);
            for (int key : keys) {
                assertThat(index.get(key)).isEqualTo(expected.get(key));
            }
            for (int j = 0; j < 200; j++) {
                int probe = 1 + r.nextInt(Integer.MAX_VALUE - 1);
                assertThat(index.get(probe)).isEqualTo(expected.get(probe));
            }
            if (n > 0) {
                int[] dup = java.util.Arrays.copyOf(k, n + 1);
                dup[n] = k[r.nextInt(n)];
                Object[] dv = java.util.Arrays.copyOf(v, n + 1);
                assertThatThrownBy(() -> IntIndex.of(dup, dv)).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    private static final String ALPHABET = "ab,\" 　卫生健康（）()、支出01";

    private static String randomField(Random r) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(8);
        for (int i = 0; i < len; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString().strip();
    }

    private static String quote(String f) {
        return f.contains(",") || f.contains("\"") || r0(f) ? "\"" + f.replace("\"", "\"\"") + "\"" : f;
    }

    private static boolean r0(String f) {
        return f.startsWith("#");
    }

    @Test
    void csvFieldsSurviveQuoting() {
        forAll("csvRoundTrip", r -> {
            int cols = 1 + r.nextInt(6);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                header.add("c" + c);
            }
            List<List<String>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder(String.join(",", header)).append(r.nextBoolean() ? "\r\n" : "\n");
            int n = r.nextInt(20);
            for (int i = 0; i < n; i++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    row.add(randomField(r));
                }
                if (row.stream().allMatch(String::isEmpty)) {
                    row.set(0, "x");
                }
                rows.add(row);
                text.append(row.stream().map(CodesProperties::quote).collect(Collectors.joining(","))).append('\n');
                if (r.nextInt(5) == 0) {
                    text.append("# a comment line\n\n");
                }
            }
            Csv csv = Csv.parse("gen.csv", text.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(csv.header()).isEqualTo(header);
            assertThat(csv.rows()).hasSize(n);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < cols; c++) {
                    assertThat(csv.rows().get(i).get("c" + c)).isEqualTo(rows.get(i).get(c).strip());
                }
            }
        });
    }

    @Test
    void aMalformedByteIsReportedOnItsLine() {
        forAll("badByte", r -> {
            int lines = 1 + r.nextInt(30);
            int bad = 1 + r.nextInt(lines);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 1; i <= lines; i++) {
                out.write(("行" + i + ",卫生健康").getBytes(StandardCharsets.UTF_8));
                if (i == bad) {
                    out.write(new byte[] {(byte) 0xB5, (byte) 0xA5}); // GBK bytes, not UTF-8
                }
                out.write('\n');
            }
            assertThatThrownBy(() -> Csv.parse("enc.csv", out.toByteArray()))
                    .isInstanceOf(CatalogException.class)
                    .satisfies(e -> assertThat(((CatalogException) e).line()).hasValue(bad));
        });
    }

    /** A generated catalog: rows by construction, parents first. */
    private static List<String[]> generateCatalog(Random r) {
        List<String[]> rows = new ArrayList<>();
        Set<Integer> cats = new LinkedHashSet<>();
        int nc = 1 + r.nextInt(6);
        while (cats.size() < nc) {
            cats.add(200 + r.nextInt(100));
        }
        for (int cat : cats) {
            rows.add(new String[] {Integer.toString(cat), "类" + cat, "1", ""});
            Set<Integer> secs = new LinkedHashSet<>();
            int ns = r.nextInt(5);
            while (secs.size() < ns) {
                secs.add(1 + r.nextInt(99));
            }
            for (int s : secs) {
                String sec = cat + String.format("%02d", s);
                rows.add(new String[] {sec, "款" + sec, "2", Integer.toString(cat)});
                Set<Integer> items = new LinkedHashSet<>();
                int ni = r.nextInt(5);
                while (items.size() < ni) {
                    items.add(1 + r.nextInt(99));
                }
                for (int it : items) {
                    String item = sec + String.format("%02d", it);
                    rows.add(new String[] {item, "项" + item, "3", sec});
                }
            }
        }
        java.util.Collections.shuffle(rows.subList(0, rows.size()), r); // file order does not matter
        return rows;
    }

    private static String csv(List<String[]> rows) {
        StringBuilder sb = new StringBuilder("code,name,level,parent\n");
        for (String[] row : rows) {
            sb.append(String.join(",", row)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyGeneratedCatalogLoadsAndEveryCodeIsFound() {
        forAll("generatedCatalog", r -> {
            List<String[]> rows = generateCatalog(r);
            CodeCatalog c = CatalogLoader.newEdition(GEN).withCatalogCsv("gen.csv", csv(rows).getBytes(StandardCharsets.UTF_8)).load();
            assertThat(c.entries()).hasSize(rows.size());
            Map<String, Integer> childCount = new HashMap<>();
            for (String[] row : rows) {
                FunctionCode code = FunctionCode.parse(row[0]);
                CatalogEntry<FunctionCode> e = c.require(code);
                assertThat(e.name()).isEqualTo(row[1]);
                assertThat(e.parent().map(Object::toString).orElse("")).isEqualTo(row[3]);
                if (!row[3].isEmpty()) {
                    childCount.merge(row[3], 1, Integer::sum);
                }
                assertThat(c.findByName(row[1])).containsExactly(e);
            }
            for (String[] row : rows) {
                assertThat(c.children(FunctionCode.parse(row[0]))).hasSize(childCount.getOrDefault(row[0], 0));
            }
            // a code that is not generated is not found
            FunctionCode absent = FunctionCode.parse("2" + String.format("%02d", r.nextInt(100)) + "0000".substring(0, 2 * r.nextInt(3)));
            boolean generated = rows.stream().anyMatch(row -> row[0].equals(absent.toString()));
            assertThat(c.find(absent).isPresent()).isEqualTo(generated);
        });
    }

    @Test
    void everyCorruptionIsReportedOnItsLine() {
        forAll("corruptCatalog", r -> {
            List<String[]> rows = generateCatalog(r);
            int victim = r.nextInt(rows.size());
            String[] row = rows.get(victim).clone();
            int expectedLine = victim + 2; // header is line 1
            String reason;
            List<String[]> bad = new ArrayList<>(rows);
            switch (r.nextInt(5)) {
                case 0:
                    bad.add(victim + 1, row); // duplicate right after the original
                    expectedLine = victim + 3;
                    reason = "duplicate code";
                    break;
                case 1:
                    row[2] = row[2].equals("1") ? "2" : "1";
                    bad.set(victim, row);
                    reason = "does not match code";
                    break;
                case 2:
                    row[1] = "";
                    bad.set(victim, row);
                    reason = "empty name";
                    break;
                case 3:
                    row[0] = row[0] + "0";
                    bad.set(victim, row);
                    reason = "bad code";
                    break;
                default:
                    // drop a parent: report the first of its children in file order
                    String[] parent = rows.stream().filter(x -> !x[2].equals("3") && rows.stream().anyMatch(y -> y[3].equals(x[0])))
                            .findFirst().orElse(null);
                    if (parent == null) {
                        return;
                    }
                    bad.remove(parent);
                    int child = 0;
                    while (!bad.get(child)[3].equals(parent[0])) {
                        child++;
                    }
                    expectedLine = child + 2;
                    reason = "missing parent";
                    break;
            }
            int line = expectedLine;
            assertThatThrownBy(() -> CatalogLoader.newEdition(GEN).withCatalogCsv("bad.csv", csv(bad).getBytes(StandardCharsets.UTF_8)).load())
                    .isInstanceOf(CatalogException.class)
                    .hasMessageContaining(reason)
                    .satisfies(e -> assertThat(((CatalogException) e).line()).hasValue(line));
        });
    }

    @Test
    void mappingAmountsConservesTheMappedTotalExactly() {
        List<DepartmentEconomicCode> sections = Catalogs.requireEdition(2020).entries(Scheme.DEPARTMENT_ECONOMIC).stream()
                .map(e -> (DepartmentEconomicCode) e.code()).filter(c -> c.level() == CodeLevel.SECTION).collect(Collectors.toList());
        EconomicCorrespondence t = Catalogs.requireEdition(2020).correspondence();
        forAll("mapAmounts", r -> {
            Map<DepartmentEconomicCode, Amount> in = new LinkedHashMap<>();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                in.put(sections.get(r.nextInt(sections.size())), Amount.of(r.nextInt(10_000_000) - 1_000_000, r.nextInt(3)));
            }
            UnitType u = UnitType.values()[r.nextInt(UnitType.values().length)];
            MappedAmounts m = t.mapAmounts(in, u);
            Amount total = in.values().stream().reduce(Amount.ZERO, Amount::plus);
            Amount mapped = m.amounts().values().stream().reduce(Amount.ZERO, Amount::plus);
            Amount unmapped = m.unmapped().values().stream().reduce(Amount.ZERO, Amount::plus);
            assertThat(mapped.plus(unmapped).isEqualTo(total)).isTrue();
            for (Map.Entry<DepartmentEconomicCode, Amount> e : in.entrySet()) {
                MappingResult one = t.map(e.getKey(), u);
                assertThat(m.unmapped().containsKey(e.getKey())).isEqualTo(one.target().isEmpty());
            }
        });
    }

    @Test
    void crosswalkTablesConserveTheirTotal() {
        List<ClassificationCode<?>> pool = new ArrayList<>();
        for (String s : List.of("30101", "30102", "30104", "30311", "30312", "30113", "30307", "39906", "30108")) {
            pool.add(DepartmentEconomicCode.parse(s));
        }
        forAll("crosswalkTable", r -> {
            Map<DepartmentEconomicCode, Amount> rows = new LinkedHashMap<>();
            int n = r.nextInt(pool.size() + 1);
            for (int i = 0; i < n; i++) {
                rows.put((DepartmentEconomicCode) pool.get(r.nextInt(pool.size())), Amount.of(r.nextInt(1_000_000), 2));
            }
            int from = 2015 + r.nextInt(8);
            int to = 2015 + r.nextInt(8);
            CrosswalkTable<DepartmentEconomicCode> t = Catalogs.crosswalk().mapAmounts(rows, from, to);
            Amount total = rows.values().stream().reduce(Amount.ZERO, Amount::plus);
            Amount carried = t.mapped().values().stream().reduce(Amount.ZERO, Amount::plus);
            Amount left = t.unresolved().values().stream().reduce(Amount.ZERO, Amount::plus);
            assertThat(carried.plus(left).isEqualTo(total)).as("%d → %d %s", from, to, rows).isTrue();
            for (Map.Entry<DepartmentEconomicCode, CrosswalkResult<DepartmentEconomicCode>> e : t.results().entrySet()) {
                CrosswalkResult<DepartmentEconomicCode> x = e.getValue();
                assertThat(x.target().isPresent()).isEqualTo(x.targets().size() == 1 && !x.isAmbiguous());
                // a carried code maps back to candidates that include where it came from (several when a merge absorbed others)
                if (x.outcome() == CrosswalkOutcome.RENAMED || x.outcome() == CrosswalkOutcome.UNCHANGED
                        || x.outcome() == CrosswalkOutcome.MOVED) {
                    assertThat(Catalogs.crosswalk().map(x.target().orElseThrow(), to, from).targets()).contains(e.getKey());
                }
            }
        });
    }
}
