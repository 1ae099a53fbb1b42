/**
 * How the index-driven recipes scale on PostgreSQL: {@link io.github.querycookbook.perf.ScaleData} fills a migrated
 * database with skewed data on the server side, {@link io.github.querycookbook.perf.ScalingCheck} measures the
 * recipes' latency at two sizes (a harness run by hand, not a test), and
 * {@link io.github.querycookbook.perf.QueryPlans} reads the plans that {@code PlansAtScaleTest} asserts.
 */
package io.github.querycookbook.perf;
