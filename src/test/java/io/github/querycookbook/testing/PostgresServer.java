package io.github.querycookbook.testing;

import io.github.querycookbook.CookbookSchema;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server ({@code COOKBOOK_POSTGRES_HOST}, {@code COOKBOOK_POSTGRES_PORT}; default 127.0.0.1:5432, user
 * {@code postgres}, no password). Migrated databases are copies of one template migrated once per JVM, which is much
 * faster than migrating each. Databases use the C collation, so name order is code-point order on every server.
 */
final class PostgresServer extends EngineServer {

    private final String host = env("COOKBOOK_POSTGRES_HOST", "127.0.0.1");
    private final String port = env("COOKBOOK_POSTGRES_PORT", "5432");
    private final PGSimpleDataSource admin = dataSource("postgres");
    private String template;

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
        try (var connection = admin.getConnection()) {
            return null;
        } catch (Exception e) {
            return "no PostgreSQL at " + host + ":" + port + " (" + e.getMessage() + ")";
        }
    }

    private FreshDatabase freshDatabase(String name) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + name + "?user=postgres";
        return new FreshDatabase(url, dataSource(name), () -> drop(name));
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
