package io.github.querycookbook.testing;

import javax.sql.DataSource;

/**
 * A database made for one test class, and how to remove it afterwards.
 *
 * @param jdbcUrl    a URL that reaches it on its own, user included, for code that takes URLs (such as the tour)
 * @param dataSource a plain data source for it
 * @param drop       removes it
 */
record FreshDatabase(String jdbcUrl, DataSource dataSource, Runnable drop) {
}
