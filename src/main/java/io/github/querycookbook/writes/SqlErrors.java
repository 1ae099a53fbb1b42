package io.github.querycookbook.writes;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells apart the errors a write handles, on each engine, from any exception: it walks the cause chain (jOOQ wraps the
 * driver's {@link SQLException} in a {@code DataAccessException}, the twin's runner in an
 * {@code IllegalStateException}) and each SQL exception's next exceptions (where a JDBC batch hides the real one).
 *
 * <pre>
 * kind            PostgreSQL   H2              MariaDB (SQLSTATE 23000 + vendor code)
 * unique key      23505        23505           1062
 * foreign key     23503        23506, 23503    1452, 1216
 * retryable       40001, 40P01 40001, HYT00    40001 (deadlock 1213)
 * </pre>
 *
 * <p>H2's HYT00 (code 50200) is a lock wait that timed out. Since the {@code like_count} triggers (V3) make every
 * write of a like also lock its post, a transaction that writes likes of one post can wait on another that holds a
 * like row and waits for the post; H2 then reports the timeout, not a deadlock, after its lock timeout (1 s by
 * default). Its statement is rolled back like a deadlock victim's, and running the write again passes.
 */
public enum SqlErrors {
    /** A unique or primary key already holds the value. */
    UNIQUE_VIOLATION,
    /** A foreign key references a row that does not exist. */
    FOREIGN_KEY_VIOLATION,
    /** A deadlock or serialization failure: the engine rolled the transaction back, and running it again may pass. */
    RETRYABLE,
    /** Anything else. */
    OTHER;

    private static final Set<String> FOREIGN_KEY_STATES = Set.of("23503", "23506");
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
    private static final Set<Integer> MARIADB_FOREIGN_KEY_CODES = Set.of(1452, 1216);
    private static final int MARIADB_DUPLICATE_KEY = 1062;
    private static final String H2_LOCK_TIMEOUT_STATE = "HYT00";
    private static final int H2_LOCK_TIMEOUT_CODE = 50200;

    /** The kind of the first SQL exception in {@code error}'s causes that is not {@link #OTHER}, else OTHER. */
    public static SqlErrors of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    SqlErrors kind = ofOne(next);
                    if (kind != OTHER) {
                        return kind;
                    }
                }
            }
        }
        return OTHER;
    }

    private static SqlErrors ofOne(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("23000")) {
            if (e.getErrorCode() == MARIADB_DUPLICATE_KEY) {
                return UNIQUE_VIOLATION;
            }
            return MARIADB_FOREIGN_KEY_CODES.contains(e.getErrorCode()) ? FOREIGN_KEY_VIOLATION : OTHER;
        }
        if (state.equals("23505")) {
            return UNIQUE_VIOLATION;
        }
        if (FOREIGN_KEY_STATES.contains(state)) {
            return FOREIGN_KEY_VIOLATION;
        }
        if (state.equals(H2_LOCK_TIMEOUT_STATE) && e.getErrorCode() == H2_LOCK_TIMEOUT_CODE) {
            return RETRYABLE;
        }
        return RETRYABLE_STATES.contains(state) ? RETRYABLE : OTHER;
    }

    /** Whether {@code error} is a unique or a foreign-key violation. */
    public static boolean isConstraintViolation(Throwable error) {
        SqlErrors kind = of(error);
        return kind == UNIQUE_VIOLATION || kind == FOREIGN_KEY_VIOLATION;
    }
}
