package dev.yusuan.core.check;

import dev.yusuan.core.BudgetException;

/**
 * Thrown when a declared rule cannot be read (规则定义错误): a malformed line of an identities file,
 * an unknown table kind, role, column or line id, or two rules with one id. The message names the
 * file and line.
 */
public final class RuleDefinitionException extends BudgetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and where (file:line)
     * @param cause the underlying failure, or null
     */
    public RuleDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
