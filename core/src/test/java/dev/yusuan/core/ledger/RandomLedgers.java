package dev.yusuan.core.ledger;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.ReportingEntity;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.Stage;
import dev.yusuan.core.dimension.UnitType;
import dev.yusuan.core.money.Amount;
import dev.yusuan.core.money.AmountUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Random ledgers for the randomized tests: a random entity (0-3 units), stage, economic scheme,
 * scale, pools of function 项 and economic codes, lines with amounts at varying printed precision,
 * balances and (for final accounts) an initial budget. Every run is reproducible from its seed.
 */
public final class RandomLedgers {
    private RandomLedgers() {
    }

    /** A generated ledger and what it was generated from. */
    public record Generated(long seed, Ledger ledger, List<LedgerLine> lines, List<BalanceLine> balances) {
        public LedgerHeader header() {
            return ledger.header();
        }

        /** The unscaled amount of a line at the ledger's scale. */
        public long unscaled(LedgerLine l) {
            return l.amount().withScale(header().scale()).unscaledValue();
        }

        public long unscaled(BalanceLine b) {
            return b.amount().withScale(header().scale()).unscaledValue();
        }
    }

    /**
     * Runs a check over many random ledgers; a failure names the seed that reproduces it
     * (rerun with {@code -Dyusuan.seed=<seed>}).
     */
    public static void forEachSeed(int trials, Consumer<Long> check) {
        String fixed = System.getProperty("yusuan.seed");
        long base = fixed != null ? Long.parseLong(fixed) : new SplittableRandom().nextLong();
        int n = fixed != null ? 1 : trials;
        for (int i = 0; i < n; i++) {
            long seed = base + i;
            try {
                check.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failed for seed " + seed + " (rerun with -Dyusuan.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    public static Generated generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Stage stage = r.nextInt(3) == 0 ? Stage.FINAL_ACCOUNT : r.nextBoolean() ? Stage.BUDGET : Stage.ADJUSTED_BUDGET;
        Scheme scheme = r.nextInt(4) == 0 ? Scheme.GOVERNMENT_ECONOMIC : Scheme.DEPARTMENT_ECONOMIC;
        int nUnits = r.nextInt(4);
        List<BudgetUnit> units = new ArrayList<>();
        for (int i = 0; i < nUnits; i++) {
            units.add(new BudgetUnit("U" + (100 + i), "单位" + i, UnitType.values()[r.nextInt(3)]));
        }
        ReportingEntity entity = new ReportingEntity("随机部门" + seed, units);
        LedgerHeader header = new LedgerHeader(entity, 2000 + r.nextInt(30), stage, AmountUnit.values()[r.nextInt(2)], r.nextInt(5), scheme);
        Pools pools = new Pools(r, scheme);
        boolean allUnits = nUnits > 0 && r.nextInt(4) != 0;
        double noEconomic = r.nextInt(3) == 0 ? 0.2 : 0.0;

        List<LedgerLine> lines = lines(r, header, pools, allUnits, noEconomic, r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(200));
        Ledger.Builder b = Ledger.builder(header);
        lines.forEach(b::add);
        List<BalanceLine> balances = new ArrayList<>();
        int nb = r.nextInt(4) == 0 ? 0 : r.nextInt(12);
        for (int i = 0; i < nb; i++) {
            BalanceKind kind = BalanceKind.values()[r.nextInt(4)];
            if (!kind.allowedIn(stage)) {
                kind = r.nextBoolean() ? BalanceKind.CLOSING_CARRY_OVER : BalanceKind.SURPLUS_DISTRIBUTION;
            }
            FundSource s = source(r, stage);
            if ((kind == BalanceKind.SURPLUS_DISTRIBUTION || kind == BalanceKind.USE_OF_NON_FISCAL_SURPLUS) && s.isFiscal()) {
                s = FundSource.BUSINESS;
            }
            BalanceLine bl = BalanceLine.of(kind, pools.function(r), s, amount(r, header.scale()));
            if (allUnits || (nUnits > 0 && r.nextBoolean())) {
                bl = bl.withUnit(units.get(r.nextInt(nUnits)).code());
            }
            b.addBalance(bl);
            balances.add(bl);
        }
        if (stage == Stage.FINAL_ACCOUNT && r.nextBoolean()) {
            LedgerHeader bh = header.withStage(Stage.BUDGET);
            Ledger.Builder ib = Ledger.builder(bh);
            lines(r, bh, pools, allUnits, noEconomic, r.nextInt(60)).forEach(ib::add);
            b.initialBudget(ib.build());
        }
        return new Generated(seed, b.build(), lines, balances);
    }

    private static List<LedgerLine> lines(SplittableRandom r, LedgerHeader header, Pools pools, boolean allUnits, double noEconomic, int n) {
        List<BudgetUnit> units = header.entity().units();
        List<LedgerLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LedgerLine l = LedgerLine.of(pools.function(r), source(r, header.stage()), type(r, header.stage()), amount(r, header.scale()));
            if (r.nextDouble() >= noEconomic) {
                String e = pools.economic(r);
                l = header.economicScheme() == Scheme.DEPARTMENT_ECONOMIC ? l.withEconomic(DepartmentEconomicCode.parse(e))
                        : l.withEconomic(GovernmentEconomicCode.parse(e));
            }
            if (!units.isEmpty() && (allUnits || r.nextInt(3) != 0)) {
                l = l.withUnit(units.get(r.nextInt(units.size())).code());
            }
            lines.add(l);
        }
        return lines;
    }

    static FundSource source(SplittableRandom r, Stage stage) {
        while (true) {
            FundSource s = r.nextBoolean() ? FundSource.GENERAL_PUBLIC_BUDGET : FundSource.values()[r.nextInt(FundSource.values().length)];
            if (stage.isBudget() || (s != FundSource.CARRY_OVER && s != FundSource.BUSINESS_FUND)) {
                return s;
            }
        }
    }

    static SpendingType type(SplittableRandom r, Stage stage) {
        while (true) {
            SpendingType t = SpendingType.values()[r.nextInt(SpendingType.values().length)];
            if (!stage.isBudget() || !t.isFinalAccountOnly()) {
                return t;
            }
        }
    }

    /** An amount at the ledger's scale, printed with fewer decimals or with extra trailing zeros now and then. */
    static Amount amount(SplittableRandom r, int scale) {
        long v = r.nextInt(10) == 0 ? 0 : r.nextInt(8) == 0 ? -r.nextLong(1, 100_000) : r.nextLong(1, 1_000_000_000L);
        switch (r.nextInt(4)) {
            case 0:
                return scale == 0 ? Amount.of(v, 0) : Amount.of(v / 10, scale - 1);
            case 1:
                return Amount.of(v * 10, scale + 1);
            default:
                return Amount.of(v, scale);
        }
    }

    /** Pools of codes, so that lines share codes and roll up into a real hierarchy. */
    static final class Pools {
        final List<String> functions = new ArrayList<>();
        final List<String> economics = new ArrayList<>();

        Pools(SplittableRandom r, Scheme scheme) {
            int cats = 1 + r.nextInt(4);
            for (int c = 0; c < cats; c++) {
                String cat = Integer.toString(201 + r.nextInt(34));
                int secs = 1 + r.nextInt(3);
                for (int s = 0; s < secs; s++) {
                    String sec = cat + String.format("%02d", 1 + r.nextInt(60));
                    int items = 1 + r.nextInt(4);
                    for (int i = 0; i < items; i++) {
                        functions.add(sec + String.format("%02d", 1 + r.nextInt(99)));
                    }
                }
            }
            String[] classes = scheme == Scheme.DEPARTMENT_ECONOMIC
                    ? new String[] {"301", "302", "303", "307", "310", "399"} : new String[] {"501", "502", "503", "505", "506", "599"};
            int n = 1 + r.nextInt(10);
            for (int i = 0; i < n; i++) {
                String sec = classes[r.nextInt(classes.length)] + String.format("%02d", 1 + r.nextInt(99));
                economics.add(r.nextInt(5) == 0 ? sec + String.format("%02d", 1 + r.nextInt(99)) : sec);
            }
            if (scheme == Scheme.DEPARTMENT_ECONOMIC && r.nextBoolean()) {
                economics.addAll(List.of("30212", "30217", "30231", "31013"));
            }
        }

        FunctionCode function(SplittableRandom r) {
            return FunctionCode.parse(functions.get(r.nextInt(functions.size())));
        }

        String economic(SplittableRandom r) {
            return economics.get(r.nextInt(economics.size()));
        }
    }

    /** Used by tests that need a unit code of a generated entity, if any. */
    public static Optional<String> anyUnit(Generated g, SplittableRandom r) {
        List<BudgetUnit> u = g.header().entity().units();
        return u.isEmpty() ? Optional.empty() : Optional.of(u.get(r.nextInt(u.size())).code());
    }
}
