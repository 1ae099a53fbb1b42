package io.github.querycookbook.export;

import io.github.querycookbook.writes.WriteTransaction;
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
 * <p>Why not {@link WriteTransaction#run}: it runs the work again after a deadlock, which would write the rows to
 * the caller's writer twice; {@link WriteTransaction#inOwnTransaction} runs it once.
 */
public final class StreamingRead {

    private StreamingRead() {
    }

    /** Runs {@code work} in a transaction of its own, or in the caller's; see the class. */
    public static <T> T run(Connection connection, WriteTransaction.Work<T> work) throws SQLException {
        return connection.getAutoCommit() ? WriteTransaction.inOwnTransaction(connection, work) : work.run();
    }
}
