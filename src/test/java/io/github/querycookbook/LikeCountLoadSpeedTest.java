package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.counter.LikeCounter;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

/**
 * How fast likes load with the {@code like_count} triggers on, and with the session's escape hatch off plus a
 * recount; a measurement, not a check, so it runs only with {@code -Dcookbook.loadSpeed=true} and prints rows/s:
 * {@value #USERS} users &times; {@value #POSTS} posts = 200,000 likes, in one transaction, by a JDBC batch
 * ({@code reWriteBatchedInserts=true} on PostgreSQL, Connector/J's bulk on MariaDB) and, on PostgreSQL, by COPY.
 */
@DatabaseSetup(Setup.MIGRATED)
@EnabledIfSystemProperty(named = "cookbook.loadSpeed", matches = "true")
class LikeCountLoadSpeedTest {

    private static final int USERS = 500;
    private static final int POSTS = 400;
    private static final int BATCH = 10_000;

    @EngineTest
    void loadsTwoHundredThousandLikes(TestDatabase db) throws SQLException {
        String url = db.engine() == Engine.POSTGRES ? db.jdbcUrl() + "&reWriteBatchedInserts=true" : db.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url)) {
            prepare(connection);
            for (int round = 0; round < 2; round++) {
                report(db, "batch, triggers on", connection, () -> batch(connection));
                report(db, "batch, counter off, then recount", connection, () -> {
                    switchOff(db, connection);
                    batch(connection);
                    LikeCounter.recount(connection);
                });
                if (db.engine() == Engine.POSTGRES) {
                    report(db, "COPY, triggers on", connection, () -> copy(connection));
                    report(db, "COPY, counter off, then recount", connection, () -> {
                        switchOff(db, connection);
                        copy(connection);
                        LikeCounter.recount(connection);
                    });
                }
            }
        }
    }

    private interface Load {
        void run() throws Exception;
    }

    private static void report(TestDatabase db, String how, Connection connection, Load load) throws SQLException {
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        try {
            load.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        connection.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[load speed] %s, %s: %,d likes in %.2f s = %,.0f likes/s%n", db.engine(), how,
                USERS * POSTS, seconds, USERS * POSTS / seconds);
        assertThat(LikeCounter.recount(connection)).isZero();
        try (Statement statement = connection.createStatement()) {
            switchOff(db, connection);
            statement.executeUpdate("delete from post_likes");
            statement.executeUpdate("update posts set like_count = 0");
            if (db.engine() != Engine.POSTGRES) {
                statement.execute("set @cookbook_like_count = null");
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static void switchOff(TestDatabase db, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(db.engine() == Engine.POSTGRES
                    ? "select set_config('cookbook.like_count', 'off', true)"
                    : "set @cookbook_like_count = 'off'");
        }
    }

    private static void prepare(Connection connection) throws SQLException {
        try (PreparedStatement users = connection.prepareStatement("insert into users (id, username) values (?, ?)");
             PreparedStatement posts = connection.prepareStatement(
                     "insert into posts (id, user_id, content) values (?, 1, ?)")) {
            for (int id = 1; id <= USERS; id++) {
                users.setLong(1, id);
                users.setString(2, "loader " + id);
                users.addBatch();
            }
            users.executeBatch();
            for (int id = 1; id <= POSTS; id++) {
                posts.setLong(1, id);
                posts.setString(2, "loaded post " + id);
                posts.addBatch();
            }
            posts.executeBatch();
        }
    }

    private static void batch(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into post_likes (post_id, user_id) values (?, ?)")) {
            int pending = 0;
            for (int user = 1; user <= USERS; user++) {
                for (int post = 1; post <= POSTS; post++) {
                    insert.setLong(1, post);
                    insert.setLong(2, user);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static void copy(Connection connection) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int user = 1; user <= USERS; user++) {
            for (int post = 1; post <= POSTS; post++) {
                rows.append(post).append('\t').append(user).append('\n');
            }
        }
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy post_likes (post_id, user_id) from stdin", new StringReader(rows.toString()));
    }
}
