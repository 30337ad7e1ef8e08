package dev.yusuan.benchmarks.report;

import java.util.Arrays;
import java.util.Locale;

/** Medians and spreads of samples. */
public final class Stats {
    private Stats() {
    }

    /**
     * @param samples the samples (not modified)
     * @return their median
     */
    public static double median(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * The half-range of the samples relative to their median, in percent: {@code 3.0} means the
     * samples lie within about ±3% of the median.
     *
     * @param samples the samples
     * @return (max − min) / 2 / median × 100
     */
    public static double spreadPercent(double[] samples) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : samples) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double m = median(samples);
        return m == 0 ? 0 : (max - min) / 2 / m * 100;
    }

    /**
     * @param x a value
     * @return it with three significant digits, e.g. {@code 0.0412}, {@code 41.2}, {@code 4120}
     */
    public static String sig3(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        int digits = (int) Math.floor(Math.log10(Math.abs(x))) + 1;
        int decimals = Math.max(0, 3 - digits);
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
