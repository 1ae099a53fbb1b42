package io.github.querycookbook.export;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The transaction a streamed read needs, decided by the state of its one connection, for both cookbooks.
 *
 * <p>pgjdbc fetches a result in chunks of the statement's fetch size only inside a transaction: with auto-commit on,
 * it reads the whole result into memory before the first row, whatever the fetch size. So with <b>auto-commit on</b>
 * the read gets a transaction of its own: auto-commit goes off, the work runs and commits (it only read), and
 * auto-commit is restored, also when the work fails (after a rollback). With <b>auto-commit off</b> the work runs in
 * the caller's transaction, which it neither commits nor rolls back. MariaDB Connector/J needs only the fetch size,
 * and H2 (over TCP) fetches in chunks anyway; the same rule keeps both cookbooks and all engines on one path.
 *
 * <p>Why not {@link io.github.querycookbook.writes.WriteTransaction}: it runs the work again after a deadlock, which
 * would write the rows to the caller's writer twice.
 */
public final class StreamingRead {

    /** The statements of the read, on the connection given to {@link #run}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private interface Undo {
        void run() throws SQLException;
    }

    private StreamingRead() {
    }

    /** Runs {@code work} in a transaction of its own, or in the caller's; see the class. */
    public static <T> T run(Connection connection, Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run();
        }
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            connection.commit();
        } catch (Throwable e) {
            // on a connection that died mid-read both fail too: the caller must see why it died, not that
            undo(e, connection::rollback);
            undo(e, () -> connection.setAutoCommit(true));
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    private static void undo(Throwable failure, Undo undo) {
        try {
            undo.run();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
