package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.perf.QueryPlans;
import io.github.querycookbook.perf.ScaleData;
import io.github.querycookbook.testing.PostgresTest;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.Query;
import org.jooq.Select;

/**
 * The recipes that can be index-driven are, at 10^5 likes: PostgreSQL's plan (after {@code VACUUM ANALYZE}) uses the
 * expected indexes of {@code posts} and {@code post_likes} and scans neither table sequentially. The ids are typical
 * ones of {@link ScaleData} at this size (107,515 likes): post 5,000 has 6 likes, author 1,000 has 2 posts, user 1,000
 * has 38 likes; the most liked post, 1, has 1,509 likes, 372 of them in the week that {@code dailyLikes} asks for. A
 * test takes well under a second once the data is loaded, which takes 5 to 20 s.
 */
class PlansAtScaleTest {

    private static final long LIKES = 100_000;
    private static final long POST = 5_000;
    private static final long USER = 1_000;
    private static final long HOT_POST = 1;
    /**
     * Indexes that serve a lookup equally well, so that PostgreSQL's choice between them may follow the statistics of
     * one {@code ANALYZE} sample; a plan must use one of them.
     */
    private static final String LIKES_OF_A_POST = "pk_post_likes or ix_post_likes_post_id_created_at_user_id";
    private static final String LIKES_OF_A_USER =
            "ix_post_likes_user_id_post_id or ix_post_likes_user_id_created_at_post_id";
    private static final String ONE_LIKE = "pk_post_likes or ix_post_likes_user_id_post_id";

    private static TestDatabase loaded;

    @PostgresTest
    void findPostReadsOneRowByThePrimaryKey(TestDatabase db) {
        assertPlan(db, cookbook(db).postQueries().byId(POST), List.of("pk_posts"));
    }

    @PostgresTest
    void postsByReadsTheAuthorsRangeOfTheirIndex(TestDatabase db) {
        assertPlan(db, cookbook(db).postQueries().byAuthor(USER), List.of("ix_posts_user_id_created_at_id"));
    }

    @PostgresTest
    void likersOfReadsThePostsLikes(TestDatabase db) {
        assertPlan(db, cookbook(db).joinQueries().likersOf(POST), List.of("pk_posts", LIKES_OF_A_POST));
    }

    @PostgresTest
    void likersOfPostsByGoesFromTheAuthorsPostsToTheirLikesAndLikers(TestDatabase db) {
        assertPlan(db, cookbook(db).likeQueries().likersOfPostsBy(USER),
                List.of("ix_posts_user_id_created_at_id", LIKES_OF_A_POST));
    }

    @PostgresTest
    void hasLikedProbesOneIndexEntry(TestDatabase db) {
        Select<?> like = cookbook(db).joinQueries().like(USER, POST);
        // CookbookDsl.exists, not whereExists: jOOQ 3.20 changed that method's signature (see CookbookDsl)
        assertPlan(db, like.configuration().dsl().selectOne().where(CookbookDsl.exists(like)),
                List.of(ONE_LIKE));
    }

    @PostgresTest
    void theFirstFeedPageReadsTheNewestEndOfTheIndex(TestDatabase db) {
        assertPlan(db, cookbook(db).pagingQueries().feed(null, 20), List.of("ix_posts_created_at_id"));
    }

    @PostgresTest
    void aDeepFeedPageStartsAtTheCursorInTheIndex(TestDatabase db) {
        FeedCursor cursor = new FeedCursor(LocalDateTime.of(2024, 1, 2, 3, 0), 5_000);
        assertPlan(db, cookbook(db).pagingQueries().feed(cursor, 20), List.of("ix_posts_created_at_id"));
    }

    @PostgresTest
    void activityOfReadsTheNewestEntriesOfBothIndexes(TestDatabase db) {
        assertPlan(db, cookbook(db).timelineQueries().activityOf(USER, 20),
                List.of("ix_posts_user_id_created_at_id", "ix_post_likes_user_id_created_at_post_id"));
    }

    @PostgresTest
    void dailyLikesReadsOnlyTheWeeksLikesOfTheMostLikedPost(TestDatabase db) {
        assertPlan(db, cookbook(db).timelineQueries().dailyLikes(HOT_POST, LocalDate.of(2024, 1, 10),
                LocalDate.of(2024, 1, 16)), List.of("ix_post_likes_post_id_created_at_user_id"));
    }

    @PostgresTest
    void alsoLikedFollowsThePostsLikersAndLooksUpOnlyTheKeptPosts(TestDatabase db) {
        assertPlan(db, cookbook(db).recommendationQueries().alsoLiked(POST, 10),
                List.of(LIKES_OF_A_POST, LIKES_OF_A_USER, "pk_posts"));
    }

    /**
     * Asserts that the plan scans these indexes of {@code posts} and {@code post_likes} in this order, each one of the
     * alternatives its entry names, and neither table sequentially. How it reads the likers' rows of {@code users}
     * (2,000 at this size: a hash of all of them or a lookup by {@code pk_users} each) is left to the planner.
     */
    private static void assertPlan(TestDatabase db, Query query, List<String> indexes) {
        // when
        QueryPlans plan = QueryPlans.explain(db.dataSource(), query);

        // then
        List<String> actual = plan.indexes().stream().filter(index -> !index.contains("_users")).toList();
        List<String> scanned = IntStream.range(0, actual.size())
                .mapToObj(i -> i < indexes.size() && List.of(indexes.get(i).split(" or ")).contains(actual.get(i))
                        ? indexes.get(i) : actual.get(i))
                .toList();
        assertThat(scanned).as("indexes scanned, in %s", plan).containsExactlyElementsOf(indexes);
        assertThat(plan.seqScans()).as("sequential scans, in %s", plan).doesNotContain("posts", "post_likes");
    }

    /** The cookbook on the test class's database, loaded with {@link #LIKES} likes by the first test that asks. */
    private static synchronized QueryCookbook cookbook(TestDatabase db) {
        if (loaded != db) {
            ScaleData.Size size = ScaleData.load(db.dataSource(), LIKES);
            assertThat(size.likes()).as("likes loaded").isGreaterThanOrEqualTo(LIKES);
            loaded = db;
        }
        return db.queryCookbook();
    }
}
