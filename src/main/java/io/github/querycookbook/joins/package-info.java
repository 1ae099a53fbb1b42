/**
 * Recipes that join: an implicit to-one path join ({@code postsWithAuthor}), the many-to-many path through
 * {@code post_likes} ({@code likersOf}), the anti-join ({@code postsWithoutLikes}) and an existence check
 * ({@code hasLiked}).
 *
 * <p>{@link io.github.querycookbook.joins.JoinQueries} builds each query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs and maps it.
 */
package io.github.querycookbook.joins;
