package dev.yusuan.examples.cli;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.codes.CodeCatalog;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.check.RuleSet;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.check.Validator;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.table.PublishedStatement;
import java.util.Locale;
import java.util.Optional;

/** Runs the validator as the commands do, and words its findings for people. */
final class Checks {
    private static final RuleSet RULES = RuleSet.standard();

    private Checks() {
    }

    /**
     * Validates a statement with the catalog edition of its year and that edition's correspondence
     * table, when the year has an edition.
     *
     * @param statement the statement
     * @param unitType the unit type to reconcile economic views for when the document does not say; may be null
     * @return the report
     */
    static Report validate(PublishedStatement statement, UnitType unitType) {
        Validator.Builder b = Validator.builder();
        Optional<CodeCatalog> catalog = Catalogs.edition(statement.year());
        if (catalog.isPresent()) {
            CodeCatalog cat = catalog.get();
            b.catalog(cat).mapping((code, type) -> cat.correspondence().map(code, type).target());
        }
        if (unitType != null) {
            b.unitType(unitType);
        }
        return b.build().validate(statement);
    }

    /** @return the edition id used for a year, or a note that there is none */
    static String editionOf(int year) {
        return Catalogs.edition(year).map(c -> "edition " + c.edition().id())
                .orElse("no catalog edition for " + year + ": codes and mappings not checked");
    }

    /**
     * One finding in a line: where, the numbers and the outcome; for a finding without numbers,
     * the rule's message.
     *
     * @param f the finding
     * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     * @return the line
     */
    static String describe(Finding f, Locale locale) {
        boolean zh = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        if (f.expected().isEmpty() || f.actual().isEmpty()) {
            return f.message(locale);
        }
        String where = f.location().describe();
        String exp = f.expected().get().toString();
        String act = f.actual().get().toString();
        String diff = f.difference().map(Object::toString).orElse("");
        String tol = f.tolerance().map(Object::toString).orElse("");
        if (zh) {
            String outcome = f.outcome() == Outcome.BROKEN ? "（超出尾差容限 " + tol + "）" : f.outcome() == Outcome.WITHIN_ROUNDING
                    ? "，在尾差容限 " + tol + " 以内" : "";
            return where + "：应为 " + exp + "，实为 " + act + "，相差 " + diff + outcome;
        }
        String outcome = f.outcome() == Outcome.BROKEN ? " (beyond the rounding tolerance " + tol + ")"
                : f.outcome() == Outcome.WITHIN_ROUNDING ? ", within the rounding tolerance " + tol : "";
        return where + ": parts add up to " + exp + ", printed " + act + ", difference " + diff + outcome;
    }

    /**
     * @param ruleId a rule id
     * @param locale the language
     * @return the rule's one-line description, empty if the rule is not a standard one
     */
    static String rule(String ruleId, Locale locale) {
        boolean zh = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return RULES.find(ruleId).map(r -> {
            RuleInfo i = r.info();
            return zh ? i.descriptionZh() : i.descriptionEn();
        }).orElse("");
    }

    /**
     * @param severity a severity
     * @param n how many
     * @return e.g. {@code 2 errors}
     */
    static String count(Severity severity, int n) {
        String word;
        switch (severity) {
            case ERROR:
                word = n == 1 ? "error" : "errors";
                break;
            case WARNING:
                word = n == 1 ? "warning" : "warnings";
                break;
            default:
                word = n == 1 ? "note" : "notes";
                break;
        }
        return n + " " + word;
    }

    /**
     * @param report a report
     * @return e.g. {@code 4 errors, 4 warnings, 0 notes}
     */
    static String counts(Report report) {
        return count(Severity.ERROR, report.count(Severity.ERROR)) + ", " + count(Severity.WARNING, report.count(Severity.WARNING))
                + ", " + count(Severity.INFO, report.count(Severity.INFO));
    }

    /**
     * @param statement a statement
     * @return one line: title — year stage, entity, tables
     */
    static String header(PublishedStatement statement) {
        return statement.source().title() + " — " + statement.year() + " " + statement.stage().chineseName() + ", "
                + statement.entity().name() + ", " + statement.tables().size() + " tables, " + statement.unit().chineseName();
    }
}
