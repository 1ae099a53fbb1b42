package io.github.querycookbook.testing;

import java.sql.SQLException;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A MariaDB server ({@code COOKBOOK_MARIADB_HOST}, {@code COOKBOOK_MARIADB_PORT}; default 127.0.0.1:3306, user
 * {@code root}, no password). Databases are created with the server's default character set and collation, so the
 * tests prove that the migration pins its own.
 */
final class MariaDbServer extends EngineServer {

    private final String host = env("COOKBOOK_MARIADB_HOST", "127.0.0.1");
    private final String port = env("COOKBOOK_MARIADB_PORT", "3306");
    private final MariaDbDataSource admin = dataSource("");

    @Override
    FreshDatabase createBlank(String name) {
        execute(admin, "CREATE DATABASE " + name);
        return new FreshDatabase(url(name), dataSource(name), () -> execute(admin, "DROP DATABASE IF EXISTS " + name));
    }

    @Override
    String unreachableReason() {
        return unreachableReason(admin, "MariaDB at " + host + ":" + port);
    }

    private String url(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database + "?user=root";
    }

    private MariaDbDataSource dataSource(String database) {
        try {
            return new MariaDbDataSource(url(database) + "&connectTimeout=5000");
        } catch (SQLException e) {
            throw new IllegalArgumentException("Bad MariaDB address " + host + ":" + port, e);
        }
    }
}
