/**
 * The tour: a runnable walk through every recipe of the {@link io.github.querycookbook.RecipeCatalog}. For each it
 * prints the SQL jOOQ renders, the twin's SQL, the result as a table, and whether jOOQ and the twin agree. It runs on
 * an embedded H2 database with demo data, or on any JDBC URL given with {@code --url}.
 */
package io.github.querycookbook.tour;
