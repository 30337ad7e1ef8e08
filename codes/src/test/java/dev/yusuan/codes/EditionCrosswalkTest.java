package dev.yusuan.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.money.Amount;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditionCrosswalkTest {
    private static final EditionCrosswalk X = Catalogs.crosswalk();

    private static FunctionCode f(String s) {
        return FunctionCode.parse(s);
    }

    private static DepartmentEconomicCode d(String s) {
        return DepartmentEconomicCode.parse(s);
    }

    @Test
    void renamesKeepTheCode() {
        CrosswalkResult<FunctionCode> r = X.map(f("210"), 2018, 2020);
        assertThat(r.outcome()).isEqualTo(CrosswalkOutcome.RENAMED);
        assertThat(r.target()).contains(f("210"));
        assertThat(r.explanation()).contains("医疗卫生与计划生育支出 → 卫生健康支出");
        assertThat(X.map(f("210"), 2019, 2021).outcome()).isEqualTo(CrosswalkOutcome.UNCHANGED);
        assertThat(X.map(f("2101501"), 2020, 2021).outcome()).isEqualTo(CrosswalkOutcome.UNCHANGED);
        // backward too
        assertThat(X.map(f("20805"), 2021, 2018).outcome()).isEqualTo(CrosswalkOutcome.RENAMED);
    }

    @Test
    void newCodesDoNotExistInTheEarlierEdition() {
        CrosswalkResult<FunctionCode> forward = X.map(f("224"), 2018, 2020);
        assertThat(forward.outcome()).isEqualTo(CrosswalkOutcome.NEW);
        assertThat(forward.targets()).isEmpty();
        CrosswalkResult<FunctionCode> backward = X.map(f("21015"), 2020, 2018);
        assertThat(backward.outcome()).isEqualTo(CrosswalkOutcome.NEW);
        assertThat(backward.target()).isEmpty();
        assertThat(X.map(f("234"), 2020, 2021).outcome()).isEqualTo(CrosswalkOutcome.UNCHANGED);
        // a code introduced after the source year is not a code of the source edition
        assertThat(X.map(f("224"), 2017, 2016).outcome()).isEqualTo(CrosswalkOutcome.NOT_IN_SOURCE);
        assertThat(X.map(f("224"), 2016, 2017).outcome()).isEqualTo(CrosswalkOutcome.NOT_IN_SOURCE);
        // the successor of a move or split starts with the change; the successor of a merge existed before
        assertThat(X.map(d("30113"), 2016, 2019).outcome()).isEqualTo(CrosswalkOutcome.NEW);
        assertThat(X.map(d("30108"), 2017, 2018).outcome()).isEqualTo(CrosswalkOutcome.NEW);
        assertThat(X.map(d("30102"), 2017, 2018).outcome()).isEqualTo(CrosswalkOutcome.UNCHANGED);
    }

    @Test
    void retiredCodesHaveNoTarget() {
        CrosswalkResult<FunctionCode> r = X.map(f("2040404"), 2017, 2020);
        assertThat(r.outcome()).isEqualTo(CrosswalkOutcome.RETIRED);
        assertThat(r.targets()).isEmpty();
        assertThat(X.map(f("2040404"), 2019, 2020).outcome()).isEqualTo(CrosswalkOutcome.NOT_IN_SOURCE);
    }

    @Test
    void anAmbiguousSplitIsReportedNeverGuessed() {
        CrosswalkResult<DepartmentEconomicCode> r = X.map(d("30104"), 2017, 2018);
        assertThat(r.outcome()).isEqualTo(CrosswalkOutcome.SPLIT);
        assertThat(r.isAmbiguous()).isTrue();
        assertThat(r.target()).isEmpty();
        assertThat(r.targets()).extracting(Object::toString).containsExactly("30108", "30109", "30110", "30111", "30112");
        // backward a split is a merge: every successor maps to the one former code
        CrosswalkResult<DepartmentEconomicCode> back = X.map(d("30109"), 2018, 2017);
        assertThat(back.outcome()).isEqualTo(CrosswalkOutcome.MERGED);
        assertThat(back.target()).contains(d("30104"));
    }

    @Test
    void mergesAndMoves() {
        assertThat(X.map(d("30312"), 2017, 2019).target()).contains(d("30102"));
        assertThat(X.map(d("30312"), 2017, 2019).outcome()).isEqualTo(CrosswalkOutcome.MERGED);
        // backward a merge is ambiguous: 30102 holds both 津贴补贴 and the former 提租补贴
        CrosswalkResult<DepartmentEconomicCode> back = X.map(d("30102"), 2019, 2017);
        assertThat(back.isAmbiguous()).isTrue();
        assertThat(back.targets()).extracting(Object::toString).containsExactly("30102", "30312");
        assertThat(X.map(d("30311"), 2017, 2019).outcome()).isEqualTo(CrosswalkOutcome.MOVED);
        assertThat(X.map(d("30311"), 2017, 2019).target()).contains(d("30113"));
        assertThat(X.map(d("30113"), 2019, 2017).target()).contains(d("30311"));
    }

    @Test
    void aReusedCodeIsReported() {
        CrosswalkResult<DepartmentEconomicCode> r = X.map(d("30311"), 2017, 2021);
        assertThat(r.outcome()).isEqualTo(CrosswalkOutcome.REUSED);
        assertThat(r.target()).contains(d("30113"));
        assertThat(r.explanation()).contains("代缴社会保险费");
        CrosswalkResult<DepartmentEconomicCode> back = X.map(d("30311"), 2021, 2017);
        assertThat(back.outcome()).isEqualTo(CrosswalkOutcome.REUSED);
        assertThat(back.targets()).isEmpty();
        assertThat(X.map(d("30311"), 2019, 2021).outcome()).isEqualTo(CrosswalkOutcome.NOT_IN_SOURCE);
    }

    @Test
    void changesOfUnverifiedYearAreNotAppliedButReported() {
        CrosswalkResult<DepartmentEconomicCode> r = X.map(d("39906"), 2021, 2023);
        assertThat(r.outcome()).isEqualTo(CrosswalkOutcome.UNCHANGED);
        assertThat(r.isUncertain()).isTrue();
        assertThat(r.explanation()).contains("not applied, edition not verified");
        assertThat(X.map(d("39906"), 2018, 2021).isUncertain()).isFalse();
        assertThat(X.map(f("21305"), 2021, 2022).isUncertain()).isTrue();
    }

    @Test
    void aTablesRowsMapExactlyAndSplitsStayUnallocated() {
        Map<DepartmentEconomicCode, Amount> y2017 = new LinkedHashMap<>();
        y2017.put(d("30102"), Amount.parse("100.10"));
        y2017.put(d("30312"), Amount.parse("5.5"));
        y2017.put(d("30311"), Amount.parse("20"));
        y2017.put(d("30104"), Amount.parse("30.25"));
        y2017.put(d("30101"), Amount.parse("200"));
        CrosswalkTable<DepartmentEconomicCode> t = X.mapAmounts(y2017, 2017, 2019);
        assertThat(t.isComplete()).isFalse();
        assertThat(t.mapped().keySet()).extracting(Object::toString).containsExactly("30101", "30102", "30113");
        assertThat(t.mapped().get(d("30102")).toString()).isEqualTo("105.60");
        assertThat(t.mapped().get(d("30113")).toString()).isEqualTo("20");
        assertThat(t.unresolved()).containsOnlyKeys(d("30104"));
        assertThat(t.results().get(d("30104")).isAmbiguous()).isTrue();
    }

    @Test
    void historyAndChangesPerEdition() {
        assertThat(X.history(d("30311"))).extracting(CodeChange::kind).containsExactly(ChangeKind.MOVE, ChangeKind.REUSE);
        assertThat(X.history(d("30113"))).extracting(CodeChange::kind).containsExactly(ChangeKind.MOVE);
        assertThat(X.changes(Scheme.FUNCTION, 2019)).extracting(c -> c.code().toString())
                .containsExactly("207", "210", "215", "220", "224", "21001", "21015", "2040410");
        assertThat(X.changes(Scheme.FUNCTION, 2020)).extracting(c -> c.code().toString()).containsExactly("234", "20805");
    }

    /** The crosswalk and the bundled editions tell the same story. */
    @Test
    void theCrosswalkAgreesWithTheBundledEditions() {
        for (CodeChange c : X.changes()) {
            if (c.editionFrom().isEmpty()) {
                continue;
            }
            int from = c.editionFrom().getAsInt();
            for (CodeCatalog cat : Catalogs.bundled().years().stream().map(Catalogs::requireEdition).toList()) {
                int year = cat.edition().year();
                if (cat.completeness(c.scheme(), c.code().level()) == Completeness.ABSENT) {
                    continue;
                }
                Optional<CatalogEntry<?>> e = cat.findAny(c.code());
                String what = c.describe() + " vs edition " + year;
                switch (c.kind()) {
                    case RENAME:
                        if (year >= from && e.isPresent()) {
                            assertThat(e.get().name()).as(what).isEqualTo(c.newName().orElseThrow());
                            assertThat(e.get().formerNames()).as(what).contains(c.oldName().orElseThrow());
                        }
                        break;
                    case NEW:
                    case REUSE:
                        if (year < from) {
                            assertThat(e.filter(x -> x.status() == EntryStatus.ACTIVE)).as(what).isEmpty();
                        } else if (e.isPresent()) {
                            assertThat(e.get().name()).as(what).isEqualTo(c.newName().orElseThrow());
                        }
                        break;
                    default:
                        boolean restarted = X.history(c.code()).stream().anyMatch(o -> o.code().equals(c.code()) && o.kind().startsCode()
                                && o.editionFrom().isPresent() && o.editionFrom().getAsInt() > from && o.editionFrom().getAsInt() <= year);
                        if (year >= from && !restarted) {
                            assertThat(e.filter(x -> x.status() == EntryStatus.ACTIVE)).as(what).isEmpty();
                            for (ClassificationCode<?> s : c.successors()) {
                                assertThat(cat.findAny(s)).as(what + ": successor " + s).isPresent();
                            }
                        }
                        break;
                }
            }
        }
    }

    @Test
    void badCrosswalkFilesNameTheLine() {
        String header = "scheme,code,edition_from,not_before,change,old_name,new_name,successors,source,note\n";
        assertThatThrownBy(() -> EditionCrosswalk.fromCsv("x.csv", (header + "function,210,,,rename,a,b,,,\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogException.class).hasMessageContaining("x.csv:2").hasMessageContaining("edition_from");
        assertThatThrownBy(() -> EditionCrosswalk.fromCsv("x.csv", (header + "function,210,2019,,split,a,,21001,,\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogException.class).hasMessageContaining("at least two successors");
        assertThatThrownBy(() -> EditionCrosswalk.fromCsv("x.csv", (header + "economic-dept,210,2019,,new,,b,,,\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogException.class).hasMessageContaining("bad code");
        assertThatThrownBy(() -> EditionCrosswalk.fromCsv("x.csv", (header + "function,210,2019,,renamed,a,b,,,\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogException.class).hasMessageContaining("change 'renamed'");
    }
}
