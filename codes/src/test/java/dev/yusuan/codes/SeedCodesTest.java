package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every code printed in the five seed documents resolves in the edition of its year, or is
 * reported as a former name, a printed variant or an unknown code with a reason. The exact list of
 * everything that is not a clean match is pinned here, so that a change in the data shows.
 */
class SeedCodesTest {

    private static CodeResolution<?> resolve(SeedTexts.Printed p) {
        CodeCatalog catalog = Catalogs.requireEdition(p.year());
        return p.name().isEmpty() ? catalog.resolveAny(code(p.code())) : catalog.resolveAny(code(p.code()), p.name());
    }

    static ClassificationCode<?> code(String text) {
        switch (text.charAt(0)) {
            case '2':
                return FunctionCode.parse(text);
            case '3':
                return DepartmentEconomicCode.parse(text);
            case '5':
                return GovernmentEconomicCode.parse(text);
            default:
                throw new IllegalArgumentException(text);
        }
    }

    private static String shortName(String seed) {
        return seed.replace("-medical-insurance.txt", "").replaceAll("^\\d{4}-(budget|final-account)-", "");
    }

    @Test
    void theExtractorFindsTheCodesOfEverySeedWithTables() {
        List<SeedTexts.Printed> printed = SeedTexts.printedCodes();
        assertThat(printed.stream().map(SeedTexts.Printed::seed).distinct())
                .containsExactlyInAnyOrder("2020-budget-zhuzhou-medical-insurance.txt", "2021-final-account-liling-medical-insurance.txt",
                        "2020-budget-nanchong-medical-insurance.txt", "2020-budget-luoyang-medical-insurance.txt");
        // Zhengding prints narrative figures only: no code table
        assertThat(printed).noneMatch(p -> p.seed().contains("zhengding"));
        Set<String> codes = printed.stream().map(p -> p.year() + ":" + p.code()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).hasSize(198);
        assertThat(codes).contains("2020:2080505", "2020:3011201", "2020:50101", "2021:30311", "2021:2296013", "2020:2101550");
        // amounts and unit codes are not codes
        assertThat(codes).doesNotContain("2020:399", "2020:816", "2020:323002");
    }

    @Test
    void everyPrintedCodeResolvesOrIsReportedWithAReason() {
        List<String> notClean = new ArrayList<>();
        for (SeedTexts.Printed p : SeedTexts.printedCodes()) {
            CodeResolution<?> r = resolve(p);
            assertThat(r.reason()).as(p.toString()).isNotBlank();
            if (!r.isClean()) {
                notClean.add(shortName(p.seed()) + " " + p.year() + " " + p.code() + " '" + p.name() + "' " + r.status() + " " + r.nameMatch());
            }
        }
        assertThat(notClean).containsExactly(
                "zhuzhou 2020 3011202 '工伤保险' UNKNOWN NOT_CHECKED",
                "zhuzhou 2020 3011201 '生育保险' UNKNOWN NOT_CHECKED",
                "zhuzhou 2020 30240 '税金及附加' ACTIVE OBSERVED_VARIANT",
                "zhuzhou 2020 31001 '房屋建筑物购置' ACTIVE OBSERVED_VARIANT",
                "zhuzhou 2020 31007 '信息网络购建' ACTIVE FORMER_NAME",
                "zhuzhou 2020 30303 '退職（役）费' ACTIVE OBSERVED_VARIANT",
                "zhuzhou 2020 30307 '医疗费' ACTIVE FORMER_NAME",
                "nanchong 2020 30108 '机关事业单位基本养老保险' ACTIVE OBSERVED_VARIANT",
                "nanchong 2020 30299 '其他商品服务支出' ACTIVE OBSERVED_VARIANT",
                "nanchong 2020 50101 '工资津补贴' ACTIVE OBSERVED_VARIANT");
    }

    @Test
    void unknownCodesAreTheLocalSubItemsOfZhuzhouWithTheirReason() {
        CodeCatalog c2020 = Catalogs.requireEdition(2020);
        CodeResolution<DepartmentEconomicCode> r = c2020.resolve(DepartmentEconomicCode.parse("3011201"), "生育保险");
        assertThat(r.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(r.reason()).contains("local sub-item (地方细化) below 30112 其他社会保障缴费");
    }

    @Test
    void theLilingCodeReuseResolvesPerEdition() {
        DepartmentEconomicCode c30311 = DepartmentEconomicCode.parse("30311");
        assertThat(Catalogs.requireEdition(2021).resolve(c30311, "代缴社会保险费").isClean()).isTrue();
        CodeResolution<DepartmentEconomicCode> in2020 = Catalogs.requireEdition(2020).resolve(c30311, "代缴社会保险费");
        assertThat(in2020.status()).isEqualTo(ResolutionStatus.RETIRED);
        assertThat(in2020.entry().map(CatalogEntry::name)).contains("住房公积金");
        // documents of 2025 print 代缴社会保险费 for 30311, but that is the later meaning, not a variant of 住房公积金
        assertThat(in2020.nameMatch()).isEqualTo(NameMatch.DIFFERENT);
        assertThat(in2020.reason()).contains("had another meaning then");
        assertThat(Catalogs.requireEdition(2020).resolve(c30311, "住房公积金").nameMatch()).isEqualTo(NameMatch.EXACT);
    }

    @Test
    void categoryNamesPrintedWithoutCodesResolveByNameOrFormerName() {
        Set<String> headings = Set.of("基本支出", "项目支出", "本年支出", "政府性基金预算支出");
        List<String> report = new ArrayList<>();
        for (SeedTexts.Printed p : SeedTexts.printedCategoryNames()) {
            if (headings.contains(p.name())) {
                continue;
            }
            CodeCatalog c = Catalogs.requireEdition(p.year());
            List<CatalogEntry<?>> byName = c.findByName(dev.yusuan.core.code.Scheme.FUNCTION, p.name()).stream()
                    .filter(e -> e.level() == dev.yusuan.core.code.CodeLevel.CATEGORY).collect(Collectors.toList());
            if (!byName.isEmpty()) {
                assertThat(byName).as(p.name()).hasSize(1);
                continue;
            }
            List<CatalogEntry<?>> former = c.formerNameOf(p.name());
            report.add(shortName(p.seed()) + " " + p.name() + " → "
                    + (former.isEmpty() ? "UNKNOWN" : "former name of " + former.get(0).code() + " " + former.get(0).name()));
        }
        assertThat(report).containsExactly(
                "zhuzhou 文化体育与传媒支出 → former name of 207 文化旅游体育与传媒支出",
                "zhuzhou 医疗卫生与计划生育支出 → former name of 210 卫生健康支出",
                "zhuzhou 资源勘探信息等支出 → former name of 215 资源勘探工业信息等支出",
                "zhuzhou 国土海洋气象等支出 → former name of 220 自然资源海洋气象等支出",
                "nanchong 文化体育与传媒支出 → former name of 207 文化旅游体育与传媒支出",
                "nanchong 资源勘探信息等支出 → former name of 215 资源勘探工业信息等支出",
                "nanchong 国土海洋气象等支出 → former name of 220 自然资源海洋气象等支出",
                "nanchong 债务利息支出 → UNKNOWN");
    }
}
