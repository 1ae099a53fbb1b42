/**
 * Recipes that rank posts by their likes at any scale: the top posts ({@code topPostsByLikeCount}) and the pages
 * after them ({@code topPostsByLikeCountAfter}, keyset pagination), read from the counter {@code posts.like_count}
 * and its index rather than aggregated from {@code post_likes}.
 *
 * <p>{@link io.github.querycookbook.ranking.RankingQueries} builds each query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs it and maps its rows.
 */
package io.github.querycookbook.ranking;
