package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StandardItemsTest {

    @Test
    void theStandardSuffixes() {
        assertThat(StandardItems.all()).extracting(StandardItem::suffix).containsExactly("01", "02", "03", "50", "99");
        assertThat(StandardItems.of(FunctionCode.parse("2101501"))).contains(StandardItem.ADMINISTRATIVE_OPERATION);
        assertThat(StandardItems.of(FunctionCode.parse("2101550"))).contains(StandardItem.INSTITUTION_OPERATION);
        assertThat(StandardItems.of(FunctionCode.parse("2101505"))).isEmpty();
        assertThat(StandardItems.of(FunctionCode.parse("21015"))).isEmpty();
        assertThat(StandardItem.GENERAL_ADMINISTRATION.chineseName()).isEqualTo("一般行政管理事务");
        assertThat(StandardItem.ORGANIZATION_SERVICES.chineseName()).isEqualTo("机关服务");
        assertThat(StandardItem.OTHER.usualName("医疗保障管理事务")).isEqualTo("其他医疗保障管理事务支出");
        assertThat(StandardItem.OTHER.usualName("行政事业单位养老支出")).isEqualTo("其他行政事业单位养老支出");
        assertThat(StandardItem.OTHER.matches("财政对其他基本医疗保险基金的补助")).isTrue();
        assertThat(StandardItem.ADMINISTRATIVE_OPERATION.matches("行政 运行")).isTrue();
        assertThat(StandardItem.ADMINISTRATIVE_OPERATION.matches("行政单位医疗")).isFalse();
    }

    @Test
    void theMeaningsHoldOnlyInAdministrativeSections() {
        CodeCatalog c = Catalogs.requireEdition(2020);
        assertThat(StandardItems.appliesIn(c, FunctionCode.parse("21015"))).isTrue();
        assertThat(StandardItems.appliesIn(c, FunctionCode.parse("20101"))).isTrue();
        assertThat(StandardItems.appliesIn(c, FunctionCode.parse("21011"))).isFalse(); // 01 is 行政单位医疗
        assertThat(StandardItems.appliesIn(c, FunctionCode.parse("20103"))).isFalse(); // 项 not in the partial edition
        assertThatThrownBy(() -> StandardItems.appliesIn(c, FunctionCode.parse("210"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** In every administrative 款 of the bundled editions, the standard suffixes carry the standard names. */
    @ParameterizedTest
    @ValueSource(ints = {2020, 2021})
    void theBundledDataAgreesWithTheStandardMeanings(int year) {
        CodeCatalog c = Catalogs.requireEdition(year);
        List<String> checked = new ArrayList<>();
        for (CatalogEntry<?> e : c.entries(Scheme.FUNCTION)) {
            FunctionCode code = (FunctionCode) e.code();
            if (code.level() != CodeLevel.ITEM || e.status() != EntryStatus.ACTIVE) {
                continue;
            }
            FunctionCode section = code.atLevel(CodeLevel.SECTION);
            StandardItems.of(code).ifPresent(s -> {
                if (StandardItems.appliesIn(c, section)) {
                    assertThat(s.matches(e.name())).as("%s %s", code, e.name()).isTrue();
                    checked.add(code.toString());
                }
            });
        }
        assertThat(checked).contains("2010101", "2010102", "2010103", "2010150", "2010199", "2100101", "2101501", "2101550", "2101599")
                .hasSize(14);
    }
}
