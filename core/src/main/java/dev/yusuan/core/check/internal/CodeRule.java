package dev.yusuan.core.check.internal;

import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.check.CheckContext;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Location;
import dev.yusuan.core.check.Outcome;
import dev.yusuan.core.check.Rule;
import dev.yusuan.core.check.RuleInfo;
import dev.yusuan.core.check.Severity;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.table.PublishedStatement;
import dev.yusuan.core.table.PublishedTable;
import dev.yusuan.core.table.Row;
import dev.yusuan.core.table.RowKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codes against a catalog edition and the code order of a table (科目核对): a code exists in the
 * edition (an unknown code is an error, or a warning at a level the edition declares incomplete),
 * its printed name matches (a known former name and any other name are warnings), and it is
 * printed under its parent.
 */
public final class CodeRule implements Rule {

    /** Which code check. */
    public enum Check {
        /** The code exists in the edition. */
        EXISTS,
        /** The printed name is a former name of the code. */
        FORMER_NAME,
        /** The printed name is neither the current nor a former name. */
        NAME,
        /** The code is printed under its parent in the table's order. */
        PARENT
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "^(其中[:：]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十百]+[、.．]|\\d+[、.．])");

    private final RuleInfo info;
    private final Check check;

    /**
     * @param info the rule's description
     * @param check which check
     */
    public CodeRule(RuleInfo info, Check check) {
        this.info = info;
        this.check = check;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(PublishedStatement statement, CheckContext context) {
        if (check != Check.PARENT && context.catalog().isEmpty()) {
            return;
        }
        for (PublishedTable table : statement.tables()) {
            if (!info.appliesTo(table.kind())) {
                continue;
            }
            for (Grid grid : Grid.of(table)) {
                if (check == Check.PARENT) {
                    parents(table, grid, context);
                } else {
                    Set<RowKey> seen = new HashSet<>();
                    for (Row row : grid.rows()) {
                        if (row.key().classificationCode().isPresent() && seen.add(row.key())) {
                            catalog(table, row, context.catalog().orElseThrow(), context);
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void catalog(PublishedTable table, Row row, Catalog catalog, CheckContext context) {
        ClassificationCode code = row.key().classificationCode().orElseThrow();
        if (code.level() == CodeLevel.LOCAL) {
            return; // a local sub-item is not in a national edition; it rolls up to its 款
        }
        Optional<CatalogEntry> entry = catalog.find(code);
        Location where = CheckContext.locate(table, row);
        String edition = catalog.edition().id();
        if (entry.isEmpty()) {
            if (check == Check.EXISTS) {
                boolean complete = catalog.completeness(code.scheme(), code.level()) == Completeness.COMPLETE;
                report(context, complete ? info.severity() : Severity.WARNING, where,
                        complete ? "code.unknown" : "code.unknown.partial", List.of(code.toString(), edition));
            }
            return;
        }
        String printed = normalise(row.label());
        String official = normalise(entry.get().name());
        if (printed.isEmpty() || printed.equals(official)) {
            return;
        }
        boolean former = false;
        for (Object n : entry.get().formerNames()) {
            if (normalise((String) n).equals(printed)) {
                former = true;
            }
        }
        if (check == Check.FORMER_NAME && former) {
            report(context, info.severity(), where, "code.former-name", List.of(code.toString(), row.label(), edition, entry.get().name()));
        } else if (check == Check.NAME && !former) {
            report(context, info.severity(), where, "code.name-mismatch", List.of(code.toString(), row.label(), edition, entry.get().name()));
        }
    }

    /** A printed name without its list numbering, spaces, and with full-width brackets. */
    static String normalise(String label) {
        String s = label.strip().replaceAll("\\s+", "");
        s = NUMBERING.matcher(s).replaceFirst("");
        s = s.replace('(', '（').replace(')', '）');
        // summary tables often print a 类 without its trailing 支出 (一般公共服务 for 一般公共服务支出)
        return s.endsWith("支出") && s.length() > 2 ? s.substring(0, s.length() - 2) : s;
    }

    private void parents(PublishedTable table, Grid grid, CheckContext context) {
        Set<RowKey> present = new HashSet<>();
        for (Row r : grid.rows()) {
            present.add(r.key());
        }
        Deque<RowKey> stack = new ArrayDeque<>();
        for (Row row : grid.rows()) {
            RowKey key = row.key();
            if (key.classificationCode().isEmpty()) {
                continue;
            }
            while (!stack.isEmpty() && !isAncestor(stack.peek(), key)) {
                stack.pop();
            }
            Optional<RowKey> nearest = nearestPresentAncestor(key, present);
            if (nearest.isPresent() && (stack.isEmpty() || !stack.peek().equals(nearest.get()))) {
                // the code's nearest printed ancestor is not the row it is printed under
                report(context, info.severity(), CheckContext.locate(table, row), "code.parent",
                        List.of(key.value(), nearest.get().value()));
            }
            stack.push(key);
        }
    }

    private static boolean isAncestor(RowKey a, RowKey k) {
        Optional<RowKey> p = k.parent();
        while (p.isPresent()) {
            if (p.get().equals(a)) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    private static Optional<RowKey> nearestPresentAncestor(RowKey k, Set<RowKey> present) {
        Optional<RowKey> p = k.parent();
        while (p.isPresent()) {
            if (present.contains(p.get())) {
                return p;
            }
            p = p.get().parent();
        }
        return Optional.empty();
    }

    private void report(CheckContext context, Severity severity, Location where, String key, List<String> args) {
        context.report(new Finding(info.id(), severity, Outcome.BROKEN, where, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), key, args));
    }
}
