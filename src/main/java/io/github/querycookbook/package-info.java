/**
 * The cookbook's public entry points.
 *
 * <ul>
 *   <li>{@link io.github.querycookbook.CookbookSchema} creates the schema with the library's own Flyway
 *       migrations.</li>
 *   <li>{@link io.github.querycookbook.Cookbook} lists the recipes; {@link io.github.querycookbook.QueryCookbook} runs
 *       them with jOOQ and {@link io.github.querycookbook.VanillaSqlCookbook} runs their plain-SQL twins.</li>
 *   <li>{@link io.github.querycookbook.CookbookDsl} prepares a {@code DSLContext} for the recipes, with or without a
 *       database.</li>
 * </ul>
 *
 * <p>The recipes' queries live in feature packages: {@code posts} (ordering, filtering, fetch modes) and
 * {@code likes} (aggregation and joins through the link table). Each offers its recipes as a
 * {@link io.github.querycookbook.Topic} of the {@link io.github.querycookbook.RecipeCatalog}, which the tour
 * ({@code tour}) runs and the generated catalogue shows.
 */
package io.github.querycookbook;
