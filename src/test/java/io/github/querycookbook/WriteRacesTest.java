package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.Like;
import io.github.querycookbook.model.User;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.Pool;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Many callers write the same row at the same moment, on every engine, through a HikariCP pool of {@value #CALLERS}
 * connections: {@value #CALLERS} threads wait at a latch and are released together, round after round, half of them
 * on each cookbook. A check before the insert would let several of them through; the writes leave the decision to
 * the unique key and translate its answer. After every test the pool has lent out no connection.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class WriteRacesTest {

    private static final int CALLERS = 16;
    private static final int USERNAME_ROUNDS = 100;
    private static final int LIKE_ROUNDS = 500;

    private static final Map<Engine, Pool> POOLS = new EnumMap<>(Engine.class);
    private static ExecutorService threads;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void thePoolHasNoConnectionLentOut() {
        POOLS.forEach((engine, pool) -> assertThat(pool.activeConnections()).as("%s", engine).isZero());
    }

    @AfterAll
    static void stopThreadsAndPools() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        POOLS.values().forEach(Pool::close);
        POOLS.clear();
    }

    static Pool pool(TestDatabase db) {
        return POOLS.computeIfAbsent(db.engine(), engine -> Pool.of(db, CALLERS));
    }

    @EngineTest
    void onlyOneOfManyCallersCreatesAUsername(TestDatabase db) throws Exception {
        List<Cookbook> cookbooks = List.of(pool(db).queryCookbook(), pool(db).vanillaCookbook());
        for (int round = 0; round < USERNAME_ROUNDS; round++) {
            // given a name nobody has
            String name = "racer " + round;
            // when all callers create it at once
            List<Object> outcomes = race(caller -> cookbooks.get(caller % 2).createUser(name));
            // then exactly one gets the user, every other one AlreadyExistsException, and one row remains
            assertThat(outcomes).as("round %d: %s", round, outcomes).filteredOn(User.class::isInstance).hasSize(1);
            assertThat(outcomes).as("round %d: %s", round, outcomes).filteredOn(AlreadyExistsException.class::isInstance)
                    .hasSize(CALLERS - 1);
            assertThat(TableRows.dsl(db).fetchCount(USERS, USERS.USERNAME.eq(name))).isEqualTo(1);
        }
    }

    @EngineTest
    void onlyOneOfManyCallersAddsALikeAndNoneFails(TestDatabase db) throws Exception {
        List<Cookbook> cookbooks = List.of(pool(db).queryCookbook(), pool(db).vanillaCookbook());
        AtomicInteger ran = new AtomicInteger();
        for (int round = 0; round < LIKE_ROUNDS; round++) {
            // given a new post that nobody liked
            long post = cookbooks.get(0).createPost(ANN, "race " + round).id();
            // when all callers like it as the same user at once
            List<Object> outcomes = race(caller -> {
                boolean added = cookbooks.get(caller % 2).like(QUIET, post);
                ran.incrementAndGet();
                return added;
            });
            // then exactly one true, the others false, and one row
            assertThat(outcomes).as("round %d", round).containsOnly(true, false).filteredOn(Boolean.TRUE::equals)
                    .hasSize(1);
            assertThat(TableRows.dsl(db).fetchCount(POST_LIKES, POST_LIKES.POST_ID.eq(post))).isEqualTo(1);
        }
        assertThat(ran).hasValue(8_000);
        assertThat(TableRows.dsl(db).fetchCount(POSTS, POSTS.CONTENT.startsWith("race "))).isEqualTo(LIKE_ROUNDS);
    }

    @EngineTest
    void concurrentImportsOfTheSameLikesAddEachLikeOnce(TestDatabase db) throws Exception {
        List<Cookbook> cookbooks = List.of(pool(db).queryCookbook(), pool(db).vanillaCookbook());
        for (int round = 0; round < 5; round++) {
            // given the likes of a new post by users 1 to 8, in a different order for each caller
            long post = cookbooks.get(0).createPost(ANN, "import race " + round).id();
            List<Like> likes = LongStream.rangeClosed(1, 8).mapToObj(user -> new Like(user, post)).toList();
            // when
            List<Object> outcomes = race(caller -> {
                List<Like> shuffled = new ArrayList<>(likes);
                Collections.shuffle(shuffled, new Random(caller));
                return cookbooks.get(caller % 2).importLikes(shuffled);
            });
            // then every like is added by exactly one caller
            assertThat(outcomes).as("round %d", round).allMatch(Integer.class::isInstance);
            assertThat(outcomes.stream().mapToInt(Integer.class::cast).sum()).isEqualTo(8);
            assertThat(TableRows.dsl(db).fetchCount(POST_LIKES, POST_LIKES.POST_ID.eq(post))).isEqualTo(8);
        }
    }

    /** What each caller's call returned or threw, by caller; the callers start together at a latch. */
    static List<Object> race(CallerTask task) throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> calls = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
            int number = caller;
            Callable<Object> call = () -> {
                ready.countDown();
                assertThat(go.await(10, TimeUnit.SECONDS)).isTrue();
                try {
                    return task.call(number);
                } catch (RuntimeException e) {
                    return e;
                }
            };
            calls.add(threads.submit(call));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> call : calls) {
            outcomes.add(call.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @FunctionalInterface
    interface CallerTask {
        Object call(int caller);
    }
}
