package io.github.querycookbook.bench;

import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.generator.LoadReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the trial's one connection to the data set of an engine and size, migrating and loading it only when the
 * database does not hold it yet: a marker table records which data set was loaded, so PostgreSQL and MariaDB load
 * each size once across runs, and an in-memory H2 once per JVM.
 */
public final class BenchDatabase {

    /** Changes whenever {@link BenchData} would write different rows, which forces a reload. */
    private static final String DATA_VERSION = "generator-1";

    /** The data sets this JVM has checked already: a trial in a shared JVM skips Flyway's seconds of checking. */
    private static final Set<String> READY = ConcurrentHashMap.newKeySet();

    private BenchDatabase() {
    }

    public static SingleConnection open(BenchEngine engine, int likes) throws SQLException {
        SingleConnection dataSource = new SingleConnection(engine.connect(likes));
        if (READY.add(engine.label() + likes)) {
            prepare(engine, likes, dataSource);
        }
        return dataSource;
    }

    private static void prepare(BenchEngine engine, int likes, SingleConnection dataSource) throws SQLException {
        CookbookSchema.migrate(dataSource);
        String fingerprint = DATA_VERSION + " likes=" + likes;
        try (Statement statement = dataSource.connection().createStatement()) {
            if (!fingerprint.equals(marker(statement))) {
                long start = System.nanoTime();
                statement.execute("DROP TABLE IF EXISTS bench_dataset");
                for (String table : new String[] {"post_likes", "posts", "users"}) {
                    statement.execute("DELETE FROM " + table);
                }
                // The generator writes each post's final like_count itself.
                LoadReport report = BenchData.load(dataSource, likes);
                analyze(engine, statement);
                statement.execute("CREATE TABLE bench_dataset (fingerprint VARCHAR(100) NOT NULL)");
                statement.execute("INSERT INTO bench_dataset VALUES ('" + fingerprint + "')");
                System.out.printf("[bench] %s: %s; %.1f s with clearing and statistics%n",
                        engine.label(), report.summary(), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static String marker(Statement statement) {
        try (ResultSet rows = statement.executeQuery("SELECT fingerprint FROM bench_dataset")) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException missing) {
            return null;
        }
    }

    /** Fresh statistics, so that the planners see the loaded sizes rather than empty tables. */
    private static void analyze(BenchEngine engine, Statement statement) throws SQLException {
        switch (engine) {
            case H2 -> statement.execute("ANALYZE");
            case POSTGRES -> statement.execute("VACUUM ANALYZE");
            case MARIADB -> statement.execute("ANALYZE TABLE users, posts, post_likes");
        }
    }
}
