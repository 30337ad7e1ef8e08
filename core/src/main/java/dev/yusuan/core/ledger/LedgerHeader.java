package dev.yusuan.core.ledger;

import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.money.AmountUnit;
import java.util.Objects;

/**
 * What a ledger (明细账) is about and how it keeps its amounts: the reporting entity (部门) with
 * its units, the fiscal year, the stage (年初预算, 调整预算, 决算), the amount unit (元, 万元) and
 * the one ledger-wide scale (number of decimals) every amount is held at, and the economic
 * classification scheme of its economic codes (部门 or 政府 经济分类).
 *
 * @param entity the reporting entity; its units (at most 65535) are the units lines may name
 * @param year the fiscal year, 1990–2100
 * @param stage the stage
 * @param unit the amount unit
 * @param scale the number of decimals every amount is held at, 0–6
 * @param economicScheme {@link Scheme#DEPARTMENT_ECONOMIC} or {@link Scheme#GOVERNMENT_ECONOMIC}
 */
public record LedgerHeader(ReportingEntity entity, int year, Stage stage, AmountUnit unit, int scale, Scheme economicScheme) {
    /** The largest ledger scale. */
    public static final int MAX_SCALE = 6;

    /** Validates. */
    public LedgerHeader {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(economicScheme, "economicScheme");
        if (year < 1990 || year > 2100) {
            throw new LedgerException(LedgerException.Kind.INVALID_HEADER, -1, "year", "fiscal year " + year + " is outside 1990..2100");
        }
        if (scale < 0 || scale > MAX_SCALE) {
            throw new LedgerException(LedgerException.Kind.INVALID_HEADER, -1, "scale", "scale " + scale + " is outside 0.." + MAX_SCALE);
        }
        if (economicScheme != Scheme.DEPARTMENT_ECONOMIC && economicScheme != Scheme.GOVERNMENT_ECONOMIC) {
            throw new LedgerException(LedgerException.Kind.INVALID_HEADER, -1, "economicScheme",
                    economicScheme.chineseName() + " is not an economic classification");
        }
        if (entity.units().size() > 65535) {
            throw new LedgerException(LedgerException.Kind.INVALID_HEADER, -1, "entity",
                    "entity " + entity.name() + " has " + entity.units().size() + " units; at most 65535 are supported");
        }
    }

    /**
     * A header with 部门 economic codes.
     *
     * @param entity the reporting entity
     * @param year the fiscal year
     * @param stage the stage
     * @param unit the amount unit
     * @param scale the number of decimals
     * @return the header
     */
    public static LedgerHeader of(ReportingEntity entity, int year, Stage stage, AmountUnit unit, int scale) {
        return new LedgerHeader(entity, year, stage, unit, scale, Scheme.DEPARTMENT_ECONOMIC);
    }

    /**
     * @param newStage a stage
     * @return this header with that stage
     */
    public LedgerHeader withStage(Stage newStage) {
        return new LedgerHeader(entity, year, newStage, unit, scale, economicScheme);
    }

    /**
     * @param scheme an economic scheme
     * @return this header with that scheme
     */
    public LedgerHeader withEconomicScheme(Scheme scheme) {
        return new LedgerHeader(entity, year, stage, unit, scale, scheme);
    }

    /**
     * @param code a unit code
     * @return the index of that unit in the entity's units, or -1
     */
    public int unitIndex(String code) {
        Objects.requireNonNull(code, "code");
        for (int i = 0; i < entity.units().size(); i++) {
            if (entity.units().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
