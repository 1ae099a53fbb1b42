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
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Many callers write the same row at the same moment, on every engine: {@value #CALLERS} threads wait at a barrier and
 * are released together, round after round, half of them on each cookbook. A check before the insert would let
 * several of them through; the writes leave the decision to the unique key and translate its answer.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class WriteRacesTest {

    private static final int CALLERS = 16;
    private static final int ROUNDS = 30;

    private static ExecutorService threads;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterAll
    static void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @EngineTest
    void onlyOneOfManyCallersCreatesAUsername(TestDatabase db) throws Exception {
        List<Cookbook> cookbooks = List.of(db.queryCookbook(), db.vanillaCookbook());
        for (int round = 0; round < ROUNDS; round++) {
            // given a name nobody has
            String name = "racer " + round;
            // when all callers create it at once
            List<Object> outcomes = race(caller -> cookbooks.get(caller % 2).createUser(name));
            // then exactly one gets the user, every other one AlreadyExistsException, and one row remains
            assertThat(outcomes).as("round %d", round).filteredOn(User.class::isInstance).hasSize(1);
            assertThat(outcomes).as("round %d", round).filteredOn(AlreadyExistsException.class::isInstance)
                    .hasSize(CALLERS - 1);
            assertThat(TableRows.dsl(db).fetchCount(USERS, USERS.USERNAME.eq(name))).isEqualTo(1);
        }
    }

    @EngineTest
    void onlyOneOfManyCallersAddsALikeAndNoneFails(TestDatabase db) throws Exception {
        List<Cookbook> cookbooks = List.of(db.queryCookbook(), db.vanillaCookbook());
        for (int round = 0; round < ROUNDS; round++) {
            // given a new post that nobody liked
            long post = db.queryCookbook().createPost(ANN, "race " + round).id();
            // when all callers like it as the same user at once
            List<Object> outcomes = race(caller -> cookbooks.get(caller % 2).like(QUIET, post));
            // then exactly one true, the others false, and one row
            assertThat(outcomes).as("round %d", round).containsOnly(true, false).filteredOn(Boolean.TRUE::equals)
                    .hasSize(1);
            assertThat(TableRows.dsl(db).fetchCount(POST_LIKES, POST_LIKES.POST_ID.eq(post))).isEqualTo(1);
        }
        assertThat(TableRows.dsl(db).fetchCount(POSTS, POSTS.CONTENT.startsWith("race "))).isEqualTo(ROUNDS);
    }

    @EngineTest
    void concurrentImportsOfTheSameLikesAddEachLikeOnce(TestDatabase db) throws Exception {
        List<Cookbook> cookbooks = List.of(db.queryCookbook(), db.vanillaCookbook());
        for (int round = 0; round < 5; round++) {
            // given the likes of a new post by users 1 to 8, in a different order for each caller
            long post = db.queryCookbook().createPost(ANN, "import race " + round).id();
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

    /** What each caller's call returned or threw, by caller; the callers start together at a barrier. */
    private static List<Object> race(CallerTask task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CALLERS);
        List<Future<Object>> calls = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
            int number = caller;
            Callable<Object> call = () -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return task.call(number);
                } catch (RuntimeException e) {
                    return e;
                }
            };
            calls.add(threads.submit(call));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> call : calls) {
            outcomes.add(call.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @FunctionalInterface
    private interface CallerTask {
        Object call(int caller);
    }
}
