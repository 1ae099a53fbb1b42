/**
 * Performance tools that are not tests; Surefire never runs them (no class here is named like a test).
 * {@link io.github.querycookbook.perf.InterleavedRatios} measures each read recipe of {@code QueryCookbook} against
 * its {@code VanillaSqlCookbook} twin on one PostgreSQL connection. {@link io.github.querycookbook.perf.ScaleData}
 * fills a migrated database with skewed data on the server side, {@link io.github.querycookbook.perf.ScalingCheck}
 * measures the index-driven recipes' latency at two sizes, and {@link io.github.querycookbook.perf.QueryPlans} reads
 * the plans that {@code PlansAtScaleTest} asserts. {@link io.github.querycookbook.perf.ClusterCheck} measures what
 * a MariaDB Galera cluster costs the writes and the causal reads.
 */
package io.github.querycookbook.perf;
