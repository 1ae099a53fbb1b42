package io.github.querycookbook.testing;

import javax.sql.DataSource;

/** A database made for one test class, and how to remove it afterwards. */
record FreshDatabase(DataSource dataSource, Runnable drop) {
}
