/**
 * Recipes that read posts: ordering ({@code postsNewestFirst}), filtering ({@code postsBy}) and the fetch modes
 * "zero or one" ({@code findPost}) and "exactly one, or 404" ({@code getPost}).
 *
 * <p>{@link io.github.querycookbook.posts.PostQueries} builds each recipe's query as a jOOQ {@code ResultQuery}
 * without running it; {@link io.github.querycookbook.QueryCookbook} runs and maps it.
 */
package io.github.querycookbook.posts;
