/**
 * The tour: a runnable walk through every recipe of the {@link io.github.querycookbook.RecipeCatalog}. For each it
 * prints the jOOQ code ({@link io.github.querycookbook.tour.JavaSource}, read from the sources the jar ships), the SQL
 * jOOQ renders, the twin's SQL, each example's result ({@link io.github.querycookbook.tour.ExampleResult}, a table
 * drawn by jOOQ's {@code Result.format()}), and whether jOOQ and the twin agree. It runs on an in-memory H2 database
 * with the {@link io.github.querycookbook.tour.DemoData}, or on any JDBC URL given with {@code --url}.
 *
 * <p>The generated catalogue ({@code docs/recipes.md}) uses the same source reader, example results and demo data, so
 * the two always show the same thing.
 */
package io.github.querycookbook.tour;
