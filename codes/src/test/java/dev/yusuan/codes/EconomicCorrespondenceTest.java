package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EconomicCorrespondenceTest {
    private static final EconomicCorrespondence T2020 = Catalogs.requireEdition(2020).correspondence();

    private static DepartmentEconomicCode d(String s) {
        return DepartmentEconomicCode.parse(s);
    }

    private static String target(MappingResult r) {
        return r.target().map(Object::toString).orElse("none");
    }

    @Test
    void theTargetDependsOnTheUnitType() {
        assertThat(target(T2020.map(d("30101"), UnitType.ADMINISTRATIVE))).isEqualTo("50101");
        assertThat(target(T2020.map(d("30101"), UnitType.CIVIL_SERVICE_INSTITUTION))).isEqualTo("50101");
        assertThat(target(T2020.map(d("30101"), UnitType.INSTITUTION))).isEqualTo("50501");
        assertThat(target(T2020.map(d("30101"), UnitType.ENTERPRISE))).isEqualTo("none");
        assertThat(target(T2020.map(d("30201"), UnitType.ADMINISTRATIVE))).isEqualTo("50201");
        assertThat(target(T2020.map(d("30201"), UnitType.INSTITUTION))).isEqualTo("50502");
        // 303, 307, 399 map the same for every unit type
        for (UnitType u : UnitType.values()) {
            assertThat(target(T2020.map(d("30302"), u))).isEqualTo("50905");
            assertThat(target(T2020.map(d("30701"), u))).isEqualTo("51101");
            assertThat(target(T2020.map(d("39907"), u))).isEqualTo("59907");
        }
    }

    @Test
    void capitalSpendingSplitsByBlock() {
        assertThat(CapitalBlock.of(d("30902"))).isEqualTo(CapitalBlock.BASIC_CONSTRUCTION);
        assertThat(CapitalBlock.of(d("31002"))).isEqualTo(CapitalBlock.OTHER_CAPITAL);
        assertThat(CapitalBlock.of(d("30201"))).isEqualTo(CapitalBlock.NONE);
        // 309 basic construction → 504 (机关) / 50602 (事业单位); 310 → 503 / 50601
        assertThat(target(T2020.map(d("30902"), UnitType.ADMINISTRATIVE, CapitalBlock.BASIC_CONSTRUCTION))).isEqualTo("50404");
        assertThat(target(T2020.map(d("31002"), UnitType.ADMINISTRATIVE, CapitalBlock.OTHER_CAPITAL))).isEqualTo("50306");
        assertThat(target(T2020.map(d("30902"), UnitType.INSTITUTION))).isEqualTo("50602");
        assertThat(target(T2020.map(d("31002"), UnitType.INSTITUTION))).isEqualTo("50601");
        MappingResult wrong = T2020.map(d("31002"), UnitType.ADMINISTRATIVE, CapitalBlock.BASIC_CONSTRUCTION);
        assertThat(wrong.isMapped()).isFalse();
        assertThat(wrong.reason()).contains("capital block 310", "not 309");
        assertThat(T2020.map(d("30201"), UnitType.ADMINISTRATIVE, CapitalBlock.NONE).isMapped()).isTrue();
    }

    @Test
    void localSubItemsRollUpToTheirSection() {
        MappingResult r = T2020.map(d("3011201"), UnitType.ADMINISTRATIVE);
        assertThat(r.mappedCode()).isEqualTo(d("30112"));
        assertThat(target(r)).isEqualTo("50102");
        assertThat(r.reason()).contains("rolls up to its 款 30112");
        Map<DepartmentEconomicCode, Amount> zhuzhou = new LinkedHashMap<>();
        zhuzhou.put(d("3011201"), Amount.parse("3.06"));
        zhuzhou.put(d("30108"), Amount.parse("67.75"));
        zhuzhou.put(d("30110"), Amount.parse("34.95"));
        MappedAmounts m = T2020.mapAmounts(zhuzhou, UnitType.ADMINISTRATIVE);
        assertThat(m.amounts()).hasSize(1);
        assertThat(m.amounts().values().iterator().next().toString()).isEqualTo("105.76");
    }

    @Test
    void categoriesAndUnknownCodesAreReportedNotDropped() {
        Map<DepartmentEconomicCode, Amount> in = new LinkedHashMap<>();
        in.put(d("301"), Amount.parse("224.12"));
        in.put(d("30107"), Amount.parse("10"));
        in.put(d("30101"), Amount.parse("1.5"));
        MappedAmounts m = T2020.mapAmounts(in, UnitType.ADMINISTRATIVE);
        assertThat(m.isComplete()).isFalse();
        assertThat(m.unmapped().keySet()).extracting(Object::toString).containsExactly("301", "30107");
        assertThat(m.reasons().get(d("301"))).contains("is a 类");
        assertThat(m.reasons().get(d("30107"))).contains("no official row for 30107 绩效工资", "it has rows for 事业单位");
        assertThat(T2020.map(d("30311"), UnitType.ADMINISTRATIVE).reason()).contains("is not a 款 of edition 2020");
    }

    @Test
    void rowsInferredByAnalogyAreFlagged() {
        EconomicCorrespondence t2021 = Catalogs.requireEdition(2021).correspondence();
        MappingResult r = t2021.map(d("30311"), UnitType.ADMINISTRATIVE);
        assertThat(target(r)).isEqualTo("50901");
        assertThat(r.isByAnalogy()).isTrue();
        assertThat(r.reason()).contains("verify");
        MappedAmounts m = t2021.mapAmounts(Map.of(d("30311"), Amount.parse("165.10")), UnitType.ADMINISTRATIVE);
        assertThat(m.byAnalogy()).containsExactly(d("30311"));
    }

    @Test
    void officialAndObservedRowsAreKeptApart() {
        MappingResult r = T2020.map(d("30199"), UnitType.ADMINISTRATIVE);
        assertThat(r.official().orElseThrow().kind()).isEqualTo(MappingKind.OFFICIAL);
        assertThat(target(r)).isEqualTo("50199");
        assertThat(r.disagreements()).hasSize(1);
        assertThat(r.disagreements().get(0).government().toString()).isEqualTo("50101");
        assertThat(r.disagreements().get(0).source()).contains("luoyang");
        assertThat(T2020.officialRows()).noneMatch(x -> x.kind() == MappingKind.OBSERVED);
        assertThat(T2020.observedRows()).allMatch(x -> x.kind() == MappingKind.OBSERVED).isNotEmpty();
        assertThat(T2020.officialRows().size() + T2020.observedRows().size()).isEqualTo(T2020.rows().size());
    }

    /** Luoyang prints its own mapping table; one pair differs from the official table: a finding, not an error. */
    @Test
    void luoyangsPrintedMappingDiffersFromTheOfficialTableInOnePair() {
        String text = SeedTexts.text("2020-budget-luoyang-medical-insurance.txt");
        Matcher m = Pattern.compile("(?m)^(?:30[12])?\\t(3\\d{4})\\t[^\\t]+\\t5\\d{2}\\t(5\\d{4})\\t").matcher(text);
        List<String> pairs = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        while (m.find()) {
            pairs.add(m.group(1) + "→" + m.group(2));
            String official = target(T2020.map(d(m.group(1)), UnitType.ADMINISTRATIVE));
            if (!official.equals(m.group(2))) {
                differ.add(m.group(1) + " printed " + m.group(2) + ", official " + official);
            }
        }
        assertThat(pairs).hasSize(15);
        assertThat(differ).containsExactly("30199 printed 50101, official 50199");
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> T2020.map(null, UnitType.ADMINISTRATIVE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> T2020.map(d("30101"), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> T2020.map(d("30101"), UnitType.ADMINISTRATIVE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> T2020.mapAmounts(null, UnitType.ADMINISTRATIVE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> T2020.unmapped(null)).isInstanceOf(NullPointerException.class);
    }
}
