/**
 * Recipes that read a parent with its children in one statement: {@code postsWithLikers} (a list of names per post)
 * and {@code authorSummaries} (a list of posts with their like counts per user), built with jOOQ's
 * {@code multisetAgg}, which every engine answers with JSON aggregation.
 *
 * <p>{@link io.github.querycookbook.nested.NestedQueries} builds each query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs it.
 */
package io.github.querycookbook.nested;
