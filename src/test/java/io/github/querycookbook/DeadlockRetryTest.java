package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.Pool;
import io.github.querycookbook.testing.TestDatabase;
import io.github.querycookbook.writes.WriteTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real deadlock, made by the engine and not simulated: two writes lock users 1 and 2 in opposite orders, each
 * waiting at a barrier after its first lock in its first attempt. The engine picks one as the victim (SQLSTATE 40P01
 * on PostgreSQL, 40001 on MariaDB and H2) and rolls it back; its {@link WriteTransaction} runs it again, and both
 * writes succeed, in three attempts in all. On the Galera cluster two connections on different nodes do not wait for
 * each other: the first to commit wins, and the cluster aborts the other with the same 40001 (1213). A node certifies
 * only the rows a transaction changed, so there each write changes the names; on one node it is a deadlock as on a
 * single server.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class DeadlockRetryTest {

    @EngineTest
    void theVictimOfARealDeadlockRunsAgainAndSucceeds(TestDatabase db) throws Exception {
        // two threads of its own: on two cores the common fork-join pool may have a single worker, and the second
        // write would never start while the first waits at the barrier
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Pool pool = Pool.of(db, 2)) {
            // given
            CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
            AtomicInteger attempts = new AtomicInteger();

            // when
            CompletableFuture<String> oneThenTwo = CompletableFuture.supplyAsync(
                    () -> lockBoth(pool, 1, 2, bothHoldTheirFirstLock, attempts, lockingUpdate(db)), threads);
            CompletableFuture<String> twoThenOne = CompletableFuture.supplyAsync(
                    () -> lockBoth(pool, 2, 1, bothHoldTheirFirstLock, attempts, lockingUpdate(db)), threads);

            // then
            assertThat(oneThenTwo.get(60, TimeUnit.SECONDS)).isEqualTo("locked 1 then 2");
            assertThat(twoThenOne.get(60, TimeUnit.SECONDS)).isEqualTo("locked 2 then 1");
            assertThat(attempts).hasValue(3);
            assertThat(pool.activeConnections()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    private static String lockBoth(Pool pool, long first, long second, CyclicBarrier barrier, AtomicInteger attempts,
            String lock) {
        try (Connection connection = pool.dataSource().getConnection()) {
            AtomicInteger mine = new AtomicInteger();
            return WriteTransaction.run(connection, () -> {
                attempts.incrementAndGet();
                lock(connection, lock, first);
                if (mine.incrementAndGet() == 1) {
                    await(barrier);
                }
                lock(connection, lock, second);
                return "locked " + first + " then " + second;
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The update that locks a user: on the cluster one that changes the row, which a node then certifies. */
    private static String lockingUpdate(TestDatabase db) {
        return db.engine() == Engine.GALERA ? "update users set username = concat(username, '!') where id = ?"
                : "update users set username = username where id = ?";
    }

    private static void lock(Connection connection, String lock, long user) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(lock)) {
            update.setLong(1, user);
            update.executeUpdate();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
