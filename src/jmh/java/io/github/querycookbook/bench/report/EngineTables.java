package io.github.querycookbook.bench.report;

import static io.github.querycookbook.bench.report.Numbers.bytes;
import static io.github.querycookbook.bench.report.Numbers.micros;
import static io.github.querycookbook.bench.report.Numbers.ratio;

import java.util.List;

/** One markdown table per engine and size: each recipe's median per variant, the ratios and the allocation. */
final class EngineTables {

    static final List<String> NESTED_VARIANTS = List.of("multiset", "multisetSql", "join", "hibernate", "nPlusOneJooq",
            "nPlusOneJdbc");

    private EngineTables() {
    }

    static void write(Results results, StringBuilder md) {
        for (String engine : results.engines()) {
            for (int likes : results.sizes(engine)) {
                md.append("\n### ").append(Numbers.engine(engine)).append(", ").append(Numbers.likes(likes))
                        .append(" likes\n\n");
                md.append("| recipe | jOOQ | JDBC | jOOQ/JDBC | Hibernate | Hibernate/jOOQ "
                        + "| alloc jOOQ | alloc JDBC | alloc Hibernate |\n");
                md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
                for (String recipe : results.recipes()) {
                    row(results, engine, likes, recipe, md);
                }
                nested(results, engine, likes, md);
            }
        }
    }

    private static void row(Results results, String engine, int likes, String recipe, StringBuilder md) {
        double jooq = results.median(engine, likes, recipe, "jooq");
        double jdbc = results.median(engine, likes, recipe, "jdbc");
        double hibernate = results.median(engine, likes, recipe, "hibernate");
        md.append("| `").append(recipe).append("` | ").append(micros(jooq)).append(" | ").append(micros(jdbc))
                .append(" | ").append(ratio(jooq / jdbc)).append(" | ").append(micros(hibernate))
                .append(" | ").append(ratio(hibernate / jooq))
                .append(" | ").append(alloc(results, engine, likes, recipe, "jooq"))
                .append(" | ").append(alloc(results, engine, likes, recipe, "jdbc"))
                .append(" | ").append(alloc(results, engine, likes, recipe, "hibernate")).append(" |\n");
    }

    private static void nested(Results results, String engine, int likes, StringBuilder md) {
        double multiset = results.median(engine, likes, Result.NESTED_100, "multiset");
        if (Double.isNaN(multiset)) {
            return;
        }
        md.append("\nThe nested recipe at 100 parents (posts with 100 consecutive ids, a new block every call):\n\n");
        md.append("| variant | median | ÷ MULTISET | alloc |\n|---|--:|--:|--:|\n");
        for (String variant : NESTED_VARIANTS) {
            double median = results.median(engine, likes, Result.NESTED_100, variant);
            md.append("| ").append(variant).append(" | ").append(micros(median)).append(" | ")
                    .append(ratio(median / multiset)).append(" | ")
                    .append(alloc(results, engine, likes, Result.NESTED_100, variant)).append(" |\n");
        }
    }

    private static String alloc(Results results, String engine, int likes, String recipe, String variant) {
        return results.find(engine, likes, recipe, variant).map(r -> bytes(r.allocBytes())).orElse("–");
    }
}
