/**
 * Random differential testing: small social datasets and questions are generated, and every read recipe of
 * {@link io.github.querycookbook.QueryCookbook} and {@link io.github.querycookbook.VanillaSqlCookbook} must answer
 * exactly as {@link io.github.querycookbook.differential.ModelCookbook}, a plain-Java model over the generated lists,
 * on H2, PostgreSQL and MariaDB; see {@link io.github.querycookbook.differential.RandomDifferentialTest}.
 *
 * <p>{@link io.github.querycookbook.differential.PropertyRunner} is a small property runner, seeded tries plus greedy
 * shrinking by {@link io.github.querycookbook.differential.Shrinker}, over what
 * {@link io.github.querycookbook.differential.Generators} draws. The jqwik library was not used, at its author's
 * request.
 */
package io.github.querycookbook.differential;
