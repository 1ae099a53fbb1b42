package io.github.querycookbook.bench.report;

import java.util.Locale;

/** How the report prints times, ratios and bytes: NaN as a dash, three significant figures at most. */
final class Numbers {

    private Numbers() {
    }

    static String micros(double us) {
        if (Double.isNaN(us)) {
            return "–";
        }
        if (us >= 100_000) {
            return String.format(Locale.ROOT, "%,.0f ms", us / 1000);
        }
        if (us >= 1000) {
            return String.format(Locale.ROOT, "%,.1f ms", us / 1000);
        }
        return String.format(Locale.ROOT, us >= 100 ? "%.0f µs" : "%.1f µs", us);
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String bytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return "–";
        }
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1 << 20));
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / (1 << 10));
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }

    static String likes(int likes) {
        int exponent = (int) Math.round(Math.log10(likes));
        return Math.pow(10, exponent) == likes ? "10^" + exponent : String.format(Locale.ROOT, "%,d", likes);
    }

    static String engine(String engine) {
        return switch (engine) {
            case "h2" -> "H2 (in memory)";
            case "postgres" -> "PostgreSQL";
            case "mariadb" -> "MariaDB";
            default -> engine;
        };
    }
}
