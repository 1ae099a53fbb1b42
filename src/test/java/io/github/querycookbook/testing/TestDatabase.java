package io.github.querycookbook.testing;

import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import java.sql.Connection;
import java.sql.SQLException;
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

    /**
     * Another connection to the server that {@code other} is connected to: on the cluster, to the same node, where a
     * session can be ended ({@code KILL} acts on one node's sessions only).
     */
    public Connection connectionBeside(Connection other) throws SQLException {
        return engine == Engine.GALERA ? GaleraServer.nodeOf(other).dataSource(other.getCatalog()).getConnection()
                : dataSource().getConnection();
    }

    /**
     * On the cluster, this database through the one node that hands out {@code id} as a generated id: each node
     * counts in steps of three from an offset of its own ({@link GeneratedIds}), so that a test which names the rows
     * it creates by id runs where those ids come out. On another engine, this database.
     */
    public TestDatabase throughTheNodeThatGenerates(long id) {
        if (engine != Engine.GALERA) {
            return this;
        }
        GaleraNode node = GaleraServer.nodeGenerating(id);
        return new TestDatabase(engine, GaleraServer.onNode(node, database.jdbcUrl(), 7), null,
                name + " through node " + node.number());
    }

    /**
     * On the cluster, node {@code number} (1 to 3) alone, with {@code wsrep_sync_wait} as given: 0 reads whatever the
     * node has applied, 7 first waits until it has applied every earlier commit of the cluster.
     *
     * @throws IllegalStateException on another engine
     */
    public DataSource onNode(int number, int syncWait) {
        if (engine != Engine.GALERA) {
            throw new IllegalStateException("only the Galera cluster has nodes; this is " + name);
        }
        return GaleraServer.onNode(GaleraServer.CLUSTER.nodes().get(number - 1), database.jdbcUrl(), syncWait)
                .dataSource();
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
