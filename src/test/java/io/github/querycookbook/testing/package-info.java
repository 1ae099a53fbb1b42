/**
 * Test support: every engine as a test parameter. {@link io.github.querycookbook.testing.EngineTest @EngineTest} runs
 * a test once per engine (H2, PostgreSQL, MariaDB) with a fresh database per test class, prepared as the class's
 * {@link io.github.querycookbook.testing.DatabaseSetup @DatabaseSetup} asks. With {@code CI=true} an unreachable
 * PostgreSQL or MariaDB fails the run; otherwise an embedded server from Maven stands in, and where none starts, its
 * tests are reported as skipped, with the reason. {@link io.github.querycookbook.testing.EngineSummary} ends each run
 * with one line per engine saying which.
 */
package io.github.querycookbook.testing;
