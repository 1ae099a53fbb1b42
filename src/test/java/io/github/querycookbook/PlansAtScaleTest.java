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
import org.jooq.Query;
import org.jooq.Select;

/**
 * The recipes that can be index-driven are, at 10^5 likes: PostgreSQL's plan (after {@code VACUUM ANALYZE}) uses the
 * expected indexes and scans neither {@code posts} nor {@code post_likes} sequentially. The ids are typical ones of
 * {@link ScaleData} at this size: post 5,000 has 8 likes, author 1,000 has 3 posts, user 1,000 has 53 likes.
 */
class PlansAtScaleTest {

    private static final long LIKES = 100_000;
    private static final long POST = 5_000;
    private static final long USER = 1_000;
    private static final long HOT_POST = 1;

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
    void likersOfReadsThePostsLikesAndHashesTheSmallUsersTable(TestDatabase db) {
        assertPlan(db, cookbook(db).joinQueries().likersOf(POST), List.of("pk_posts", "pk_post_likes"));
    }

    @PostgresTest
    void likersOfPostsByGoesFromTheAuthorsPostsToTheirLikesAndLikers(TestDatabase db) {
        assertPlan(db, cookbook(db).likeQueries().likersOfPostsBy(USER),
                List.of("ix_posts_user_id_created_at_id", "pk_post_likes", "pk_users"));
    }

    @PostgresTest
    void hasLikedProbesOneIndexEntry(TestDatabase db) {
        Select<?> like = cookbook(db).joinQueries().like(USER, POST);
        assertPlan(db, like.configuration().dsl().selectOne().whereExists(like),
                List.of("ix_post_likes_user_id_post_id"));
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
                List.of("pk_post_likes", "ix_post_likes_user_id_created_at_post_id", "pk_posts"));
    }

    private static void assertPlan(TestDatabase db, Query query, List<String> indexes) {
        // when
        QueryPlans plan = QueryPlans.explain(db.dataSource(), query);

        // then
        assertThat(plan.indexes()).as("indexes scanned, in %s", plan).containsExactlyElementsOf(indexes);
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
