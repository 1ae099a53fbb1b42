/**
 * jOOQ classes generated at build time from the Flyway migrations in
 * {@code io/github/querycookbook/migration/standard} (tables, records, keys and path joins). Nothing here is
 * committed: {@code ./mvnw package} writes it to {@code target/generated-sources/jooq}.
 */
package io.github.querycookbook.schema;
