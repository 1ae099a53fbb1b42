package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.Pool;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@value #THREADS} threads like and unlike {@value #USERS} users' likes of {@value #POSTS} new posts at random,
 * {@value #OPERATIONS} operations in all, half of the threads on each cookbook, through one HikariCP pool. No
 * deadlock or serialization failure may reach a caller: the writes' own transaction runs again after one (see
 * {@code WriteTransaction}). Which operation on a pair came last is only defined when the operations on that pair do
 * not overlap, so the first storm holds a lock per pair around each call and its record (the pairs still race each
 * other on the same posts, users and index pages); the second storm holds none and checks what stays true however
 * the calls interleave ({@value #OVERLAPPING_OPERATIONS} operations): every {@code true} is a real change, so per pair
 * the likes that returned true minus the unlikes that returned true is the final state.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class LikeStormTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS = 20_000;
    private static final int OVERLAPPING_OPERATIONS = 8_000;
    private static final int USERS = 5;
    private static final int POSTS = 4;

    @EngineTest
    void theLastOperationOnEachPairDecidesItsFinalState(TestDatabase db) throws Exception {
        try (Pool pool = Pool.of(db, THREADS)) {
            // given 20 pairs nobody liked, each with a lock and what the operations on it have decided so far
            long[] posts = newPosts(pool, "serialised storm");
            ReentrantLock[] locks = new ReentrantLock[USERS * POSTS];
            boolean[] liked = new boolean[USERS * POSTS];
            int[] mismatches = new int[1];
            for (int pair = 0; pair < locks.length; pair++) {
                locks[pair] = new ReentrantLock();
            }
            // when
            storm(pool, OPERATIONS, (cookbook, like, pair) -> {
                locks[pair].lock();
                try {
                    boolean changed = call(cookbook, like, posts, pair);
                    if (changed != (like != liked[pair])) {
                        synchronized (mismatches) {
                            mismatches[0]++;
                        }
                    }
                    liked[pair] = like;
                } finally {
                    locks[pair].unlock();
                }
            });
            // then every call answered what its predecessor left, and the table holds what the last call decided
            assertThat(mismatches[0]).isZero();
            for (int pair = 0; pair < liked.length; pair++) {
                assertThat(likeExists(db, posts, pair)).as("pair %d", pair).isEqualTo(liked[pair]);
            }
            assertThat(pool.activeConnections()).isZero();
        }
    }

    @EngineTest
    void everyTrueIsARealChangeWhenTheCallsOverlap(TestDatabase db) throws Exception {
        try (Pool pool = Pool.of(db, THREADS)) {
            // given 20 pairs nobody liked, and the sum of the changes per pair: +1 per like true, -1 per unlike true
            long[] posts = newPosts(pool, "free storm");
            int[] changes = new int[USERS * POSTS];
            // when
            storm(pool, OVERLAPPING_OPERATIONS, (cookbook, like, pair) -> {
                if (call(cookbook, like, posts, pair)) {
                    synchronized (changes) {
                        changes[pair] += like ? 1 : -1;
                    }
                }
            });
            // then
            for (int pair = 0; pair < changes.length; pair++) {
                assertThat(changes[pair]).as("pair %d", pair).isEqualTo(likeExists(db, posts, pair) ? 1 : 0);
            }
            assertThat(pool.activeConnections()).isZero();
        }
    }

    private static long[] newPosts(Pool pool, String content) {
        long[] posts = new long[POSTS];
        for (int i = 0; i < POSTS; i++) {
            posts[i] = pool.queryCookbook().createPost(ANN, content + " " + i).id();
        }
        return posts;
    }

    private static boolean call(Cookbook cookbook, boolean like, long[] posts, int pair) {
        long user = 1 + pair % USERS;
        long post = posts[pair / USERS];
        return like ? cookbook.like(user, post) : cookbook.unlike(user, post);
    }

    private static boolean likeExists(TestDatabase db, long[] posts, int pair) {
        return TableRows.dsl(db).fetchExists(POST_LIKES,
                POST_LIKES.USER_ID.eq(1L + pair % USERS).and(POST_LIKES.POST_ID.eq(posts[pair / USERS])));
    }

    /** Runs {@code operations} on {@value #THREADS} threads, each with its own seeded random choices. */
    private static void storm(Pool pool, int operations, Operation operation) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> ran = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                Cookbook cookbook = thread % 2 == 0 ? pool.queryCookbook() : pool.vanillaCookbook();
                Random random = new Random(thread);
                ran.add(threads.submit(() -> {
                    int count = 0;
                    for (; count < operations / THREADS; count++) {
                        operation.run(cookbook, random.nextBoolean(), random.nextInt(USERS * POSTS));
                    }
                    return count;
                }));
            }
            int total = 0;
            for (Future<Integer> thread : ran) {
                total += thread.get(5, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(operations);
        } finally {
            threads.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Operation {
        void run(Cookbook cookbook, boolean like, int pair);
    }
}
