/**
 * The build check that keeps plain SQL out of the recipes: {@link io.github.querycookbook.plainsql.NoPlainSql} is the
 * ArchUnit rule, {@code PlainSqlRuleTest} applies it to the main code and proves on
 * {@link io.github.querycookbook.plainsql.PlainSqlViolations} that it reports each banned call.
 */
package io.github.querycookbook.plainsql;
