package dev.yusuan.core.table;

import com.google.common.collect.ImmutableList;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.AmountUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement exactly as published, table by table (公开的部门预算 / 部门决算): where it comes
 * from, the reporting entity (部门), the fiscal year, the stage, the default amount unit and the
 * {@link PublishedTable tables} in printed order.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder}.
 */
public final class PublishedStatement {
    private final StatementSource source;
    private final ReportingEntity entity;
    private final int year;
    private final Stage stage;
    private final AmountUnit unit;
    private final ImmutableList<PublishedTable> tables;

    private PublishedStatement(Builder b) {
        this.source = b.source;
        this.entity = b.entity;
        this.year = b.year;
        this.stage = b.stage;
        this.unit = b.unit;
        this.tables = ImmutableList.copyOf(b.tables);
    }

    /**
     * @param source where the statement comes from
     * @param entity the reporting entity
     * @param year the fiscal year, 1990–2100
     * @param stage the stage
     * @param unit the statement's default amount unit
     * @return a builder
     */
    public static Builder builder(StatementSource source, ReportingEntity entity, int year, Stage stage, AmountUnit unit) {
        return new Builder(source, entity, year, stage, unit);
    }

    /** @return where the statement comes from */
    public StatementSource source() {
        return source;
    }

    /** @return the reporting entity (部门) and its units */
    public ReportingEntity entity() {
        return entity;
    }

    /** @return the fiscal year */
    public int year() {
        return year;
    }

    /** @return the stage: 年初预算, 调整预算 or 决算 */
    public Stage stage() {
        return stage;
    }

    /** @return the statement's default amount unit */
    public AmountUnit unit() {
        return unit;
    }

    /** @return the tables in printed order */
    public ImmutableList<PublishedTable> tables() {
        return tables;
    }

    /**
     * @param kind a table kind
     * @return the first table of that kind
     */
    public Optional<PublishedTable> table(TableKind kind) {
        Objects.requireNonNull(kind, "kind");
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }

    /**
     * @param kind a table kind
     * @return every table of that kind, in printed order
     */
    public ImmutableList<PublishedTable> tables(TableKind kind) {
        Objects.requireNonNull(kind, "kind");
        return tables.stream().filter(t -> t.kind() == kind).collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PublishedStatement)) {
            return false;
        }
        PublishedStatement s = (PublishedStatement) obj;
        return source.equals(s.source) && entity.equals(s.entity) && year == s.year && stage == s.stage && unit == s.unit
                && tables.equals(s.tables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, entity, year, stage, unit, tables);
    }

    @Override
    public String toString() {
        return source.title() + " (" + year + ", " + stage.chineseName() + ", " + tables.size() + " tables)";
    }

    /** Builds a {@link PublishedStatement} (公开的部门预算 / 部门决算). Not thread-safe. */
    public static final class Builder {
        private final StatementSource source;
        private final ReportingEntity entity;
        private final int year;
        private final Stage stage;
        private final AmountUnit unit;
        private final List<PublishedTable> tables = new ArrayList<>();

        private Builder(StatementSource source, ReportingEntity entity, int year, Stage stage, AmountUnit unit) {
            this.source = Objects.requireNonNull(source, "source");
            this.entity = Objects.requireNonNull(entity, "entity");
            this.stage = Objects.requireNonNull(stage, "stage");
            this.unit = Objects.requireNonNull(unit, "unit");
            if (year < 1990 || year > 2100) {
                throw new TableException(TableException.Kind.INVALID_TABLE, source.title(), null, null,
                        "fiscal year " + year + " is outside 1990..2100");
            }
            this.year = year;
        }

        /**
         * @param table a table, appended after the previous ones
         * @return this builder
         * @throws TableException ({@link TableException.Kind#STAGE_MISMATCH}) if the table kind
         *     does not belong to the statement's stage
         */
        public Builder table(PublishedTable table) {
            Objects.requireNonNull(table, "table");
            if (!table.kind().appliesTo(stage)) {
                throw new TableException(TableException.Kind.STAGE_MISMATCH, table.describe(), null, null,
                        "a " + table.kind().id() + " table cannot be part of a " + stage.chineseName() + " statement");
            }
            tables.add(table);
            return this;
        }

        /** @return the statement */
        public PublishedStatement build() {
            return new PublishedStatement(this);
        }
    }
}
