package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.USERS;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import io.github.querycookbook.writes.SqlErrors;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** {@link SqlErrors} on each engine's real errors, whose codes it pins, and on wrapped and chained exceptions. */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class SqlErrorsTest {

    @EngineTest
    void aTakenUsernameIsAUniqueViolation(TestDatabase db) {
        DataAccessException error = catchThrowableOfType(DataAccessException.class,
                () -> TableRows.dsl(db).insertInto(USERS, USERS.USERNAME).values("ann").execute());

        assertThat(SqlErrors.of(error)).isEqualTo(SqlErrors.UNIQUE_VIOLATION);
        assertThat(codes(error)).isEqualTo(Map.of(Engine.H2, List.of("23505", 23505), Engine.POSTGRES,
                List.of("23505", 0), Engine.MARIADB, List.of("23000", 1062), Engine.GALERA, List.of("23000", 1062))
                .get(db.engine()));
    }

    @EngineTest
    void anUnknownAuthorIsAForeignKeyViolation(TestDatabase db) {
        DataAccessException error = catchThrowableOfType(DataAccessException.class, () -> TableRows.dsl(db)
                .insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT).values(UNKNOWN_ID, "orphan").execute());

        assertThat(SqlErrors.of(error)).isEqualTo(SqlErrors.FOREIGN_KEY_VIOLATION);
        assertThat(codes(error)).isEqualTo(Map.of(Engine.H2, List.of("23506", 23506), Engine.POSTGRES,
                List.of("23503", 0), Engine.MARIADB, List.of("23000", 1452), Engine.GALERA, List.of("23000", 1452))
                .get(db.engine()));
    }

    @Test
    void findsTheCauseBehindWrappersAndInABatchsNextExceptions() {
        SQLException deadlock = new SQLException("Deadlock found", "40001", 1213);
        BatchUpdateException batch = new BatchUpdateException("batch failed", "", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(SqlErrors.of(new DataAccessException("wrapped", deadlock))).isEqualTo(SqlErrors.RETRYABLE);
        assertThat(SqlErrors.of(new IllegalStateException("sql/like.sql failed", batch)))
                .isEqualTo(SqlErrors.UNIQUE_VIOLATION);
        assertThat(SqlErrors.of(new SQLException("deadlock detected", "40P01"))).isEqualTo(SqlErrors.RETRYABLE);
        assertThat(SqlErrors.of(new SQLException("parent row", "23000", 1216)))
                .isEqualTo(SqlErrors.FOREIGN_KEY_VIOLATION);
    }

    @Test
    void leavesOtherErrorsAsOther() {
        assertThat(SqlErrors.of(new SQLException("check constraint", "23000", 4025))).isEqualTo(SqlErrors.OTHER);
        assertThat(SqlErrors.of(new SQLException("syntax", "42000"))).isEqualTo(SqlErrors.OTHER);
        assertThat(SqlErrors.of(new IllegalStateException("no SQL at all"))).isEqualTo(SqlErrors.OTHER);
    }

    /** The SQLSTATE and vendor code of the driver's exception. */
    private static List<Object> codes(DataAccessException error) {
        SQLException sql = error.getCause(SQLException.class);
        return List.of(sql.getSQLState(), sql.getErrorCode());
    }

    @Test
    void takesH2sLockTimeoutForRetryableAndNoOtherTimeout() {
        assertThat(SqlErrors.of(new SQLException("Timeout trying to lock table", "HYT00", 50200)))
                .isEqualTo(SqlErrors.RETRYABLE);
        assertThat(SqlErrors.of(new SQLException("Statement was canceled", "HYT00", 57014)))
                .isEqualTo(SqlErrors.OTHER);
    }
}
