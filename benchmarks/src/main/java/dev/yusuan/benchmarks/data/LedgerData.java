package dev.yusuan.benchmarks.data;

import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.dimension.BudgetUnit;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import dev.yusuan.core.dimension.UnitType;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic line-level ledger of the shape of a department collection, held in primitive
 * columns so that a baseline can sum it with {@code long[]} arrays and our code can be fed the
 * very same lines.
 *
 * <p>Shape: 2,000 distinct function 项 (20 类 × 20 款 × 5 项), 60 department economic 款 (all of
 * 301 (but 30107), 302 and 303 plus nine of 307, 310 and 399), 6 fund sources, 2 spending kinds (基本支出,
 * split into 人员经费 / 公用经费 by the economic 类 as the domain does, and 项目支出) and 20 budget
 * units (8 行政单位, 2 参公, 10 事业单位) of 50,000 lines each; a larger ledger has more units of the
 * same mix. Every unit uses 400 of the 项. A line is identified by
 * (unit, 项, 款, source, kind): no two lines share that key. Lines are in key order, which is
 * the order a finance system exports them in. Amounts are 万元 with two decimals, log-uniform
 * between 0.01 and 100,000.00.
 *
 * <p>The same size and seed always give the same ledger, on every machine.
 */
public final class LedgerData {
    /** The seed of every benchmark data set. */
    public static final long SEED = 0x59555355414EL;

    /** Function 类 used (real 类 of the 支出功能分类). */
    static final int[] CATEGORIES = {201, 203, 204, 205, 206, 207, 208, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220,
        221, 222, 224};
    /** 项 suffixes used in every 款: the fixed-meaning ones first (行政运行, 一般行政管理事务, 机关服务, 事业运行, 其他). */
    static final String[] ITEM_SUFFIXES = {"01", "02", "03", "50", "99"};
    /**
     * Department economic 款 used: present in the bundled editions and mapped to a government 款
     * for every unit type by the official correspondence (so 30107 绩效工资, which a 机关 does
     * not have, is left out); 三公 款 30212, 30217, 30231 and 31013 are among them.
     */
    static final String[] ECONOMIC = {
        "30101", "30102", "30103", "30106", "30108", "30109", "30110", "30111", "30112", "30113", "30114", "30199",
        "30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208", "30209", "30211", "30212", "30213", "30214",
        "30215", "30216", "30217", "30218", "30224", "30225", "30226", "30227", "30228", "30229", "30231", "30239", "30240",
        "30299", "30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308", "30309", "30310", "30311", "30399",
        "30701", "31001", "31002", "31003", "31007", "31013", "31019", "31099", "39999"};
    /** Fund sources used, with their weights in percent. */
    static final FundSource[] SOURCES = {FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND,
        FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT, FundSource.BUSINESS, FundSource.OTHER};
    static final int[] SOURCE_WEIGHTS = {35, 15, 10, 10, 20, 10};
    /** Number of units of a ledger of up to {@value #LINES_PER_UNIT} × 20 lines; larger ledgers have more units. */
    public static final int MIN_UNITS = 20;
    /** Lines per unit (the last unit may have fewer). */
    public static final int LINES_PER_UNIT = 50_000;
    /** The largest number of units. */
    public static final int MAX_UNITS = 256;
    /** Number of 项 each unit uses. */
    static final int ITEMS_PER_UNIT = 400;

    /** Kind of a line: 基本支出. */
    public static final byte BASIC = 0;
    /** Kind of a line: 项目支出. */
    public static final byte PROJECT = 1;

    // bit layout of a line key within a unit, outermost first: function 11, economic 6, source 3, kind 1
    private static final int KIND_BITS = 1;
    private static final int SOURCE_BITS = 3;
    private static final int ECONOMIC_BITS = 6;
    private static final int FUNCTION_BITS = 11;
    private static final int KEY_BITS = FUNCTION_BITS + ECONOMIC_BITS + SOURCE_BITS + KIND_BITS;

    /** The 2,000 function 项, in code order. */
    public final FunctionCode[] functions;
    /** The 60 department economic 款, in code order. */
    public final DepartmentEconomicCode[] economics;
    /** The fund sources. */
    public final FundSource[] sources;
    /** The budget units of the whole ledger (a chunk has the units of the whole ledger too). */
    public final BudgetUnit[] units;
    /** For each economic 款, the spending type of a 基本支出 line (人员经费 for 301 and 303, else 公用经费). */
    public final SpendingType[] basicTypeOfEconomic;

    /** Number of lines. */
    public final int size;
    /** Per line: index into {@link #functions}. */
    public final short[] function;
    /** Per line: index into {@link #economics}. */
    public final byte[] economic;
    /** Per line: index into {@link #sources}. */
    public final byte[] source;
    /** Per line: {@link #BASIC} or {@link #PROJECT}. */
    public final byte[] kind;
    /** Per line: index into {@link #units}. */
    public final short[] unit;
    /** Per line: the amount in 万元 as an unscaled value at scale {@link #SCALE}. */
    public final long[] amount;
    /** The scale of every amount. */
    public static final int SCALE = 2;

    private LedgerData(int size, int unitCount) {
        this.size = size;
        this.functions = Vocabulary.FUNCTIONS;
        this.economics = Vocabulary.ECONOMICS;
        this.basicTypeOfEconomic = Vocabulary.BASIC_TYPE;
        this.sources = SOURCES;
        this.units = new BudgetUnit[unitCount];
        for (int u = 0; u < unitCount; u++) {
            units[u] = unit(u);
        }
        this.function = new short[size];
        this.economic = new byte[size];
        this.source = new byte[size];
        this.kind = new byte[size];
        this.unit = new short[size];
        this.amount = new long[size];
    }

    /** Built once: codes are immutable and shared by every data set. */
    private static final class Vocabulary {
        static final FunctionCode[] FUNCTIONS = functionCodes();
        static final DepartmentEconomicCode[] ECONOMICS = new DepartmentEconomicCode[ECONOMIC.length];
        static final SpendingType[] BASIC_TYPE = new SpendingType[ECONOMIC.length];

        static {
            for (int i = 0; i < ECONOMIC.length; i++) {
                ECONOMICS[i] = DepartmentEconomicCode.parse(ECONOMIC[i]);
                BASIC_TYPE[i] = ECONOMIC[i].startsWith("301") || ECONOMIC[i].startsWith("303")
                        ? SpendingType.BASIC_PERSONNEL : SpendingType.BASIC_PUBLIC;
            }
        }
    }

    /**
     * @param u a unit index
     * @return unit {@code u}: the first 8 of every 20 are 行政单位, the next 2 参公, the other 10 事业单位
     */
    static BudgetUnit unit(int u) {
        int r = u % 20;
        UnitType type = r < 8 ? UnitType.ADMINISTRATIVE : r < 10 ? UnitType.CIVIL_SERVICE_INSTITUTION : UnitType.INSTITUTION;
        return new BudgetUnit(String.format("9%05d", u + 1), "基准单位" + (u + 1), type);
    }

    /**
     * @param lines a number of lines
     * @return the number of units a ledger of that many lines has
     */
    public static int unitCount(long lines) {
        int units = (int) Math.max(MIN_UNITS, (lines + LINES_PER_UNIT - 1) / LINES_PER_UNIT);
        if (units > MAX_UNITS) {
            throw new IllegalArgumentException("at most " + (long) MAX_UNITS * LINES_PER_UNIT + " lines, got " + lines);
        }
        return units;
    }

    /** @return how many lines unit {@code u} of a ledger of {@code lines} lines has */
    private static int linesOfUnit(long lines, int units, int u) {
        long base = lines / units;
        return (int) (base + (u < lines % units ? 1 : 0));
    }

    /**
     * Generates a whole ledger in memory.
     *
     * @param lines the number of lines, up to {@value #MAX_UNITS} × {@value #LINES_PER_UNIT}
     * @return the ledger, the same for the same size on every run
     */
    public static LedgerData generate(int lines) {
        int units = unitCount(lines);
        LedgerData d = new LedgerData(lines, units);
        int at = 0;
        for (int u = 0; u < units; u++) {
            at = fillUnit(d, at, u, linesOfUnit(lines, units, u));
        }
        return d;
    }

    /**
     * Generates a ledger unit by unit, for ledgers too large to hold: the chunks concatenated are
     * {@link #generate(int) generate(lines)}.
     *
     * @param lines the number of lines
     * @param sink receives each unit's lines, in order; a chunk is not reused after the call
     */
    public static void forEachUnit(long lines, java.util.function.Consumer<LedgerData> sink) {
        chunks(lines).forEachRemaining(sink);
    }

    /**
     * @param lines the number of lines
     * @return the ledger's lines unit by unit, each chunk generated when asked for
     */
    public static java.util.Iterator<LedgerData> chunks(long lines) {
        int units = unitCount(lines);
        return new java.util.Iterator<>() {
            private int u;

            @Override
            public boolean hasNext() {
                return u < units;
            }

            @Override
            public LedgerData next() {
                if (u >= units) {
                    throw new java.util.NoSuchElementException();
                }
                int n = linesOfUnit(lines, units, u);
                LedgerData chunk = new LedgerData(n, units);
                fillUnit(chunk, 0, u, n);
                u++;
                return chunk;
            }
        };
    }

    /**
     * @param lines the number of lines of a ledger
     * @return its budget units
     */
    public static List<BudgetUnit> units(long lines) {
        int n = unitCount(lines);
        BudgetUnit[] out = new BudgetUnit[n];
        for (int u = 0; u < n; u++) {
            out[u] = unit(u);
        }
        return List.of(out);
    }

    private static int fillUnit(LedgerData d, int at, int u, int count) {
        SplittableRandom random = new SplittableRandom(SEED + 0x9E3779B97F4A7C15L * (u + 1));
        int[] pool = itemPool(random.split(), u, d.functions.length);
        SplittableRandom keys = random.split();
        BitSet used = new BitSet(1 << KEY_BITS);
        for (int n = 0; n < count; ) {
            int f = pool[keys.nextInt(ITEMS_PER_UNIT)];
            int e = keys.nextInt(ECONOMIC.length);
            int s = weighted(keys, SOURCE_WEIGHTS);
            int k = keys.nextInt(100) < 55 ? BASIC : PROJECT;
            int key = ((f << ECONOMIC_BITS | e) << SOURCE_BITS | s) << KIND_BITS | k;
            if (!used.get(key)) {
                used.set(key);
                n++;
            }
        }
        SplittableRandom amounts = random.split();
        double logMax = Math.log(10_000_000.0);
        int i = at;
        for (int key = used.nextSetBit(0); key >= 0; key = used.nextSetBit(key + 1)) {
            d.kind[i] = (byte) (key & 1);
            d.source[i] = (byte) ((key >>> KIND_BITS) & 7);
            d.economic[i] = (byte) ((key >>> (KIND_BITS + SOURCE_BITS)) & 63);
            d.function[i] = (short) (key >>> (KIND_BITS + SOURCE_BITS + ECONOMIC_BITS));
            d.unit[i] = (short) u;
            d.amount[i] = Math.max(1, (long) Math.exp(amounts.nextDouble() * logMax));
            i++;
        }
        return i;
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int x = r.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Unit u uses the 100 项 whose index is u modulo 20, and 300 more drawn from all of them. */
    private static int[] itemPool(SplittableRandom r, int u, int items) {
        int[] pool = new int[ITEMS_PER_UNIT];
        BitSet in = new BitSet(items);
        int n = 0;
        for (int f = u % 20; f < items; f += 20) {
            in.set(f);
            pool[n++] = f;
        }
        while (n < ITEMS_PER_UNIT) {
            int f = r.nextInt(items);
            if (!in.get(f)) {
                in.set(f);
                pool[n++] = f;
            }
        }
        return pool;
    }

    private static FunctionCode[] functionCodes() {
        FunctionCode[] out = new FunctionCode[CATEGORIES.length * 20 * ITEM_SUFFIXES.length];
        int i = 0;
        for (int c : CATEGORIES) {
            for (int section = 1; section <= 20; section++) {
                for (String item : ITEM_SUFFIXES) {
                    out[i++] = FunctionCode.parse(c + String.format("%02d", section) + item);
                }
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * @param line a line index
     * @return the spending type of the line: 项目支出, or 人员经费 / 公用经费 for 基本支出 by its economic 款
     */
    public SpendingType spendingType(int line) {
        return kind[line] == PROJECT ? SpendingType.PROJECT : basicTypeOfEconomic[economic[line]];
    }

    /** @return the units as a list */
    public List<BudgetUnit> unitList() {
        return List.of(units);
    }

    /** @return the sum of every amount (unscaled, scale {@link #SCALE}) */
    public long total() {
        long t = 0;
        for (long a : amount) {
            t += a;
        }
        return t;
    }
}
