/**
 * The JMH suite of issue 10: every read recipe through {@link io.github.querycookbook.QueryCookbook} (jOOQ) and
 * {@link io.github.querycookbook.VanillaSqlCookbook} (JDBC, the same SQL), the seed and nested recipes the way a
 * Hibernate 7 user writes them, and the nested recipe as an N+1 loop. {@link io.github.querycookbook.bench.BenchRun}
 * runs it and {@link io.github.querycookbook.bench.BenchReport} turns the results into docs/benchmarks.md and .svg.
 * Only the {@code benchmarks} Maven profile compiles this source set.
 */
package io.github.querycookbook.bench;
