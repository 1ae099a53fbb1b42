/**
 * Random differential testing: jqwik generates small social datasets and questions, and every read recipe of
 * {@link io.github.querycookbook.QueryCookbook} and {@link io.github.querycookbook.VanillaSqlCookbook} must answer
 * exactly as {@link io.github.querycookbook.differential.ModelCookbook}, a plain-Java model over the generated lists,
 * on H2, PostgreSQL and MariaDB; see {@link io.github.querycookbook.differential.RandomDifferentialTest}.
 */
package io.github.querycookbook.differential;
