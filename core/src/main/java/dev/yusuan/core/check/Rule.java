package dev.yusuan.core.check;

import dev.yusuan.core.table.PublishedStatement;

/**
 * One audit rule (审核规则). Rules report what they find through the {@link CheckContext}; they
 * never throw on an inconsistency. Implementations must be immutable and thread-safe: one rule
 * object checks many statements, possibly at once.
 */
public interface Rule {

    /** @return the rule's id, severity, scope and description */
    RuleInfo info();

    /**
     * Checks a statement, reporting findings to the context.
     *
     * @param statement the statement as published
     * @param context the options of this run and the place to report findings
     */
    void check(PublishedStatement statement, CheckContext context);
}
