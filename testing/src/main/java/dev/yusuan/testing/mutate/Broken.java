package dev.yusuan.testing.mutate;

import dev.yusuan.core.check.CellRef;
import dev.yusuan.core.check.Finding;
import dev.yusuan.core.check.Report;
import dev.yusuan.core.check.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A consistent value and the same value with exactly one invariant broken (被破坏的报表): what
 * was done ({@link Mutation}), which {@link Invariant} it breaks, where, and a sentence saying
 * so.
 *
 * @param <T> the type of the value, e.g. {@link dev.yusuan.core.table.PublishedStatement}
 * @param original the consistent value
 * @param broken the value with the invariant broken
 * @param mutation what was done
 * @param location the cell (or row) that was changed, dropped or moved, as located in the
 *     original
 * @param reportAt the cells (or rows) of the broken value that a validator should name: any one
 *     of them in an ERROR finding counts
 * @param description what was broken, e.g. "changed 部门支出总表 function:2101501 / total from
 *     12.34 to 20.34"
 */
public record Broken<T>(T original, T broken, Mutation mutation, CellLocation location, List<CellLocation> reportAt,
        String description) {

    /** Validates and copies. */
    public Broken {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(broken, "broken");
        Objects.requireNonNull(mutation, "mutation");
        Objects.requireNonNull(location, "location");
        reportAt = List.copyOf(reportAt);
        Objects.requireNonNull(description, "description");
    }

    /** @return the invariant broken */
    public Invariant invariant() {
        return mutation.invariant();
    }

    /**
     * Whether a validation report of {@link #broken()} names the break: an {@link Severity#ERROR}
     * finding located at one of {@link #reportAt()}, or with one of them among the cells that took
     * part in its check.
     *
     * @param report the report of validating the broken value
     * @return whether an ERROR names the break
     */
    public boolean isNamedBy(Report report) {
        Objects.requireNonNull(report, "report");
        for (Finding finding : report.findings()) {
            if (finding.severity() == Severity.ERROR && names(finding)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param finding a finding
     * @return whether it is located at one of {@link #reportAt()} or has one among its cells
     */
    public boolean names(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        for (CellLocation at : reportAt) {
            if (at.matches(finding.location())) {
                return true;
            }
            for (CellRef cell : finding.cells()) {
                if (at.matches(cell.location())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the mutation and the description */
    @Override
    public String toString() {
        return mutation + " (" + mutation.chineseName() + ", breaks " + invariant().chineseName() + "): " + description;
    }
}
