package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.querycookbook.model.Like;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.Pool;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Insert;
import org.jooq.InsertValuesStep1;
import org.jooq.Merge;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The connection of an {@code importLikes} of 10,000 likes dies in the middle of its transaction: after the third of
 * its ten chunk inserts, another connection ends its session ({@code pg_terminate_backend} on PostgreSQL,
 * {@code KILL} on MariaDB, {@code ABORT_SESSION} on embedded H2). The caller gets the error of the statement that
 * found the connection dead, nothing of the import is visible, and the pool replaces the dead connection, so the next
 * call succeeds. On H2 that error is HikariCP's "Connection is closed": H2 reports the aborted session when jOOQ reads
 * the third statement's warnings, which jOOQ only logs, and the pool has then closed the connection (see
 * {@link Pool}); HikariCP's error has no SQLSTATE.
 */
class ConnectionFaultsTest {

    private static final int SIDE = 100;

    @EngineTest
    void aConnectionKilledMidImportLeavesNothingAndThePoolRecovers(TestDatabase db) throws Exception {
        try (Pool pool = Pool.of(db, 2)) {
            // given 10,000 likes of 100 new posts by 100 new users, and a listener that kills after the third chunk
            List<Like> likes = likesOfNewPostsByNewUsers(db);
            AtomicInteger chunks = new AtomicInteger();
            ExecuteListener killer = new ExecuteListener() {
                @Override
                public void executeEnd(ExecuteContext ctx) {
                    if ((ctx.query() instanceof Insert || ctx.query() instanceof Merge)
                            && chunks.incrementAndGet() == 3) {
                        kill(db, ctx.connection());
                    }
                }
            };
            DSLContext dsl = pool.dsl();
            dsl.configuration().set(new DefaultExecuteListenerProvider(killer));

            // when
            Throwable failure = catchThrowable(() -> new QueryCookbook(dsl).importLikes(likes));

            // then a clear error, no like of the import, no connection lent out
            assertThat(chunks).hasValue(3);
            assertThat(failure).isInstanceOf(DataAccessException.class);
            assertThat(reasonOf(failure)).as("%s", failure).isIn(expectedReasons(db));
            assertThat(TableRows.count(db, POST_LIKES)).isZero();
            assertThat(pool.activeConnections()).isZero();

            // and the next call through the same pool imports everything
            assertThat(pool.queryCookbook().importLikes(likes)).isEqualTo(SIDE * SIDE);
            assertThat(TableRows.count(db, POST_LIKES)).isEqualTo(SIDE * SIDE);
            assertThat(pool.activeConnections()).isZero();
        }
    }

    /**
     * The driver's reason, as its SQLSTATE and the end of the message. pgjdbc reports the killed session one of two
     * ways, depending on whether it reads the server's farewell before it finds the socket closed. MariaDB's
     * {@code (conn=N)} prefix is dropped, because N differs per run.
     */
    private static List<String> expectedReasons(TestDatabase db) {
        return switch (db.engine()) {
            case POSTGRES -> List.of(
                    "08006: An I/O error occurred while sending to the backend.",
                    "57P01: FATAL: terminating connection due to administrator command");
            case MARIADB -> List.of("08000: Socket error");
            // the loadbalance URL's driver reconnects at once, and says that the transaction is lost
            case GALERA -> List.of("25S03: Driver has reconnect connection after a communications link failure with "
                    + "127.0.0.1:<port>. In progress transaction was lost");
            case H2 -> List.of("null: Connection is closed");
        };
    }

    private static String reasonOf(Throwable failure) {
        String message = failure.getMessage();
        String driverMessage = message.substring(message.lastIndexOf("]; ") + 3);
        return sqlStateOf(failure) + ": " + driverMessage.replaceFirst("^\\(conn=\\d+\\) ", "")
                .replaceFirst("127\\.0\\.0\\.1:\\d+", "127.0.0.1:<port>").strip();
    }

    private static String sqlStateOf(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        return cause == null ? null : ((SQLException) cause).getSQLState();
    }

    private static List<Like> likesOfNewPostsByNewUsers(TestDatabase db) {
        DSLContext dsl = TableRows.dsl(db);
        InsertValuesStep1<?, String> users = dsl.insertInto(USERS, USERS.USERNAME);
        IntStream.range(0, SIDE).forEach(i -> users.values("fan " + i));
        users.execute();
        List<Long> userIds = dsl.select(USERS.ID).from(USERS).orderBy(USERS.ID).fetch(r -> r.value1());
        var posts = dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT);
        IntStream.range(0, SIDE).forEach(i -> posts.values(userIds.get(0), "post " + i));
        posts.execute();
        List<Long> postIds = dsl.select(POSTS.ID).from(POSTS).orderBy(POSTS.ID).fetch(r -> r.value1());
        return userIds.stream().flatMap(user -> postIds.stream().map(post -> new Like(user, post))).toList();
    }

    /** Ends the session of {@code victim} from another connection, and waits until the engine has ended it. */
    private static void kill(TestDatabase db, Connection victim) {
        try (Connection killer = db.connectionBeside(victim); Statement statement = killer.createStatement()) {
            long id = single(victim, switch (db.engine()) {
                case POSTGRES -> "select pg_backend_pid()";
                case MARIADB, GALERA -> "select connection_id()";
                case H2 -> "select session_id()";
            });
            switch (db.engine()) {
                case POSTGRES -> {
                    statement.execute("select pg_terminate_backend(" + id + ")");
                    while (single(killer, "select count(*) from pg_stat_activity where pid = " + id) > 0) {
                        Thread.sleep(10);
                    }
                }
                case MARIADB, GALERA -> statement.execute("kill connection " + id);
                case H2 -> statement.execute("call abort_session(" + id + ")");
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("could not kill the importing connection", e);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
