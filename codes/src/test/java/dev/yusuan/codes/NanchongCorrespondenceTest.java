package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Nanchong 医疗保障局 2020 budget, 一般公共预算基本支出预算表: the 部门经济分类 table mapped with the
 * correspondence table for an administrative unit equals the printed 政府经济分类 table exactly.
 */
class NanchongCorrespondenceTest {

    /** 一般公共预算基本支出预算表(部门经济分类科目), the 款 rows as printed (万元). */
    static Map<DepartmentEconomicCode, Amount> departmentTable() {
        Map<DepartmentEconomicCode, Amount> m = new LinkedHashMap<>();
        put(m, "30101", "93.72"); // 基本工资
        put(m, "30102", "59.96"); // 津贴补贴
        put(m, "30103", "7.81"); // 奖金
        put(m, "30108", "25.84"); // 机关事业单位基本养老保险
        put(m, "30110", "17.41"); // 职工基本医疗保险缴费
        put(m, "30113", "19.38"); // 住房公积金
        put(m, "30201", "1"); // 办公费
        put(m, "30204", "0.05"); // 手续费
        put(m, "30205", "0.3"); // 水费
        put(m, "30206", "1"); // 电费
        put(m, "30211", "1"); // 差旅费
        put(m, "30217", "3"); // 公务接待费
        put(m, "30228", "6.44"); // 工会经费
        put(m, "30229", "2.34"); // 福利费
        put(m, "30239", "17.71"); // 其他交通费用
        put(m, "30299", "22.75"); // 其他商品服务支出
        return m;
    }

    private static void put(Map<DepartmentEconomicCode, Amount> m, String code, String amount) {
        m.put(DepartmentEconomicCode.parse(code), Amount.parse(amount));
    }

    /** 一般公共预算基本支出预算表(政府经济分类科目), the 款 rows as printed. */
    static Map<GovernmentEconomicCode, Amount> governmentTable() {
        Map<GovernmentEconomicCode, Amount> m = new TreeMap<>();
        m.put(GovernmentEconomicCode.parse("50101"), Amount.parse("161.49")); // 工资津补贴
        m.put(GovernmentEconomicCode.parse("50102"), Amount.parse("43.25")); // 社会保障缴费
        m.put(GovernmentEconomicCode.parse("50103"), Amount.parse("19.38")); // 住房公积金
        m.put(GovernmentEconomicCode.parse("50201"), Amount.parse("29.84")); // 办公经费
        m.put(GovernmentEconomicCode.parse("50206"), Amount.parse("3")); // 公务接待费
        m.put(GovernmentEconomicCode.parse("50299"), Amount.parse("22.75")); // 其他商品和服务支出
        return m;
    }

    @Test
    void theDepartmentTableMapsExactlyOntoThePrintedGovernmentTable() {
        EconomicCorrespondence table = Catalogs.requireEdition(2020).correspondence();
        MappedAmounts mapped = table.mapAmounts(departmentTable(), UnitType.ADMINISTRATIVE);
        assertThat(mapped.isComplete()).isTrue();
        assertThat(mapped.byAnalogy()).isEmpty();
        Map<GovernmentEconomicCode, Amount> expected = governmentTable();
        assertThat(mapped.amounts().keySet()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<GovernmentEconomicCode, Amount> e : expected.entrySet()) {
            Amount got = mapped.get(e.getKey()).orElseThrow();
            assertThat(got.isEqualTo(e.getValue())).as("%s: mapped %s, printed %s", e.getKey(), got, e.getValue()).isTrue();
        }
        assertThat(mapped.amounts().values().stream().map(Amount::toString))
                .containsExactly("161.49", "43.25", "19.38", "29.84", "3", "22.75");
    }

    @Test
    void theTotalsAgreeWithThePrintedSubtotals() {
        MappedAmounts mapped = Catalogs.requireEdition(2020).correspondence().mapAmounts(departmentTable(), UnitType.ADMINISTRATIVE);
        Amount wages = mapped.amounts().entrySet().stream().filter(e -> e.getKey().toString().startsWith("501"))
                .map(Map.Entry::getValue).reduce(Amount.ZERO, Amount::plus);
        Amount goods = mapped.amounts().entrySet().stream().filter(e -> e.getKey().toString().startsWith("502"))
                .map(Map.Entry::getValue).reduce(Amount.ZERO, Amount::plus);
        assertThat(wages.toString()).isEqualTo("224.12"); // 501 机关工资福利支出 as printed
        assertThat(goods.toString()).isEqualTo("55.59"); // 502 机关商品和服务支出 as printed
    }

    @Test
    void theTableServesTheAuditRulesThroughCoresInterface() {
        dev.yusuan.core.ledger.EconomicMapping m = Catalogs.requireEdition(2020).correspondence().toEconomicMapping();
        assertThat(m.map(DepartmentEconomicCode.parse("30103"), UnitType.ADMINISTRATIVE)).contains(GovernmentEconomicCode.parse("50101"));
        assertThat(m.map(DepartmentEconomicCode.parse("3011201"), UnitType.ADMINISTRATIVE)).contains(GovernmentEconomicCode.parse("50102"));
        assertThat(m.map(DepartmentEconomicCode.parse("30107"), UnitType.ADMINISTRATIVE)).isEmpty();
        assertThat(m.map(DepartmentEconomicCode.parse("30199"), UnitType.ADMINISTRATIVE)).contains(GovernmentEconomicCode.parse("50199"));
    }

    @Test
    void aPublicInstitutionWouldPrintOtherCodes() {
        MappedAmounts mapped = Catalogs.requireEdition(2020).correspondence().mapAmounts(departmentTable(), UnitType.INSTITUTION);
        assertThat(mapped.amounts().keySet()).extracting(Object::toString).containsExactly("50501", "50502");
        assertThat(mapped.get(GovernmentEconomicCode.parse("50501")).orElseThrow().toString()).isEqualTo("224.12");
        assertThat(mapped.get(GovernmentEconomicCode.parse("50502")).orElseThrow().toString()).isEqualTo("55.59");
    }
}
