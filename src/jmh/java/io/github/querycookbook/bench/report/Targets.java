package io.github.querycookbook.bench.report;

import static io.github.querycookbook.bench.report.Numbers.micros;
import static io.github.querycookbook.bench.report.Numbers.ratio;

import java.util.Locale;

/** The further targets, each as met or missed with its numbers, from the same run as the tables. */
final class Targets {

    static final double H2_OVERHEAD_US = 15;
    static final double MULTISET_VS_JOIN = 1.5;
    static final double N_PLUS_ONE_FACTOR = 10;
    static final double JOOQ_VS_JDBC = 1.2;

    private Targets() {
    }

    static void write(Results results, StringBuilder md) {
        md.append("\n## Targets\n");
        h2Overhead(results, md);
        nested(results, md);
        jooqVsJdbc(results, md);
    }

    private static void h2Overhead(Results results, StringBuilder md) {
        md.append("\n### H2 in memory: jOOQ adds at most 15 µs per query over JDBC\n\n");
        md.append("Median jOOQ − median JDBC per call; ✓ where it is at most 15 µs.\n\n| recipe |");
        results.sizes("h2").forEach(likes -> md.append(' ').append(Numbers.likes(likes)).append(" |"));
        md.append("\n|---|").append("--:|".repeat(results.sizes("h2").size())).append('\n');
        int met = 0;
        int total = 0;
        for (String recipe : results.recipes()) {
            md.append("| `").append(recipe).append("` |");
            for (int likes : results.sizes("h2")) {
                double delta = results.median("h2", likes, recipe, "jooq") - results.median("h2", likes, recipe, "jdbc");
                if (!Double.isNaN(delta)) {
                    total++;
                    met += delta <= H2_OVERHEAD_US ? 1 : 0;
                }
                md.append(' ').append(signed(delta)).append(mark(delta)).append(" |");
            }
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, "%n**%s**: %d of %d recipe × size cells within 15 µs.%n",
                met == total ? "met" : "missed", met, total));
    }

    private static void nested(Results results, StringBuilder md) {
        md.append("\n### Nested collections: MULTISET ≤ 1.5× the JOIN, ≥ 10× faster than N+1 at 100 parents\n\n");
        md.append("MULTISET's SQL alone is that SQL through JDBC with the JSON left unparsed: the database's share, "
                + "which no client-side change reaches below.\n\n");
        md.append("| engine | likes | MULTISET | JOIN | MULTISET/JOIN | MULTISET's SQL alone/JOIN | N+1 (jOOQ) "
                + "| N+1/MULTISET | N+1 (JDBC) | N+1 JDBC/MULTISET | whole recipe jOOQ/JDBC twin |\n"
                + "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (String engine : results.engines()) {
            for (int likes : results.sizes(engine)) {
                double multiset = results.median(engine, likes, Result.NESTED_100, "multiset");
                double join = results.median(engine, likes, Result.NESTED_100, "join");
                double sqlAlone = results.median(engine, likes, Result.NESTED_100, "multisetSql");
                double loop = results.median(engine, likes, Result.NESTED_100, "nPlusOneJooq");
                double jdbcLoop = results.median(engine, likes, Result.NESTED_100, "nPlusOneJdbc");
                double whole = results.median(engine, likes, "postsWithLikers", "jooq")
                        / results.median(engine, likes, "postsWithLikers", "jdbc");
                md.append("| ").append(Numbers.engine(engine)).append(" | ").append(Numbers.likes(likes))
                        .append(" | ").append(micros(multiset)).append(" | ").append(micros(join))
                        .append(" | ").append(verdict(multiset / join, multiset / join <= MULTISET_VS_JOIN))
                        .append(" | ").append(ratio(sqlAlone / join)).append(" | ").append(micros(loop))
                        .append(" | ").append(verdict(loop / multiset, loop / multiset >= N_PLUS_ONE_FACTOR))
                        .append(" | ").append(micros(jdbcLoop)).append(" | ").append(ratio(jdbcLoop / multiset))
                        .append(" | ").append(verdict(whole, whole <= MULTISET_VS_JOIN)).append(" |\n");
            }
        }
    }

    private static void jooqVsJdbc(Results results, StringBuilder md) {
        md.append("\n### jOOQ within 1.2× of its JDBC twin (issue 10 §2), from this run\n\n");
        md.append("| engine | likes | recipes within 1.2× | worst |\n|---|---|--:|---|\n");
        for (String engine : results.engines()) {
            for (int likes : results.sizes(engine)) {
                int within = 0;
                int total = 0;
                String worst = "–";
                double worstRatio = 0;
                for (String recipe : results.recipes()) {
                    double r = results.median(engine, likes, recipe, "jooq") / results.median(engine, likes, recipe, "jdbc");
                    if (Double.isNaN(r)) {
                        continue;
                    }
                    total++;
                    within += r <= JOOQ_VS_JDBC ? 1 : 0;
                    if (r > worstRatio) {
                        worstRatio = r;
                        worst = "`" + recipe + "` " + ratio(r);
                    }
                }
                md.append("| ").append(Numbers.engine(engine)).append(" | ").append(Numbers.likes(likes))
                        .append(" | ").append(within).append(" of ").append(total).append(" | ").append(worst)
                        .append(" |\n");
            }
        }
    }

    private static String verdict(double ratio, boolean met) {
        return Double.isNaN(ratio) ? "–" : ratio(ratio) + (met ? " ✓" : " ✗");
    }

    private static String mark(double delta) {
        return Double.isNaN(delta) ? "" : delta <= H2_OVERHEAD_US ? " ✓" : " ✗";
    }

    private static String signed(double us) {
        return Double.isNaN(us) ? "–" : String.format(Locale.ROOT, "%+.1f µs", us);
    }
}
