/**
 * Recipes that write: {@code createUser}, {@code createPost}, {@code like}, {@code unlike} and {@code importLikes},
 * safe when many callers write the same rows at once.
 *
 * <p>{@link io.github.querycookbook.writes.WriteQueries} and {@link io.github.querycookbook.writes.ImportQueries}
 * build each statement without running it; {@link io.github.querycookbook.writes.WriteTransaction} is the transaction
 * both cookbooks run their writes in (their own, or a savepoint of the caller's);
 * {@link io.github.querycookbook.writes.SqlErrors} tells the engines' unique, foreign-key and deadlock errors apart, so
 * that a write translates the engine's answer instead of checking first, which would race.
 */
package io.github.querycookbook.writes;
