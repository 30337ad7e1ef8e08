package dev.yusuan.core.check;

import dev.yusuan.core.money.Amount;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * One finding of the audit rules (审核发现): which rule, how serious, the outcome, where, the
 * numbers, and the cells that took part. Findings are values, so that two reports can be compared
 * (what a re-submission fixed, what is new).
 *
 * @param ruleId the stable id of the rule, e.g. {@code FN-HIER-01}
 * @param severity how serious
 * @param outcome exact, within rounding or broken
 * @param location where
 * @param expected what the value should be (arithmetic checks)
 * @param actual the printed value (arithmetic checks)
 * @param difference actual minus expected (arithmetic checks)
 * @param tolerance the tolerance applied (arithmetic checks)
 * @param cells the cells that took part
 * @param messageKey the key of the message in the rule messages bundle
 * @param messageArguments the arguments of the message, as text
 */
public record Finding(String ruleId, Severity severity, Outcome outcome, Location location,
        Optional<Amount> expected, Optional<Amount> actual, Optional<Amount> difference, Optional<Amount> tolerance,
        List<CellRef> cells, String messageKey, List<String> messageArguments) {

    static final String BUNDLE = "dev.yusuan.core.check.messages";

    /** Validates and copies. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(tolerance, "tolerance");
        cells = List.copyOf(cells);
        Objects.requireNonNull(messageKey, "messageKey");
        messageArguments = List.copyOf(messageArguments);
    }

    /**
     * A finding of an arithmetic check.
     *
     * @param ruleId the rule
     * @param severity how serious
     * @param location where
     * @param comparison the numbers
     * @param cells the cells that took part
     * @param messageKey the message key
     * @param messageArguments the message arguments (the numbers are appended by the message itself)
     * @return the finding
     */
    public static Finding ofComparison(String ruleId, Severity severity, Location location, Comparison comparison,
            List<CellRef> cells, String messageKey, List<String> messageArguments) {
        return new Finding(ruleId, severity, comparison.outcome(), location, Optional.of(comparison.expected()),
                Optional.of(comparison.actual()), Optional.of(comparison.difference()), Optional.of(comparison.tolerance()),
                cells, messageKey, messageArguments);
    }

    /**
     * The message in the given language. In a message pattern {@code {0}} is the location,
     * {@code {1}} expected, {@code {2}} actual, {@code {3}} difference, {@code {4}} tolerance, and
     * {@code {5}} onwards the message arguments. Chinese for {@link Locale#CHINESE} and any locale without
     * its own messages, English for {@link Locale#ENGLISH}.
     *
     * @param locale the language wanted
     * @return the message, naming the place and the numbers
     */
    public String message(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern = bundle.getString(messageKey);
        // at least ten slots, so that a pattern naming an argument this finding does not have prints nothing
        Object[] args = new Object[Math.max(10, messageArguments.size() + 5)];
        java.util.Arrays.fill(args, "");
        args[0] = location.describe();
        args[1] = expected.map(Amount::toString).orElse("");
        args[2] = actual.map(Amount::toString).orElse("");
        args[3] = difference.map(Amount::toString).orElse("");
        args[4] = tolerance.map(Amount::toString).orElse("");
        for (int i = 0; i < messageArguments.size(); i++) {
            args[5 + i] = messageArguments.get(i);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** @return the message in Chinese */
    public String message() {
        return message(Locale.CHINESE);
    }

    /** @return the identity of this finding for comparing reports: rule and location */
    public String key() {
        return ruleId + " @ " + location.table().orElse("") + "|" + location.tableNumber().orElse("") + "|"
                + location.row().orElse("") + "|" + location.rowNumber().orElse("") + "|" + location.column().orElse("");
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
