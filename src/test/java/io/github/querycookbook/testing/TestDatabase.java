package io.github.querycookbook.testing;

import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * One engine's fresh database for one test class, reached through a plain {@link DataSource}. When the engine is not
 * available (and CI does not require it), {@link SkipUnavailableEngines} reports the test as skipped before it runs.
 */
public final class TestDatabase {

    private final Engine engine;
    private final FreshDatabase database;
    private final String unavailableReason;
    private final String name;

    private TestDatabase(Engine engine, FreshDatabase database, String unavailableReason) {
        this(engine, database, unavailableReason, engine.toString());
    }

    private TestDatabase(Engine engine, FreshDatabase database, String unavailableReason, String name) {
        this.engine = engine;
        this.database = database;
        this.unavailableReason = unavailableReason;
        this.name = name;
    }

    static TestDatabase available(Engine engine, FreshDatabase database) {
        return new TestDatabase(engine, database, null);
    }

    static TestDatabase unavailable(Engine engine, String reason) {
        return new TestDatabase(engine, null, reason);
    }

    public Engine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    /** A JDBC URL of this database, user included. */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** Why this engine is skipped in this run, or empty when it is available. */
    public Optional<String> skipReason() {
        return Optional.ofNullable(unavailableReason);
    }

    /** Exactly what a user writes: {@code DSL.using(dataSource, dialect)}, nothing more. */
    public DSLContext dsl() {
        return DSL.using(dataSource(), engine.dialect());
    }

    public QueryCookbook queryCookbook() {
        return new QueryCookbook(dsl());
    }

    public VanillaSqlCookbook vanillaCookbook() {
        return new VanillaSqlCookbook(dataSource());
    }

    /**
     * This PostgreSQL database reached with {@code preferQueryMode=simple}, in which pgjdbc inlines the bind values
     * itself; it stays this test class's database, with the same rows.
     *
     * @throws IllegalStateException on another engine
     */
    public TestDatabase inSimpleQueryMode() {
        if (engine != Engine.POSTGRES || database == null) {
            throw new IllegalStateException("preferQueryMode=simple is a pgjdbc setting; this is " + name);
        }
        return new TestDatabase(engine, PostgresServer.inSimpleQueryMode(database), null,
                name + " (preferQueryMode=simple)");
    }

    @Override
    public String toString() {
        return name;
    }
}
