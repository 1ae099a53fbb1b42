/**
 * The seed and nested recipes the way a Spring Data JPA / Hibernate 7 user writes them: entities mapped onto the
 * cookbook's tables (no schema generation, no second-level cache) and JPQL with constructor expressions and
 * {@code join fetch}, on the trial's one connection.
 */
package io.github.querycookbook.bench.hibernate;
