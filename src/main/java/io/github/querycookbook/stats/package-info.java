/**
 * Recipes that aggregate and rank: the likes each user received, filtered on the total with {@code having}
 * ({@code authorsWithAtLeast}); all-time and recent likes in one pass with conditional aggregation
 * ({@code likeStatsSince}); each author's most-liked post with {@code row_number} ({@code topPostPerAuthor}); and
 * posts ranked with ties visible, {@code rank} beside {@code dense_rank} ({@code rankPostsByLikes}).
 *
 * <p>{@link io.github.querycookbook.stats.AggregateQueries} and {@link io.github.querycookbook.stats.WindowQueries}
 * build each query without running it; {@link io.github.querycookbook.QueryCookbook} runs and maps it.
 */
package io.github.querycookbook.stats;
