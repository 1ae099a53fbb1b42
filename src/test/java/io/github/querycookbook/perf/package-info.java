/**
 * Performance tools that are not tests: {@link io.github.querycookbook.perf.InterleavedRatios} measures each read
 * recipe of {@code QueryCookbook} against its {@code VanillaSqlCookbook} twin on one PostgreSQL connection. Surefire
 * never runs them (no class here is named like a test).
 */
package io.github.querycookbook.perf;
