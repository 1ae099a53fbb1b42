package io.github.querycookbook.perf;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.SingleConnectionDataSource;

/**
 * Measures every read recipe of {@link QueryCookbook} against its {@link VanillaSqlCookbook} twin on PostgreSQL, in one
 * JVM, on one connection, calls interleaved (the order alternates per pair), after a warm-up of interleaved calls. Not
 * a test; run it with
 * <pre>{@code
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.querycookbook.perf.InterleavedRatios -Dexec.args="--recipes=findPost,postsBy"
 * }</pre>
 * Options: {@code --recipes=a,b} (default: all), {@code --scale=0.5} (multiplies every call count),
 * {@code --server=jdbc:postgresql://127.0.0.1:5432/}, {@code --database=perf_ratios}, {@code --users=10000},
 * {@code --posts=100000}, {@code --likes=1000000}. It prints per recipe the median µs of each and their ratio, and
 * for {@code findPost} the ratio per bucket of 1,000 warm-up pairs.
 */
public final class InterleavedRatios {

    private static final int BUCKET = 1_000;

    private InterleavedRatios() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int users = Integer.parseInt(options.getOrDefault("users", "10000"));
        int posts = Integer.parseInt(options.getOrDefault("posts", "100000"));
        int likes = Integer.parseInt(options.getOrDefault("likes", "1000000"));
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        String server = options.getOrDefault("server", "jdbc:postgresql://127.0.0.1:5432/");
        String database = options.getOrDefault("database", "perf_ratios");
        Set<String> selected = options.containsKey("recipes")
                ? Set.of(options.get("recipes").split(",")) : null;
        PerfData.ensure(server, database, users, posts, likes);
        try (Connection connection = DriverManager.getConnection(server + database, "postgres", "")) {
            // one physical connection for both: two connections alone can differ by 60 % for the same query
            DataSource one = new SingleConnectionDataSource(connection);
            Cookbook jooq = new QueryCookbook(DSL.using(one, SQLDialect.POSTGRES));
            Cookbook twin = new VanillaSqlCookbook(one);
            System.out.printf("%-22s %12s %12s %7s %7s%n", "recipe", "jOOQ µs", "JDBC µs", "ratio", "pairs");
            for (RecipePair recipe : ReadRecipes.all(users, posts)) {
                if (selected == null || selected.contains(recipe.name())) {
                    measure(recipe.scaled(scale), jooq, twin);
                }
            }
        }
    }

    private static void measure(RecipePair recipe, Cookbook jooq, Cookbook twin) {
        SplittableRandom values = new SplittableRandom(7);
        long[][] warm = interleave(recipe, recipe.warmUp(), jooq, twin, values);
        long[][] timed = interleave(recipe, recipe.pairs(), jooq, twin, values);
        double jooqMedian = median(timed[0]) / 1e3;
        double twinMedian = median(timed[1]) / 1e3;
        System.out.printf("%-22s %12.1f %12.1f %7.2f %7d%n", recipe.name(), jooqMedian, twinMedian,
                jooqMedian / twinMedian, recipe.pairs());
        if (recipe.name().equals("findPost")) {
            printCurve(warm);
        }
    }

    /** Runs {@code pairs} pairs, jOOQ first in even pairs and the twin first in odd ones; nanoseconds per call. */
    private static long[][] interleave(RecipePair recipe, int pairs, Cookbook jooq, Cookbook twin,
                                       SplittableRandom values) {
        long[][] nanos = new long[2][pairs];
        int sink = 0;
        for (int i = 0; i < pairs; i++) {
            // both calls of a pair get the same bind values
            long seed = values.nextLong();
            for (int turn = 0; turn < 2; turn++) {
                int which = (i + turn) % 2;
                SplittableRandom same = new SplittableRandom(seed);
                long start = System.nanoTime();
                sink += recipe.call().run(which == 0 ? jooq : twin, same);
                nanos[which][i] = System.nanoTime() - start;
            }
        }
        // printed so that the JIT cannot drop the calls' results
        System.out.print(sink == Integer.MIN_VALUE ? "!" : "");
        return nanos;
    }

    private static void printCurve(long[][] warm) {
        StringBuilder curve = new StringBuilder("  findPost warm-up, jOOQ/JDBC per 1,000 pairs:");
        for (int from = 0; from + BUCKET <= warm[0].length; from += BUCKET) {
            double ratio = median(Arrays.copyOfRange(warm[0], from, from + BUCKET))
                    / median(Arrays.copyOfRange(warm[1], from, from + BUCKET));
            curve.append(String.format(" %.2f", ratio));
        }
        System.out.println(curve);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : List.of(args)) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }
}
