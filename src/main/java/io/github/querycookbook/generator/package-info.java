/**
 * A realistic, deterministic data generator for the cookbook's tables, and a fast loader for it: N users, posts and
 * likes from a seed, with Zipf-like popularity, skewed authors and likers, post times spread over a year with ties, and
 * likes that come after their posts. {@link io.github.querycookbook.generator.DataGenerator} is the Java API that
 * benchmarks and tests use; {@link io.github.querycookbook.generator.GenerateData} is its command line.
 *
 * <p>This package is a tool, not a recipe: it writes rows with plain JDBC (COPY on PostgreSQL, multi-row inserts on
 * H2 and MariaDB) because that is what loading 10<sup>7</sup> likes quickly takes. Every value still reaches the
 * database as a bind value or through COPY's data stream, never inside SQL text.
 */
package io.github.querycookbook.generator;
