package io.github.querycookbook.writes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The transaction every write of both cookbooks runs in, decided by the state of the one connection it gets.
 *
 * <ul>
 *   <li><b>Auto-commit on</b> (no transaction around the call): the write's own transaction. Auto-commit goes off, the
 *   work runs, and it commits; on any exception it rolls back. Auto-commit is restored either way. When the
 *   connection died mid-transaction, the rollback and the restore fail too: the caller gets the original error, with
 *   theirs as suppressed exceptions, and the pool evicts the connection. A deadlock or serialization failure
 *   ({@link SqlErrors#RETRYABLE}: SQLSTATE 40001, or 40P01 on PostgreSQL) runs the whole work again after a short
 *   random pause, at most {@link #MAX_ATTEMPTS} times in all, then it is rethrown ({@link #runRetryingUniqueViolations} also runs it again
 *   after a unique violation).</li>
 *   <li><b>Auto-commit off</b>: the caller's transaction (jOOQ's {@code dsl.transaction(…)}, Spring's
 *   {@code @Transactional}, or plain JDBC). The work joins it under a {@link Savepoint}: released on success, rolled
 *   back to on failure, so the caller's earlier work stays. It never commits, so the caller's rollback undoes the
 *   write, and it never retries: a deadlock has already rolled back the caller's whole transaction on MariaDB, and
 *   PostgreSQL has aborted it, so only the caller can start again.</li>
 * </ul>
 *
 * <p>Why not jOOQ's {@code dsl.transactionResult(…)}: its {@code DefaultTransactionProvider} treats the first
 * transaction of a fresh context as top level and commits the connection at the end, which would commit a caller's
 * plain JDBC transaction on that connection. This helper looks at the connection itself instead, and works the same
 * for jOOQ and for plain JDBC.
 */
public final class WriteTransaction {

    /**
     * How many times the write's own transaction runs at most when the engine answers with a deadlock. Ten, not five:
     * on a 3-node Galera cluster, eight threads liking four posts through all nodes lost a call after five attempts,
     * each aborted by another node's commit on the same post's counter.
     */
    public static final int MAX_ATTEMPTS = 10;

    /** The longest pause before an attempt: 5 &middot; 2<sup>5</sup> ms. */
    private static final int MAX_PAUSE_EXPONENT = 5;

    /** The statements of one write, on the connection given to {@link #run}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private interface Rollback {
        void run() throws SQLException;
    }

    private WriteTransaction() {
    }

    /** Runs {@code work} in the write's own transaction or under a savepoint of the caller's; see the class. */
    public static <T> T run(Connection connection, Work<T> work) throws SQLException {
        return run(connection, work, EnumSet.of(SqlErrors.RETRYABLE));
    }

    /**
     * Like {@link #run(Connection, Work)}, and the write's own transaction also runs again after a unique violation:
     * for a write that skips existing rows, where a unique violation only means that another transaction inserted
     * one of them in between (H2's {@code merge} answers such a race so), and the next run skips it.
     */
    public static <T> T runRetryingUniqueViolations(Connection connection, Work<T> work) throws SQLException {
        return run(connection, work, EnumSet.of(SqlErrors.RETRYABLE, SqlErrors.UNIQUE_VIOLATION));
    }

    private static <T> T run(Connection connection, Work<T> work, Set<SqlErrors> retryOn) throws SQLException {
        if (!connection.getAutoCommit()) {
            return underSavepoint(connection, work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return inOwnTransaction(connection, work);
            } catch (SQLException | RuntimeException e) {
                if (attempt == MAX_ATTEMPTS || !retryOn.contains(SqlErrors.of(e)) || !pausedBeforeAttempt(attempt)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Waits a random 0 to 5 &middot; 2<sup>attempt</sup> ms, at most 160 ms (a second in all at most), before the next
     * attempt, false if interrupted: callers that deadlocked together and ran again at once would deadlock again (16
     * callers creating one username through a pool on MariaDB did, five times in a row).
     */
    private static boolean pausedBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5L << Math.min(attempt, MAX_PAUSE_EXPONENT)));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs {@code work} once in a transaction of its own on a connection in auto-commit mode: auto-commit goes off,
     * the work runs and commits, and auto-commit is restored, also after a failure (rolled back, the original error
     * thrown with any failed clean-up attached as suppressed). No retry: the streaming export uses it too.
     */
    public static <T> T inOwnTransaction(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            connection.commit();
        } catch (Throwable e) {
            // on a connection that died mid-transaction both fail too: the caller must see why it died, not that
            undo(e, connection::rollback);
            undo(e, () -> connection.setAutoCommit(true));
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    private static <T> T underSavepoint(Connection connection, Work<T> work) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        T result;
        try {
            result = work.run();
        } catch (Throwable e) {
            // after a MariaDB deadlock the savepoint is gone with the transaction: the original error matters
            undo(e, () -> connection.rollback(savepoint));
            throw e;
        }
        connection.releaseSavepoint(savepoint);
        return result;
    }

    private static void undo(Throwable failure, Rollback rollback) {
        try {
            rollback.run();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
