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
 * retryable       40001, 40P01 40001           40001 (deadlock 1213)
 * </pre>
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
        return RETRYABLE_STATES.contains(state) ? RETRYABLE : OTHER;
    }

    /** Whether {@code error} is a unique or a foreign-key violation. */
    public static boolean isConstraintViolation(Throwable error) {
        SqlErrors kind = of(error);
        return kind == UNIQUE_VIOLATION || kind == FOREIGN_KEY_VIOLATION;
    }
}
