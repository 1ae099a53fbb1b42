/**
 * Recipes that recommend: "people who liked this also liked" ({@code alsoLiked}), a self-join of
 * {@code post_likes} that counts, for every other post, the users who liked both.
 *
 * <p>{@link io.github.querycookbook.recommendations.RecommendationQueries} builds the query without running it;
 * {@link io.github.querycookbook.QueryCookbook} checks the limit, runs the query and maps its rows.
 */
package io.github.querycookbook.recommendations;
