package io.github.querycookbook;

import static io.github.querycookbook.TableRows.count;
import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.USERS;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import io.github.querycookbook.tour.RolledBack;
import io.github.querycookbook.writes.WriteTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.impl.DSL;

/**
 * The transaction of the writes ({@link WriteTransaction}) on every engine: a caller's transaction, whether jOOQ's or
 * plain JDBC's, decides what is committed, a failing write inside it keeps the caller's earlier work (the savepoint),
 * and the write's own transaction restores auto-commit and runs again after a deadlock, but never inside a caller's.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class WriteTransactionsTest {

    @EngineTest
    void aJooqTransactionRolledBackUndoesTheWrites(TestDatabase db) {
        // when
        Throwable rolledBack = catchThrowable(() -> db.dsl().transaction(configuration -> {
            QueryCookbook cookbook = new QueryCookbook(configuration.dsl());
            cookbook.createUser("jooq rolled back");
            cookbook.like(QUIET, 1);
            throw new IllegalStateException("roll back");
        }));
        // then
        assertThat(rolledBack).hasMessage("roll back");
        assertThat(db.queryCookbook().findUserByUsername("jooq rolled back")).isEmpty();
        assertThat(db.queryCookbook().hasLiked(QUIET, 1)).isFalse();
    }

    @EngineTest
    void aPlainJdbcTransactionDecidesForBothCookbooks(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            // given a caller's transaction
            connection.setAutoCommit(false);
            for (Cookbook cookbook : cookbooksOn(db, connection)) {
                String prefix = cookbook.getClass().getSimpleName();
                // when it writes, a write fails, and it writes again
                cookbook.createUser(prefix + " kept");
                assertThatThrownBy(() -> cookbook.createUser("ann")).isInstanceOf(AlreadyExistsException.class);
                assertThatThrownBy(() -> cookbook.createPost(UNKNOWN_ID, "x")).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> cookbook.like(UNKNOWN_ID, 1)).isInstanceOf(NotFoundException.class);
                cookbook.createUser(prefix + " after the failures");
                cookbook.createUser(prefix + " last");
            }
            // then the writes are not committed yet, and the transaction is still usable
            assertThat(db.queryCookbook().findUserByUsername("QueryCookbook kept")).isEmpty();
            assertThat(connection.getAutoCommit()).isFalse();
            connection.commit();
        }
        assertThat(db.queryCookbook().getUserByUsername("QueryCookbook kept")).isNotNull();
        assertThat(db.queryCookbook().getUserByUsername("VanillaSqlCookbook after the failures")).isNotNull();
        assertThat(count(db, POSTS, POSTS.USER_ID.eq(UNKNOWN_ID))).as("the failed post's row").isZero();
    }

    @EngineTest
    void aPlainJdbcRollbackUndoesTheWritesOfBothCookbooks(TestDatabase db) throws SQLException {
        int posts = count(db, POSTS);
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (Cookbook cookbook : cookbooksOn(db, connection)) {
                cookbook.createPost(ANN, "rolled back");
                cookbook.unlike(ANN, 1);
            }
            connection.rollback();
        }
        assertThat(count(db, POSTS)).isEqualTo(posts);
        assertThat(db.queryCookbook().hasLiked(ANN, 1)).isTrue();
    }

    @EngineTest
    void theToursRolledBackExamplesCommitNothing(TestDatabase db) {
        int users = count(db, USERS);

        String created = RolledBack.run(db.dsl(), dsl -> new QueryCookbook(dsl).createUser("tour user").username());

        assertThat(created).isEqualTo("tour user");
        assertThat(count(db, USERS)).isEqualTo(users);
    }

    @EngineTest
    void theToursTwinOnTheRolledBackConnectionCommitsNothing(TestDatabase db) {
        int users = count(db, USERS);

        String created = RolledBack.run(db.dsl(), dsl -> dsl.connectionResult(connection ->
                new VanillaSqlCookbook(RolledBack.dataSourceOf(connection)).createUser("tour twin").username()));

        assertThat(created).isEqualTo("tour twin");
        assertThat(count(db, USERS)).isEqualTo(users);
    }

    @EngineTest
    void theWritesOwnTransactionRestoresAutoCommitAfterSuccessAndFailure(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            for (Cookbook cookbook : cookbooksOn(db, connection)) {
                cookbook.like(QUIET, 3);
                assertThatThrownBy(() -> cookbook.createUser("ann")).isInstanceOf(AlreadyExistsException.class);
                assertThat(connection.getAutoCommit()).isTrue();
            }
        }
        assertThat(db.queryCookbook().hasLiked(QUIET, 3)).isTrue();
    }

    @EngineTest
    void itsOwnTransactionRunsAgainAfterADeadlockAtMostFiveTimes(TestDatabase db) throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        try (Connection connection = db.dataSource().getConnection()) {
            String answer = WriteTransaction.run(connection, () -> {
                if (attempts.incrementAndGet() < 3) {
                    throw new SQLTransactionRollbackException("Deadlock found", "40001", 1213);
                }
                return "third time";
            });
            assertThat(answer).isEqualTo("third time");
            assertThat(attempts).hasValue(3);

            attempts.set(0);
            assertThatThrownBy(() -> WriteTransaction.run(connection, () -> {
                attempts.incrementAndGet();
                throw new SQLTransactionRollbackException("deadlock detected", "40P01");
            })).hasMessage("deadlock detected");
            assertThat(attempts).hasValue(WriteTransaction.MAX_ATTEMPTS);
        }
    }

    @EngineTest
    void aCallersTransactionIsNeverRunAgain(TestDatabase db) throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> WriteTransaction.run(connection, () -> {
                attempts.incrementAndGet();
                throw new SQLTransactionRollbackException("Deadlock found", "40001", 1213);
            })).hasMessage("Deadlock found");
            connection.rollback();
        }
        assertThat(attempts).hasValue(1);
    }

    @EngineTest
    void aConnectionThatDiesReportsWhyItDiedNotThatTheCleanUpFailed(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            // when the work's connection dies, so that the rollback and the restore of auto-commit fail too
            Throwable failure = catchThrowable(() -> WriteTransaction.run(connection, () -> {
                connection.close();
                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
            }));

            // then the caller gets the work's error, and the failed clean-up rides along
            assertThat(failure).hasMessage("An I/O error occurred while sending to the backend.");
            assertThat(failure.getSuppressed()).hasSize(2);
        }
    }

    /** Both cookbooks on exactly this connection, which they must neither commit nor close. */
    private static List<Cookbook> cookbooksOn(TestDatabase db, Connection connection) {
        return List.of(new QueryCookbook(DSL.using(connection, db.engine().dialect())),
                new VanillaSqlCookbook(RolledBack.dataSourceOf(connection)));
    }
}
