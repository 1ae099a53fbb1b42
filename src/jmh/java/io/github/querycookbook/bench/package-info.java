/**
 * The JMH suite of issue 10: every read recipe through {@link io.github.querycookbook.QueryCookbook} (jOOQ) and
 * {@link io.github.querycookbook.VanillaSqlCookbook} (JDBC, the same SQL), the seed and nested recipes the way a
 * Hibernate 7 user writes them, and the nested recipe as an N+1 loop. {@link io.github.querycookbook.bench.BenchRun}
 * runs it and {@link io.github.querycookbook.bench.BenchReport} turns the results into docs/benchmarks.md and .svg.
 * Only the {@code benchmarks} Maven profile compiles this source set.
 *
 * <p>{@code ./mvnw -Pbenchmarks verify} runs it all: per engine and size one JVM for the index-driven recipes, one for
 * the whole-table ones and one for the nested comparison, then the warm-up curve, then the report. Knobs (Maven
 * properties): {@code -Dbench.engines=h2,postgres,mariadb}, {@code -Dbench.likes=10000,100000,1000000},
 * {@code -Dbench.recipes=<regex>}, {@code -Dbench.mode=full} (a JVM fork per trial, 5 × 2 s of warm-up and of
 * measurement) instead of {@code quick}, {@code -Dbench.jmh=…}, {@code -Dbench.jmhWhole=…} and
 * {@code -Dbench.jmhNested=…} (JMH options), {@code -Dbench.reportOnly=true} (rewrite the report from the last run),
 * {@code -Dbench.warmupCurve=false}, {@code -Dbench.docs=<dir>}. The data comes from
 * {@link io.github.querycookbook.generator.DataGenerator} (seed 1); PostgreSQL and MariaDB keep one database per size
 * ({@code qcb_bench_<likes>}) across runs.
 */
package io.github.querycookbook.bench;
