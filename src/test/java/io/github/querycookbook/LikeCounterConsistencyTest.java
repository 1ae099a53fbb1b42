package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;

import io.github.querycookbook.counter.LikeCounter;
import io.github.querycookbook.model.Like;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.Pool;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@value #THREADS} threads like, unlike and import likes of {@value #NEW_POSTS} new posts by {@value #USERS} users at
 * random, {@value #OPERATIONS} calls in all, half on each cookbook, through one HikariCP pool: the triggers'
 * updates of {@code posts} race each other and the writes' own transactions. Afterwards every post's
 * {@code like_count} equals its number of likes, and no deadlock or lock timeout reached a caller.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class LikeCounterConsistencyTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS = 2_000;
    private static final int USERS = 8;
    private static final int NEW_POSTS = 4;

    @EngineTest
    void theCounterEqualsTheAggregateAfterAConcurrentMixOfWrites(TestDatabase db) throws Exception {
        try (Pool pool = Pool.of(db, THREADS)) {
            // given four new posts, nobody's likes yet
            long[] posts = new long[NEW_POSTS];
            for (int i = 0; i < NEW_POSTS; i++) {
                posts[i] = pool.queryCookbook().createPost(ANN, "counted post " + i).id();
            }

            // when
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> ran = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    Cookbook cookbook = thread % 2 == 0 ? pool.queryCookbook() : pool.vanillaCookbook();
                    Random random = new Random(thread);
                    ran.add(threads.submit(() -> write(cookbook, random, posts)));
                }
                int calls = 0;
                for (Future<Integer> thread : ran) {
                    calls += thread.get(5, TimeUnit.MINUTES);
                }
                assertThat(calls).isEqualTo(OPERATIONS);
            } finally {
                threads.shutdownNow();
            }

            // then
            assertThat(TableRows.dsl(db).select(POSTS.ID, POSTS.LIKE_COUNT).from(POSTS).orderBy(POSTS.ID).fetch()
                    .map(r -> r.value1() + ": " + r.value2()))
                    .isEqualTo(TableRows.dsl(db).select(POSTS.ID, count(POST_LIKES.USER_ID)).from(POSTS)
                            .leftJoin(POST_LIKES).on(POST_LIKES.POST_ID.eq(POSTS.ID))
                            .groupBy(POSTS.ID).orderBy(POSTS.ID).fetch()
                            .map(r -> r.value1() + ": " + r.value2()));
            try (Connection connection = db.dataSource().getConnection()) {
                assertThat(LikeCounter.recount(connection)).isZero();
            }
            assertThat(pool.activeConnections()).isZero();
        }
    }

    /** One thread's share of the calls: likes and unlikes, and one import of three likes in ten. */
    private static int write(Cookbook cookbook, Random random, long[] posts) {
        int calls = 0;
        for (; calls < OPERATIONS / THREADS; calls++) {
            long user = 1 + random.nextInt(USERS);
            long post = posts[random.nextInt(NEW_POSTS)];
            int choice = random.nextInt(10);
            if (choice < 5) {
                cookbook.like(user, post);
            } else if (choice < 9) {
                cookbook.unlike(user, post);
            } else {
                cookbook.importLikes(List.of(new Like(user, post), new Like(1 + random.nextInt(USERS), post),
                        new Like(user, posts[random.nextInt(NEW_POSTS)])));
            }
        }
        return calls;
    }
}
