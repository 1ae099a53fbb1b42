package io.github.querycookbook.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The warm-up curve of {@code findPost}: the median of each block of calls, jOOQ and JDBC alternating. */
final class WarmupTable {

    private static final Set<Integer> SHOWN = Set.of(1_000, 2_000, 3_000, 5_000, 10_000, 15_000, 20_000, 25_000,
            30_000, 40_000, 50_000, 60_000);

    private WarmupTable() {
    }

    /** {@code lines} as WarmupCurve writes them: engine,likes,calls,jooq_median_us,jdbc_median_us. */
    static void write(List<String> lines, StringBuilder md) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("\n## Warm-up curve of a point query\n\n");
        md.append("`findPost` through jOOQ and JDBC, alternating on one connection in a fresh JVM; the median of each "
                + "block of 1,000 calls. The benchmarks' warm-up has to reach the flat part of the jOOQ curve.\n\n");
        md.append("| engine | likes | calls so far | jOOQ | JDBC | jOOQ/JDBC |\n|---|---|--:|--:|--:|--:|\n");
        for (String line : lines) {
            String[] f = line.split(",");
            int calls = Integer.parseInt(f[2]);
            if (!SHOWN.contains(calls)) {
                continue;
            }
            double jooq = Double.parseDouble(f[3]);
            double jdbc = Double.parseDouble(f[4]);
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s |%n", Numbers.engine(f[0]),
                    Numbers.likes(Integer.parseInt(f[1])), calls, Numbers.micros(jooq), Numbers.micros(jdbc),
                    Numbers.ratio(jooq / jdbc)));
        }
    }
}
