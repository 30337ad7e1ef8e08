package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.catalog.UnknownCodeException;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.RevenueCode;
import dev.yusuan.core.code.Scheme;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeCatalogTest {
    private static final CodeCatalog C2020 = Catalogs.requireEdition(2020);
    private static final CodeCatalog C2021 = Catalogs.requireEdition(2021);

    private static FunctionCode f(String s) {
        return FunctionCode.parse(s);
    }

    @Test
    void findAndRequire() {
        assertThat(C2020.find(f("2101501")).map(CatalogEntry::name)).contains("行政运行");
        assertThat(C2020.find(f("2101501")).orElseThrow().parent()).contains(f("21015"));
        assertThat(C2020.find(f("2109999"))).isEmpty();
        assertThat(C2020.find(GovernmentEconomicCode.parse("50101")).map(CatalogEntry::name)).contains("工资奖金津补贴");
        assertThat(C2020.find(RevenueCode.parse("101"))).isEmpty();
        assertThat(C2021.find(RevenueCode.parse("101")).map(CatalogEntry::name)).contains("税收收入");
        assertThatThrownBy(() -> C2020.require(f("2109999")))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessageContaining("2109999").hasMessageContaining("2020")
                .satisfies(e -> {
                    UnknownCodeException u = (UnknownCodeException) e;
                    assertThat(u.code()).isEqualTo("2109999");
                    assertThat(u.edition()).isEqualTo("2020");
                    assertThat(u.scheme()).isEqualTo("FUNCTION");
                });
        assertThat(C2020.contains(f("210"))).isTrue();
        assertThat(C2020.contains(f("2040404"))).isFalse(); // retired
        assertThat(C2020.find(f("2040404")).orElseThrow().status()).isEqualTo(EntryStatus.RETIRED);
    }

    @Test
    void aCodeOfAnotherSchemeWithTheSameDigitsIsNeverConfused() {
        // leading digit and length decide the scheme, so the integer value identifies a code
        assertThat(C2020.findAny(DepartmentEconomicCode.parse("30101")).map(e -> e.code().scheme())).contains(Scheme.DEPARTMENT_ECONOMIC);
        assertThat(C2020.findAny(FunctionCode.parse("210")).map(e -> e.code().scheme())).contains(Scheme.FUNCTION);
        assertThat(C2020.findAny(GovernmentEconomicCode.parse("599"))).isPresent();
    }

    @Test
    void childrenAncestorsAndRoots() {
        assertThat(C2020.children(f("21015"))).extracting(e -> e.code().toString())
                .containsExactly("2101501", "2101502", "2101503", "2101504", "2101505", "2101506", "2101550", "2101599");
        assertThat(C2020.children(f("2101501"))).isEmpty();
        assertThat(C2020.children(f("299"))).isEmpty();
        assertThat(C2020.ancestors(f("2101501"))).extracting(CatalogEntry::name).containsExactly("卫生健康支出", "医疗保障管理事务");
        assertThat(C2020.ancestors(f("210"))).isEmpty();
        assertThat(C2020.ancestors(f("2109901"))).extracting(e -> e.code().toString()).containsExactly("210", "21099");
        assertThat(C2020.roots(Scheme.FUNCTION)).hasSize(30);
        assertThat(C2020.roots(Scheme.DEPARTMENT_ECONOMIC)).extracting(e -> e.code().toString())
                .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
        assertThat(Catalogs.requireEdition(2018).roots(Scheme.FUNCTION)).isEmpty();
    }

    @Test
    void namesAndSearch() {
        assertThat(C2020.findByName("卫生健康支出")).extracting(e -> e.code().toString()).containsExactly("210");
        assertThat(C2020.findByName("行政运行")).extracting(e -> e.code().toString()).contains("2010101", "2100101", "2101501");
        assertThat(C2020.findByName(Scheme.GOVERNMENT_ECONOMIC, "住房公积金")).extracting(e -> e.code().toString()).containsExactly("50103");
        // full-width and ASCII parentheses are the same name
        assertThat(C2020.findByName("维修(护)费")).extracting(e -> e.code().toString()).containsExactly("30213", "50209");
        assertThat(C2020.search("医疗保障")).extracting(e -> e.code().toString())
                .contains("21015", "2101505", "2101506", "2101599");
        assertThat(C2020.search("")).isEmpty();
        assertThat(C2020.search("没有这个名称")).isEmpty();
    }

    @Test
    void formerNames() {
        assertThat(C2020.formerNameOf("医疗卫生与计划生育支出")).extracting(e -> e.code() + " " + e.name()).containsExactly("210 卫生健康支出");
        assertThat(C2020.formerNameOf("行政事业单位离退休")).extracting(e -> e.code().toString()).containsExactly("20805");
        assertThat(C2020.formerNameOf("医疗费")).extracting(e -> e.code().toString()).containsExactly("30307");
        assertThat(C2020.formerNameOf("卫生健康支出")).isEmpty();
        assertThat(C2020.require(f("210")).isFormerName("医疗卫生与计划生育支出")).isTrue();
        assertThat(Catalogs.requireEdition(2018).formerNameOf("医疗卫生与计划生育支出")).isEmpty();
    }

    @Test
    void resolveGivesAReasonForEveryOutcome() {
        CodeResolution<FunctionCode> active = C2020.resolve(f("210"), "医疗卫生与计划生育支出");
        assertThat(active.status()).isEqualTo(ResolutionStatus.ACTIVE);
        assertThat(active.nameMatch()).isEqualTo(NameMatch.FORMER_NAME);
        assertThat(active.isClean()).isFalse();
        assertThat(active.reason()).contains("former name");

        CodeResolution<FunctionCode> partial = C2020.resolve(f("2010301"), "行政运行");
        assertThat(partial.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(partial.reason()).contains("项 level is partial", "may exist", "standard 项 行政运行", "observed in documents");
        assertThat(partial.observations()).isNotEmpty();

        CodeResolution<FunctionCode> orphan = C2020.resolve(f("2019901"));
        assertThat(orphan.reason()).contains("its parent 20199", "is in the edition");
        CodeResolution<FunctionCode> noParent = C2020.resolve(f("2011901"));
        assertThat(noParent.reason()).contains("parent 20119 is not in the edition either");

        CodeResolution<DepartmentEconomicCode> complete = C2020.resolve(DepartmentEconomicCode.parse("30198"));
        assertThat(complete.reason()).contains("款 level is complete");

        CodeResolution<FunctionCode> absent = Catalogs.requireEdition(2019).resolve(f("210"));
        assertThat(absent.reason()).contains("holds no 支出功能分类 codes");

        CodeResolution<FunctionCode> exact = C2020.resolve(f("2101501"), "行政运行");
        assertThat(exact.isClean()).isTrue();
        assertThat(exact.nameMatch()).isEqualTo(NameMatch.EXACT);
        assertThat(C2020.resolve(f("2080505"), "机关事业单位基本养老保险缴 费支出").nameMatch()).isEqualTo(NameMatch.EQUIVALENT);
        assertThat(C2020.resolve(f("2101501"), "一般行政管理事务").nameMatch()).isEqualTo(NameMatch.DIFFERENT);

        CodeResolution<FunctionCode> retired = C2020.resolve(f("2040404"));
        assertThat(retired.status()).isEqualTo(ResolutionStatus.RETIRED);
        assertThat(retired.reason()).contains("retired", "2017");
    }

    @Test
    void provenanceIsKeptPerRow() {
        CatalogEntry<FunctionCode> e = C2020.require(f("21016"));
        assertThat(e.provenance()).containsEntry("confidence", "low").containsEntry("source", "recalled");
        assertThat(e.provenance().get("origin")).isEqualTo("dev/yusuan/codes/2020/functional.csv:165");
        CatalogEntry<DepartmentEconomicCode> d = C2021.require(DepartmentEconomicCode.parse("30311"));
        assertThat(d.provenance()).containsEntry("valid_from", "2021");
        assertThat(d.provenance().get("note")).contains("first documentary evidence");
    }

    @Test
    void completenessIsPerSchemeAndLevel() {
        assertThat(C2020.completeness(Scheme.FUNCTION, CodeLevel.CATEGORY)).isEqualTo(Completeness.COMPLETE);
        assertThat(C2020.completeness(Scheme.FUNCTION, CodeLevel.ITEM)).isEqualTo(Completeness.PARTIAL);
        assertThat(C2020.completeness(Scheme.REVENUE, CodeLevel.CATEGORY)).isEqualTo(Completeness.ABSENT);
        assertThatThrownBy(() -> C2020.completeness(Scheme.FUNCTION, CodeLevel.LOCAL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegistryLoadsEachEditionOnceAndRefusesUnknownYears() {
        assertThat(Catalogs.requireEdition(2020)).isSameAs(C2020);
        assertThat(Catalogs.edition(2020)).containsSame(C2020);
        assertThat(Catalogs.bundled().edition("2021")).containsSame(C2021);
        assertThat(Catalogs.latest()).isSameAs(C2021);
        assertThatThrownBy(() -> Catalogs.requireEdition(2017)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("no catalog edition for 2017").hasMessageContaining("2018, 2019, 2020, 2021");
        assertThatThrownBy(() -> CatalogRegistry.empty().latest()).isInstanceOf(CatalogException.class);
    }

    @Test
    void lookupsAreSafeFromManyThreads() throws Exception {
        List<FunctionCode> codes = C2020.entries(Scheme.FUNCTION).stream().map(e -> (FunctionCode) e.code()).collect(Collectors.toList());
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger misses = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    FunctionCode c = codes.get(i % codes.size());
                    if (!C2020.find(c).map(CatalogEntry::code).equals(Optional.of(c))) {
                        misses.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(misses.get()).isZero();
    }

    @Test
    void rejectsNulls() {
        NullPointerTester npt = new NullPointerTester()
                .setDefault(ClassificationCode.class, f("210"))
                .setDefault(FunctionCode.class, f("210"))
                .setDefault(DepartmentEconomicCode.class, DepartmentEconomicCode.parse("30101"))
                .setDefault(dev.yusuan.core.dimension.UnitType.class, dev.yusuan.core.dimension.UnitType.ADMINISTRATIVE)
                .setDefault(CapitalBlock.class, CapitalBlock.NONE)
                .setDefault(java.nio.file.Path.class, java.nio.file.Path.of("no-such-file.csv"))
                .setDefault(CodeCatalog.class, C2020)
                .setDefault(dev.yusuan.core.catalog.Edition.class, C2020.edition())
                .setDefault(Scheme.class, Scheme.FUNCTION)
                .setDefault(CodeLevel.class, CodeLevel.CATEGORY);
        npt.testAllPublicInstanceMethods(C2020);
        npt.testAllPublicInstanceMethods(C2020.correspondence());
        npt.testAllPublicInstanceMethods(Catalogs.crosswalk());
        npt.testAllPublicInstanceMethods(Catalogs.observations());
        npt.testAllPublicStaticMethods(StandardItems.class);
        npt.testAllPublicStaticMethods(StandardItem.class);
        npt.testAllPublicStaticMethods(CapitalBlock.class);
        npt.testAllPublicStaticMethods(CatalogLoader.class);
    }
}
