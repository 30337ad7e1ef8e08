package dev.yusuan.core.check;

import dev.yusuan.core.BudgetException;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.table.TableKind;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule is (规则说明): a stable id, the severity of a break, the table kinds and stages it
 * applies to, a one-line description in Chinese and English, and whether it is declared as data or
 * implemented in code.
 *
 * @param id the stable id, e.g. {@code FN-HIER-01}
 * @param severity the severity of a broken check (a difference within rounding is always {@link Severity#INFO})
 * @param kinds the table kinds it applies to; empty means every standard kind (not {@link TableKind#OTHER})
 * @param stages the stages it applies to; empty means every stage
 * @param descriptionZh the description in Chinese
 * @param descriptionEn the description in English
 * @param origin whether the rule is declared as data or implemented in code
 */
public record RuleInfo(String id, Severity severity, Set<TableKind> kinds, Set<Stage> stages, String descriptionZh,
        String descriptionEn, Origin origin) {

    /** Where a rule comes from. */
    public enum Origin {
        /** An arithmetic identity declared in a rules file. */
        DATA,
        /** A check implemented in Java (hierarchy walks, catalogs, mappings, cross-table checks). */
        CODE
    }

    /** Validates and copies. */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        kinds = Set.copyOf(kinds);
        stages = Set.copyOf(stages);
        Objects.requireNonNull(descriptionZh, "descriptionZh");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(origin, "origin");
        if (!id.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw new BudgetException("rule id '" + id + "' must be upper-case letters, digits and '-'");
        }
    }

    /**
     * @param kind a table kind
     * @return whether the rule applies to tables of that kind; a rule for every kind (empty
     *     {@link #kinds()}) does not apply to {@link TableKind#OTHER}, which is held but not checked
     *     unless a rule names it
     */
    public boolean appliesTo(TableKind kind) {
        return kinds.isEmpty() ? kind != TableKind.OTHER : kinds.contains(kind);
    }

    /**
     * @param stage a stage
     * @return whether the rule applies to statements of that stage
     */
    public boolean appliesTo(Stage stage) {
        return stages.isEmpty() || stages.contains(stage);
    }
}
