package org.kickstart.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The statistics rules of REFERENCE.md, kept pure so they can be pinned by tests. */
public final class Stats {

    static final double Z = 1.96;

    /** Student t 0.975 quantiles for 1–30 degrees of freedom; beyond, interpolated to the normal. */
    private static final double[] T975 = { 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
            2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045,
            2.042 };

    private Stats() {
    }

    public record Interval(double low, double high) {
    }

    /** Wilson score 95% interval for x successes out of n. */
    public static Interval wilson(long x, long n) {
        double p = (double) x / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Student t 95% interval for a mean of n values with sample standard deviation sd. */
    public static Interval tInterval(double mean, double sd, long n) {
        if (n < 2) {
            return new Interval(mean, mean);
        }
        double half = t975(n - 1) * sd / Math.sqrt(n);
        return new Interval(mean - half, mean + half);
    }

    static double t975(long df) {
        if (df <= 30) {
            return T975[(int) df - 1];
        }
        // 40: 2.021, 60: 2.000, 120: 1.980, ∞: 1.960 — interpolate in 1/df, which is nearly linear.
        double[][] points = { { 30, 2.042 }, { 40, 2.021 }, { 60, 2.000 }, { 120, 1.980 }, { Double.POSITIVE_INFINITY, Z } };
        for (int i = 0; i < points.length - 1; i++) {
            if (df <= points[i + 1][0]) {
                double a = 1 / points[i][0];
                double b = points[i + 1][0] == Double.POSITIVE_INFINITY ? 0 : 1 / points[i + 1][0];
                double w = (a - 1.0 / df) / (a - b);
                return points[i][1] + w * (points[i + 1][1] - points[i][1]);
            }
        }
        return Z;
    }

    /** A cell of a breakdown: its key, its base, and whether it is withheld (and why). */
    public static final class Cell {
        final String key;
        final long n;
        String suppression;

        public Cell(String key, long n) {
            this.key = key;
            this.n = n;
        }

        public String suppression() {
            return suppression;
        }
    }

    /**
     * Marks the cells of one breakdown (one indicator, one period): bases under the threshold are
     * withheld (primary); if exactly one cell is withheld and others are shown, the smallest shown
     * one is withheld too (secondary), so the hidden one cannot be recovered from the total.
     * Empty groups (n = 0) show nothing either way and protect no one.
     */
    public static void suppress(List<Cell> cells, int threshold) {
        List<Cell> shown = new ArrayList<>();
        int primary = 0;
        for (Cell c : cells) {
            if (c.n > 0 && c.n < threshold) {
                c.suppression = "primary";
                primary++;
            } else if (c.n >= threshold) {
                shown.add(c);
            }
        }
        if (primary == 1 && !shown.isEmpty()) {
            shown.stream().min(Comparator.comparingLong((Cell c) -> c.n).thenComparing(c -> c.key)).orElseThrow().suppression = "secondary";
        }
    }
}
