package dev.yusuan.examples.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.derive.TableDeriver;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.ledger.Ledger;
import dev.yusuan.core.ledger.LedgerHeader;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.StatementSource;
import dev.yusuan.testing.Gen;
import dev.yusuan.testing.Gens;
import dev.yusuan.testing.junit.ForAll;
import dev.yusuan.testing.junit.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * User story: someone writing property-based tests of their own accounting invariants with
 * {@code yusuan-testing}. The invariants here are ours, not the library's: for any line-level
 * budget of an administrative unit,
 *
 * <ol>
 *   <li>converting its 部门 economic codes to 政府 codes (and adding up the lines that then share a
 *       key) keeps the total of every function 项, and puts 工资福利 (301) exactly into 机关工资福利
 *       (501);</li>
 *   <li>the standard tables derived from it pass the audit rules without an error.</li>
 * </ol>
 *
 * <p>The generator is written with {@link Gens}: a line is a function 项, a 部门 款 and an amount; the
 * 款 decides the spending type, as in real data. Failures shrink to a small ledger.
 */
class ConversionInvariantPropertyTest {
    private static final CodeCatalog CATALOG = Catalogs.requireEdition(2021);
    private static final List<String> ITEMS = List.of("2101501", "2101502", "2101504", "2101599", "2101101", "2080505", "2210201");
    private static final List<String> SECTIONS = List.of("30101", "30102", "30103", "30108", "30110", "30113", "30201", "30211",
            "30217", "30231", "31002");

    /** One generated line. */
    record Line(String function, String economic, FundSource source, long cents) {
        SpendingType type(boolean project) {
            if (project) {
                return SpendingType.PROJECT;
            }
            return economic.startsWith("301") || economic.startsWith("303") ? SpendingType.BASIC_PERSONNEL : SpendingType.BASIC_PUBLIC;
        }
    }

    static Gen<Line> lines() {
        return Gens.combine(Gens.elements(ITEMS), Gens.elements(SECTIONS),
                Gens.elements(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.OTHER),
                Gens.longs(1, 99_999_99), Line::new);
    }

    static Gen<List<Line>> budgets() {
        return Gens.lists(lines(), 1, 40);
    }

    static Ledger ledger(List<Line> lines) {
        LedgerHeader header = LedgerHeader.of(new ReportingEntity("性质测试", List.of()), 2021, Stage.BUDGET, AmountUnit.WAN_YUAN, 2);
        Map<String, Long> merged = new LinkedHashMap<>();
        Ledger.Builder b = Ledger.builder(header);
        for (Line l : lines) {
            boolean project = l.function().equals("2101502") || l.function().equals("2101504");
            String key = l.function() + "|" + l.economic() + "|" + l.source() + "|" + l.type(project);
            merged.merge(key, l.cents(), Math::addExact); // a ledger holds each key once
        }
        merged.forEach((key, cents) -> {
            String[] k = key.split("\\|");
            b.add(Integer.parseInt(k[0]), Integer.parseInt(k[1]), FundSource.valueOf(k[2]), SpendingType.valueOf(k[3]), -1, cents);
        });
        return b.build();
    }

    @Property(tries = 100)
    void conversionKeepsEveryFunctionTotal(@ForAll("budgets") List<Line> lines) {
        Ledger dept = ledger(lines);
        Ledger gov = dept.toGovernmentEconomic((code, type) -> CATALOG.correspondence().map(code, type).target(),
                UnitType.ADMINISTRATIVE);
        assertThat(gov.size()).as("lines that meet in one 政府 code are added up").isLessThanOrEqualTo(dept.size());
        for (String item : ITEMS) {
            FunctionCode f = FunctionCode.parse(item);
            assertThat(total(gov, f)).as(item).isEqualTo(total(dept, f));
        }
        assertThat(economicClass(gov, 501)).isEqualTo(economicClass(dept, 301));
        assertThat(gov.total()).isEqualTo(dept.total());
    }

    @Property(tries = 50)
    void derivedTablesPassTheAuditRules(@ForAll("budgets") List<Line> lines) {
        PublishedStatement derived = TableDeriver.of(ledger(lines)).withCatalog(CATALOG).deriveStatement(StatementSource.of("性质测试"));
        Report report = Validator.builder().catalog(CATALOG).build().validate(derived);
        assertThat(report.byRule("CODE-01")).isEmpty();
        assertThat(report.count(Severity.ERROR)).as(report.toString()).isZero();
    }

    private static Amount total(Ledger l, FunctionCode item) {
        Amount[] sum = {Amount.ZERO.withScale(2)};
        l.forEachLine((function, economic, source, type, unit, cents) -> {
            if (function == item.toInt()) {
                sum[0] = sum[0].plus(Amount.of(cents, 2));
            }
        });
        return sum[0];
    }

    private static Amount economicClass(Ledger l, int category) {
        Amount[] sum = {Amount.ZERO.withScale(2)};
        l.forEachLine((function, economic, source, type, unit, cents) -> {
            if (economic / 100 == category) {
                sum[0] = sum[0].plus(Amount.of(cents, 2));
            }
        });
        return sum[0];
    }
}
