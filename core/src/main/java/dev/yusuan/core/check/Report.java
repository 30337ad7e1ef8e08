package dev.yusuan.core.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The findings of a check run over one statement (审核报告), in the order found. Immutable.
 */
public final class Report {
    private final List<Finding> findings;

    private Report(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * @param findings the findings
     * @return a report holding a copy of them
     */
    public static Report of(List<Finding> findings) {
        return new Report(List.copyOf(findings));
    }

    /** @return every finding, in the order found */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** @return the number of findings per severity, every severity present (ERROR, WARNING, INFO) */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, count(s));
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return whether any finding is an ERROR */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * @param filter which findings to keep
     * @return a report of the findings that pass
     */
    public Report filter(Predicate<Finding> filter) {
        Objects.requireNonNull(filter, "filter");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (filter.test(f)) {
                out.add(f);
            }
        }
        return new Report(List.copyOf(out));
    }

    /**
     * @param ruleId a rule id
     * @return the findings of that rule
     */
    public List<Finding> byRule(String ruleId) {
        return filter(f -> f.ruleId().equals(ruleId)).findings();
    }

    /**
     * Compares this report with an earlier one of the same statement: what was fixed, what is
     * new, what remains. Findings are matched by rule and location ({@link Finding#key()}).
     *
     * @param earlier the earlier report
     * @return the difference
     */
    public Diff diff(Report earlier) {
        Objects.requireNonNull(earlier, "earlier");
        Map<String, Finding> before = new LinkedHashMap<>();
        for (Finding f : earlier.findings) {
            before.putIfAbsent(f.key(), f);
        }
        Map<String, Finding> now = new LinkedHashMap<>();
        for (Finding f : findings) {
            now.putIfAbsent(f.key(), f);
        }
        List<Finding> fixed = new ArrayList<>();
        List<Finding> introduced = new ArrayList<>();
        List<Finding> remaining = new ArrayList<>();
        before.forEach((k, f) -> (now.containsKey(k) ? remaining : fixed).add(now.getOrDefault(k, f)));
        now.forEach((k, f) -> {
            if (!before.containsKey(k)) {
                introduced.add(f);
            }
        });
        return new Diff(fixed, introduced, remaining);
    }

    /**
     * The difference between two reports.
     *
     * @param fixed findings of the earlier report that are gone
     * @param introduced findings that are new
     * @param remaining findings present in both (as they are now)
     */
    public record Diff(List<Finding> fixed, List<Finding> introduced, List<Finding> remaining) {
        /** Copies. */
        public Diff {
            fixed = List.copyOf(fixed);
            introduced = List.copyOf(introduced);
            remaining = List.copyOf(remaining);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Report && ((Report) obj).findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    @Override
    public String toString() {
        return "Report" + counts() + findings;
    }
}
