/**
 * Plain JDBC for the vanilla-SQL twins: {@link io.github.querycookbook.vanilla.SqlFile} reads a {@code .sql} file
 * from the jar and turns its {@code :named} parameters into JDBC {@code ?} markers;
 * {@link io.github.querycookbook.vanilla.SqlRunner} runs it with a {@code PreparedStatement}, values always bound.
 */
package io.github.querycookbook.vanilla;
