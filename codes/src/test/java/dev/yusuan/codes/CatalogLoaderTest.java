package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
    private static final String HEADER = "code,name,level,parent,valid_from,valid_to,former_names,source,confidence,note\n";
    private static final Edition MINE = new Edition("2021-mine", 2021, "2021年政府收支分类科目（自编）", "mine.1", List.of("my own copy"));

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static byte[] resource(String path) {
        return CatalogLoader.readResource(CatalogLoaderTest.class, path);
    }

    /** Asserts a CatalogException naming the file and line, with a reason. */
    private static void assertCatalogError(ThrowingCallable call, String file, int line, String reason) {
        assertThatThrownBy(call).isInstanceOf(CatalogException.class)
                .hasMessageContaining(file + (line > 0 ? ":" + line : ""))
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    CatalogException c = (CatalogException) e;
                    assertThat(c.resource()).endsWith(file);
                    if (line > 0) {
                        assertThat(c.line()).hasValue(line);
                    }
                });
    }

    // ---------------------------------------------------------------- full editions

    @Test
    void aUserCsvWithAFullEditionLoadsAndOverridesTheBundledOne() throws IOException {
        String bundled = new String(resource("dev/yusuan/codes/2021/functional.csv"), StandardCharsets.UTF_8);
        String mine = bundled.replace("2101506,医疗保障经办事务,", "2101506,医疗保障经办事务（自编）,")
                + "2101507,医疗保障信息系统运维（测试）,3,21015,,,,my own,high,test row\n";
        Path functional = write("functional-2021.csv", mine);
        Path dept = write("dept.csv", new String(resource("dev/yusuan/codes/economic/economic-dept.csv"), StandardCharsets.UTF_8));
        Path gov = write("gov.csv", new String(resource("dev/yusuan/codes/economic/economic-gov.csv"), StandardCharsets.UTF_8));
        Path mapping = write("mapping.csv", new String(resource("dev/yusuan/codes/economic/economic-mapping.csv"), StandardCharsets.UTF_8));

        CodeCatalog c = CatalogLoader.newEdition(MINE)
                .withCatalogCsv(functional).withCatalogCsv(dept).withCatalogCsv(gov).withMappingCsv(mapping)
                .withCompleteness(Scheme.FUNCTION, CodeLevel.CATEGORY, Completeness.COMPLETE)
                .load();
        assertThat(c.edition()).isEqualTo(MINE);
        assertThat(c.require(FunctionCode.parse("2101506")).name()).isEqualTo("医疗保障经办事务（自编）");
        assertThat(c.require(FunctionCode.parse("2101507")).provenance()).containsEntry("source", "my own");
        assertThat(c.completeness(Scheme.FUNCTION, CodeLevel.CATEGORY)).isEqualTo(Completeness.COMPLETE);
        assertThat(c.completeness(Scheme.FUNCTION, CodeLevel.ITEM)).isEqualTo(Completeness.PARTIAL);
        assertThat(c.completeness(Scheme.REVENUE, CodeLevel.CATEGORY)).isEqualTo(Completeness.ABSENT);
        assertThat(c.count(Scheme.FUNCTION, CodeLevel.ITEM)).isEqualTo(47);
        assertThat(c.correspondence().map(DepartmentEconomicCode.parse("30101"), UnitType.ADMINISTRATIVE).target().map(Object::toString))
                .contains("50101");

        CatalogRegistry registry = Catalogs.registry().with(c);
        assertThat(registry.edition(2021)).containsSame(c);
        assertThat(registry.latest()).isSameAs(c);
        assertThat(registry.edition(2020)).containsSame(Catalogs.requireEdition(2020));
        assertThat(Catalogs.registry().edition(2021).orElseThrow()).isNotSameAs(c); // the bundled registry is unchanged
    }

    @Test
    void aDirectoryEditionIsDescribedByItsEditionProperties() throws IOException {
        Path d = Files.createDirectories(dir.resolve("ed"));
        Files.writeString(d.resolve("edition.properties"), String.join("\n",
                "id=2022-test", "year=2022", "title=2022年测试版本", "data.version=1", "source.1=test",
                "file.function=functional.csv", "completeness.function=类:COMPLETE,款:PARTIAL,项:ABSENT"), StandardCharsets.UTF_8);
        Files.writeString(d.resolve("functional.csv"), HEADER + "201,一般公共服务支出,1,,,,,t,high,\n20101,人大事务,2,201,,,,t,high,\n",
                StandardCharsets.UTF_8);
        CodeCatalog c = CatalogLoader.fromDirectory(d);
        assertThat(c.edition().id()).isEqualTo("2022-test");
        assertThat(c.edition().sources()).containsExactly("test");
        assertThat(c.completeness(Scheme.FUNCTION, CodeLevel.ITEM)).isEqualTo(Completeness.ABSENT);
        assertThat(c.count(Scheme.FUNCTION, CodeLevel.SECTION)).isEqualTo(1);
    }

    @Test
    void theFrozenTestEditionLoadsFromResources() {
        CodeCatalog t = CatalogLoader.fromResources(CatalogLoaderTest.class, "fixtures/test-edition");
        assertThat(t.edition().id()).isEqualTo("TEST");
        assertThat(t.require(FunctionCode.parse("210")).formerNames()).containsExactly("医疗卫生与计划生育支出");
        assertThat(t.require(FunctionCode.parse("2101598")).status()).isEqualTo(EntryStatus.RETIRED);
        assertThat(t.correspondence().unmapped(UnitType.ADMINISTRATIVE)).extracting(Object::toString).containsExactly("30107");
        assertThat(t.correspondence().unmapped(UnitType.INSTITUTION)).extracting(Object::toString).containsExactly("30112", "31002");
        MappingResult r = t.correspondence().map(DepartmentEconomicCode.parse("30101"), UnitType.ADMINISTRATIVE);
        assertThat(r.target().map(Object::toString)).contains("50101");
        assertThat(r.disagreements()).hasSize(1);
        assertThat(StandardItems.appliesIn(t, FunctionCode.parse("20101"))).isTrue();
    }

    // ---------------------------------------------------------------- extensions

    @Test
    void aLocalExtensionIsMergedOverABundledEdition() {
        CodeCatalog base = Catalogs.requireEdition(2021);
        CodeCatalog hunan = CatalogLoader.extending(base, "hunan").withCatalogCsv("hunan-2021/local.csv", resource("fixtures/hunan-2021/local.csv"))
                .load();
        assertThat(hunan.edition().id()).isEqualTo("2021+hunan");
        assertThat(hunan.edition().year()).isEqualTo(2021);
        assertThat(hunan.require(DepartmentEconomicCode.parse("3011201")).name()).isEqualTo("生育保险");
        assertThat(hunan.require(DepartmentEconomicCode.parse("3011201")).level()).isEqualTo(CodeLevel.LOCAL);
        assertThat(hunan.require(FunctionCode.parse("2013101")).name()).isEqualTo("行政运行");
        assertThat(base.find(FunctionCode.parse("2013101"))).isEmpty(); // the base is untouched
        assertThat(hunan.count(Scheme.FUNCTION, CodeLevel.ITEM)).isEqualTo(base.count(Scheme.FUNCTION, CodeLevel.ITEM) + 1);
        assertThat(hunan.completeness(Scheme.DEPARTMENT_ECONOMIC, CodeLevel.LOCAL)).isEqualTo(Completeness.PARTIAL);
        assertThat(hunan.completeness(Scheme.FUNCTION, CodeLevel.CATEGORY)).isEqualTo(Completeness.COMPLETE);
        assertThat(hunan.correspondence().rows()).hasSameSizeAs(base.correspondence().rows());
        assertThat(hunan.observations()).isSameAs(base.observations());
        // the Zhuzhou local sub-items now resolve, and map through their 款
        assertThat(hunan.resolve(DepartmentEconomicCode.parse("3011202"), "工伤保险").isClean()).isTrue();
        MappedAmounts m = hunan.correspondence().mapAmounts(Map.of(DepartmentEconomicCode.parse("3011201"), Amount.parse("3.06")),
                UnitType.ADMINISTRATIVE);
        assertThat(m.amounts().keySet()).extracting(Object::toString).containsExactly("50102");
    }

    @Test
    void anExtensionCannotRenameANationalCode() {
        byte[] bad = (HEADER + "2101501,行政运行（湖南）,3,21015,,,,t,high,\n").getBytes(StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.extending(Catalogs.requireEdition(2021), "x").withCatalogCsv("ext.csv", bad).load(),
                "ext.csv", 2, "already in edition 2021 as '行政运行'");
    }

    @Test
    void aDirectoryCanExtendABundledEdition() throws IOException {
        Path d = Files.createDirectories(dir.resolve("hunan"));
        Files.writeString(d.resolve("edition.properties"), String.join("\n",
                "id=2021+hunan", "year=2021", "title=2021 湖南扩展", "data.version=1", "source.1=test", "extends=2021",
                "file.economic-dept=local.csv"), StandardCharsets.UTF_8);
        Files.write(d.resolve("local.csv"), (HEADER + "3011201,生育保险,3,30112,,,,t,high,\n").getBytes(StandardCharsets.UTF_8));
        CodeCatalog c = CatalogLoader.fromDirectory(d);
        assertThat(c.contains(DepartmentEconomicCode.parse("3011201"))).isTrue();
        assertThat(c.contains(FunctionCode.parse("2101501"))).isTrue();
    }

    // ---------------------------------------------------------------- malformed files: each gives the documented error

    private CodeCatalog loadOne(String name, String content) throws IOException {
        return CatalogLoader.newEdition(MINE).withCatalogCsv(write(name, content)).load();
    }

    @Test
    void duplicateCodes() {
        assertCatalogError(() -> loadOne("dup.csv", HEADER + "210,卫生健康支出,1,,,,,t,high,\n210,卫生健康支出,1,,,,,t,high,\n"),
                "dup.csv", 3, "duplicate code 210: already defined at line 2");
    }

    @Test
    void duplicateCodesAcrossFiles() throws IOException {
        Path a = write("a.csv", HEADER + "210,卫生健康支出,1,,,,,t,high,\n");
        Path b = write("b.csv", "# another file\n" + HEADER + "210,卫生健康,1,,2020,,,t,high,\n");
        assertCatalogError(() -> CatalogLoader.newEdition(MINE).withCatalogCsv(a).withCatalogCsv(b).load(), "b.csv", 3,
                "duplicate code 210: already defined at " + a + ":2");
    }

    @Test
    void rowsOfOneCodeWithDisjointYearsAreNotDuplicates() throws IOException {
        CodeCatalog c = loadOne("reuse.csv", HEADER + "303,对个人和家庭的补助,1,,,,,t,high,\n30311,住房公积金,2,303,,2017,,t,high,\n"
                + "30311,代缴社会保险费,2,303,2021,,,t,high,\n");
        assertThat(c.require(DepartmentEconomicCode.parse("30311")).name()).isEqualTo("代缴社会保险费");
    }

    @Test
    void missingParents() {
        assertCatalogError(() -> loadOne("orphan.csv", HEADER + "210,卫生健康支出,1,,,,,t,high,\n2101501,行政运行,3,21015,,,,t,high,\n"),
                "orphan.csv", 3, "missing parent: the parent 21015 of 2101501 is not in edition 2021-mine");
    }

    @Test
    void aParentOfAnotherYearIsStillMissing() {
        assertCatalogError(() -> loadOne("years.csv", HEADER + "210,卫生健康支出,1,,2022,,,t,high,\n21015,医疗保障管理事务,2,210,,,,t,high,\n"),
                "years.csv", 3, "the files define it only for the years 2022–…");
    }

    @Test
    void levelAndLengthMismatch() {
        assertCatalogError(() -> loadOne("level.csv", HEADER + "210,卫生健康支出,1,,,,,t,high,\n21015,医疗保障管理事务,3,210,,,,t,high,\n"),
                "level.csv", 3, "level 3 (项, 7 digits) does not match code 21015, which has 5 digits (款)");
        assertCatalogError(() -> loadOne("level2.csv", HEADER + "210,卫生健康支出,类别,,,,,t,high,\n"), "level2.csv", 2,
                "level '类别' is not a level");
        assertCatalogError(() -> loadOne("level3.csv", HEADER + "210,卫生健康支出,,,,,,t,high,\n"), "level3.csv", 2, "has no level");
    }

    @Test
    void badEncoding() throws IOException {
        byte[] gbk = (HEADER + "210,卫生健康支出,1,,,,,t,high,\n").getBytes(Charset.forName("GBK"));
        Path p = dir.resolve("gbk.csv");
        Files.write(p, gbk);
        assertCatalogError(() -> CatalogLoader.newEdition(MINE).withCatalogCsv(p).load(), "gbk.csv", 2, "not valid UTF-8");
        byte[] bom = ("\uFEFF" + HEADER + "210,卫生健康支出,1,,,,,t,high,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(CatalogLoader.newEdition(MINE).withCatalogCsv("bom.csv", bom).load().contains(FunctionCode.parse("210"))).isTrue();
    }

    @Test
    void badCodes() {
        assertThatThrownBy(() -> loadOne("code.csv", HEADER + "21O,卫生健康支出,1,,,,,t,high,\n"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("code.csv:2").hasMessageContaining("bad code")
                .hasCauseInstanceOf(CodeParseException.class);
        assertCatalogError(() -> loadOne("scheme.csv", HEADER + "816,单位,1,,,,,t,high,\n"), "scheme.csv", 2, "belongs to no classification scheme");
        assertCatalogError(() -> loadOne("empty.csv", HEADER + ",卫生健康支出,1,,,,,t,high,\n"), "empty.csv", 2, "the code is empty");
    }

    @Test
    void namesParentsAndYears() {
        assertCatalogError(() -> loadOne("name.csv", HEADER + "210,,1,,,,,t,high,\n"), "name.csv", 2, "code 210 has an empty name");
        assertCatalogError(() -> loadOne("parent.csv", HEADER + "210,卫生健康支出,1,,,,,t,high,\n21015,医疗保障管理事务,2,211,,,,t,high,\n"),
                "parent.csv", 3, "the parent column says '211' but the parent of 21015 is 210");
        assertCatalogError(() -> loadOne("root.csv", HEADER + "210,卫生健康支出,1,2,,,,t,high,\n"), "root.csv", 2, "is a 类 and has no parent");
        assertCatalogError(() -> loadOne("year.csv", HEADER + "210,卫生健康支出,1,,20,,,t,high,\n"), "year.csv", 2, "valid_from '20' is not a year");
        assertCatalogError(() -> loadOne("range.csv", HEADER + "210,卫生健康支出,1,,2021,2020,,t,high,\n"), "range.csv", 2,
                "valid_from 2021 is after valid_to 2020");
    }

    @Test
    void malformedLines() {
        assertCatalogError(() -> loadOne("fields.csv", HEADER + "210,卫生健康支出,1,,,,\n"), "fields.csv", 2, "the line has 7 fields; the header has 10");
        assertCatalogError(() -> loadOne("quote.csv", HEADER + "210,\"卫生健康支出,1,,,,,t,high,\n"), "quote.csv", 2, "a quoted field is not closed");
        assertCatalogError(() -> loadOne("quote2.csv", HEADER + "210,\"卫生\"健康,1,,,,,t,high,\n"), "quote2.csv", 2, "after a closing quote");
        assertCatalogError(() -> loadOne("quote3.csv", HEADER + "210,卫生\"健康,1,,,,,t,high,\n"), "quote3.csv", 2, "a quote inside an unquoted field");
        assertCatalogError(() -> loadOne("column.csv", "code,name,level,parent,vaild_from\n"), "column.csv", 1, "unknown column 'vaild_from'");
        assertCatalogError(() -> loadOne("required.csv", "code,name,level\n"), "required.csv", 1, "lacks the required column 'parent'");
        assertCatalogError(() -> loadOne("header.csv", "# only a comment\n\n"), "header.csv", 0, "no header line");
        assertCatalogError(() -> loadOne("twice.csv", "code,name,level,parent,name\n"), "twice.csv", 1, "names column 'name' twice");
    }

    @Test
    void aFileDeclaredForOneSchemeHoldsOnlyThatScheme() throws IOException {
        Path d = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(d.resolve("edition.properties"), "id=x\nyear=2021\ntitle=x\ndata.version=1\nfile.function=f.csv\n", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("f.csv"), HEADER + "301,工资福利支出,1,,,,,t,high,\n", StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.fromDirectory(d), "f.csv", 2, "is a 部门预算支出经济分类 code, but this file holds 支出功能分类 codes");
    }

    @Test
    void badEditionDescriptors() throws IOException {
        Path d = Files.createDirectories(dir.resolve("props"));
        Path props = d.resolve("edition.properties");
        Files.writeString(props, "id=x\nyear=2021\ntitle=x\ndata.version=1\nfiel.function=f.csv\n", StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.fromDirectory(d), "edition.properties", 5, "unknown key 'fiel.function'");
        Files.writeString(props, "id=x\ntitle=x\ndata.version=1\n", StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.fromDirectory(d), "edition.properties", 0, "required key 'year'");
        Files.writeString(props, "id=x\nyear=2021\ntitle=x\ndata.version=1\ncompleteness.function=类:DONE\n", StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.fromDirectory(d), "edition.properties", 5, "'DONE' is not COMPLETE, PARTIAL or ABSENT");
        Files.writeString(props, "id=x\nyear=2021\ntitle=x\ndata.version=1\nid=y\n", StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.fromDirectory(d), "edition.properties", 5, "given twice");
        Files.writeString(props, "id=x\nyear=2021\ntitle=x\ndata.version=1\nfile.function=missing.csv\n", StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.fromDirectory(d), "missing.csv", 0, "cannot read the file");
        Files.writeString(props, "id=x\nyear=2021\ntitle=x\ndata.version=1\nextends=2017\n", StandardCharsets.UTF_8);
        assertCatalogError(() -> CatalogLoader.fromDirectory(d), "edition.properties", 0, "no bundled edition has that year");
    }

    @Test
    void completenessMustAgreeWithTheData() throws IOException {
        Path f = write("c.csv", HEADER + "210,卫生健康支出,1,,,,,t,high,\n");
        assertThatThrownBy(() -> CatalogLoader.newEdition(MINE).withCatalogCsv(f)
                .withCompleteness(Scheme.FUNCTION, CodeLevel.ITEM, Completeness.COMPLETE).load())
                .isInstanceOf(CatalogException.class).hasMessageContaining("项 level COMPLETE, but the files hold no such codes");
        assertThatThrownBy(() -> CatalogLoader.newEdition(MINE).withCatalogCsv(f)
                .withCompleteness(Scheme.FUNCTION, CodeLevel.CATEGORY, Completeness.ABSENT).load())
                .isInstanceOf(CatalogException.class).hasMessageContaining("类 level ABSENT, but the files hold 1 such codes");
        assertThatThrownBy(() -> CatalogLoader.newEdition(MINE).withCompleteness(Scheme.FUNCTION, CodeLevel.LOCAL, Completeness.ABSENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badCorrespondenceRows() throws IOException {
        Path dept = write("d.csv", HEADER + "301,工资福利支出,1,,,,,t,high,\n30101,基本工资,2,301,,,,t,high,\n30107,绩效工资,2,301,,,,t,high,\n");
        Path gov = write("g.csv", HEADER + "501,机关工资福利支出,1,,,,,t,high,\n50101,工资奖金津补贴,2,501,,,,t,high,\n");
        String mh = "dept_code,gov_code,unit_type,kind\n";
        CatalogLoader base = CatalogLoader.newEdition(MINE).withCatalogCsv(dept).withCatalogCsv(gov);
        assertCatalogError(() -> base.withMappingCsv(write("m1.csv", mh + "30101,50199,机关,official\n")).load(), "m1.csv", 2,
                "gov_code 50199 is not in any loaded 政府预算支出经济分类 row");
        assertCatalogError(() -> base.withMappingCsv(write("m2.csv", mh + "30199,50101,机关,official\n")).load(), "m2.csv", 2,
                "dept_code 30199 is not in any loaded");
        assertCatalogError(() -> base.withMappingCsv(write("m3.csv", mh + "30101,50101,机关,official\n30101,50101,全部,official\n")).load(),
                "m3.csv", 3, "two official rows for 30101 and 全部");
        assertCatalogError(() -> base.withMappingCsv(write("m4.csv", mh + "30101,50101,企业,official\n")).load(), "m4.csv", 2,
                "unit_type '企业' is not 机关, 事业单位 or 全部");
        assertCatalogError(() -> base.withMappingCsv(write("m5.csv", mh + "30101,50101,机关,guessed\n")).load(), "m5.csv", 2,
                "kind 'guessed'");
        assertCatalogError(() -> base.withMappingCsv(write("m6.csv", mh + "301,501,机关,official\n")).load(), "m6.csv", 2, "bad dept_code");
        // an observed row beside an official one is fine
        CodeCatalog ok = base.withMappingCsv(write("m7.csv", mh + "30101,50101,机关,official\n30101,50101,机关,observed\n")).load();
        assertThat(ok.correspondence().rows()).hasSize(2);
    }

    @Test
    void observedLayersAndCrosswalksReadTheSameWay() throws IOException {
        Observations o = Observations.fromCsv(write("o.csv", "year,code,printed_name,level,parent,source,note\n2020,210,医疗卫生与计划生育支出,1,,doc,\n"));
        assertThat(o.find(FunctionCode.parse("210"))).extracting(Observation::printedName).containsExactly("医疗卫生与计划生育支出");
        assertCatalogError(() -> Observations.fromCsv(write("o2.csv", "year,code,printed_name\n2020,21015,\n")), "o2.csv", 2, "empty printed_name");
        assertCatalogError(() -> Observations.fromCsv(write("o3.csv", "year,code,printed_name,level\n2020,21015,x,1\n")), "o3.csv", 2,
                "level '1' does not match");
        CodeCatalog withObs = CatalogLoader.newEdition(MINE).withCatalogCsv(write("f.csv", HEADER + "210,卫生健康支出,1,,,,,t,high,\n"))
                .withObservations(o).load();
        assertThat(withObs.resolve(FunctionCode.parse("210"), "医疗卫生与计划生育支出").nameMatch()).isEqualTo(NameMatch.OBSERVED_VARIANT);
    }

    @Test
    void entriesKeepTheirOrigin() throws IOException {
        CodeCatalog c = loadOne("origin.csv", "# comment\n" + HEADER + "\n210,卫生健康支出,1,,,,医疗卫生与计划生育支出,t,medium,a note\n");
        CatalogEntry<FunctionCode> e = c.require(FunctionCode.parse("210"));
        assertThat(e.provenance()).containsEntry("origin", dir.resolve("origin.csv") + ":4")
                .containsEntry("confidence", "medium").containsEntry("note", "a note");
        assertThat(e.formerNames()).containsExactly("医疗卫生与计划生育支出");
    }
}
