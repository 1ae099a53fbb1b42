/**
 * The dynamic post search ({@code searchPosts}): only the criteria that are set become conditions, built with
 * jOOQ's {@code noCondition()}, so an unset criterion leaves no trace in the SQL.
 *
 * <p>{@link io.github.querycookbook.search.PostSearchQueries} builds the query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs and maps it.
 */
package io.github.querycookbook.search;
