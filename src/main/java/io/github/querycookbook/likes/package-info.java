/**
 * Recipes that go through the many-to-many link table {@code post_likes}: counting likes per post
 * ({@code postsByLikeCount}, join + group by + count) and listing the fans of an author
 * ({@code likersOfPostsBy}, two joins + distinct + filter).
 *
 * <p>{@link io.github.querycookbook.likes.LikeQueries} builds each query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs and maps it.
 */
package io.github.querycookbook.likes;
