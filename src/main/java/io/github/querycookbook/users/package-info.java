/**
 * Recipes that read users: the fetch modes "zero or one" ({@code findUserByUsername}) and "exactly one, or 404"
 * ({@code getUserByUsername}) on a unique column that is not the id.
 *
 * <p>{@link io.github.querycookbook.users.UserQueries} builds the query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs and maps it.
 */
package io.github.querycookbook.users;
