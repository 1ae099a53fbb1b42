package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.rendering.ShapeKey;
import io.github.querycookbook.search.PostSearchQueries;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import io.github.querycookbook.users.UserQueries;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.conf.ParamType;

/** The read recipes of {@link QueryCookbook} run from SQL rendered once per shape, and that SQL holds no value. */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class RenderedReadsTest {

    @EngineTest
    void keepsOneTextPerShapeOfEveryReadRecipe(TestDatabase db) {
        // given
        QueryCookbook cookbook = db.queryCookbook();

        // when every read recipe runs once (searchPosts with two sets of criteria, feed first and next page)
        cookbook.postsNewestFirst();
        cookbook.postsByLikeCount();
        cookbook.likersOfPostsBy(SocialFixture.ANN);
        cookbook.findPost(1);
        cookbook.postsBy(SocialFixture.ANN);
        cookbook.postsByLikeCountPage(9, 10);
        cookbook.feed(cookbook.feed(null, 2).next().orElseThrow(), 2);
        cookbook.authorsWithAtLeast(1);
        cookbook.likeStatsSince(LocalDateTime.of(2024, 3, 2, 0, 0));
        cookbook.topPostPerAuthor();
        cookbook.rankPostsByLikes();
        cookbook.dailyLikes(1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3));
        cookbook.activityOf(SocialFixture.ANN, 5);
        cookbook.postsWithAuthor();
        cookbook.likersOf(1);
        cookbook.postsWithoutLikes();
        cookbook.hasLiked(SocialFixture.ANN, 1);
        cookbook.postsByIds(List.of(1L, 2L, 3L));
        cookbook.findUserByUsername("Ann");
        cookbook.searchPosts(PostSearch.all().withText("ann"));
        cookbook.searchPosts(PostSearch.all().withAuthorId(SocialFixture.ANN).withMinLikes(1));
        cookbook.alsoLiked(1, 5);
        cookbook.postsWithLikers();
        cookbook.authorSummaries();
        cookbook.postsByLikeCountJson();

        // then every shape was kept (none refused), with a ? for each value
        Map<ShapeKey, String> texts = cookbook.renderCache().texts();
        assertThat(texts.keySet().stream().map(key -> key.shape() + "/" + key.variant()).collect(Collectors.toSet()))
                .isEqualTo(Set.of("PostQueries.newestFirst/0", "LikeQueries.postsByLikeCount/0",
                        "LikeQueries.likersOfPostsBy/0", "PostQueries.byId/0", "PostQueries.byAuthor/0",
                        "PagingQueries.postsByLikeCountPage/0", "PagingQueries.postCount/0", "PagingQueries.feed/0",
                        "PagingQueries.feed/1", "AggregateQueries.authorsWithAtLeast/0",
                        "AggregateQueries.likeStatsSince/0", "WindowQueries.topPostPerAuthor/0",
                        "WindowQueries.rankPostsByLikes/0", "TimelineQueries.dailyLikes/0",
                        "TimelineQueries.activityOf/0", "JoinQueries.postsWithAuthor/0", "JoinQueries.likersOf/0",
                        "JoinQueries.postsWithoutLikes/0", "JoinQueries.like/0", "ManyIdsQueries.postsByIds/4",
                        "UserQueries.byUsername/0", "PostSearchQueries.search/2", "PostSearchQueries.search/17",
                        "RecommendationQueries.alsoLiked/0", "NestedQueries.postsWithLikers/0",
                        "NestedQueries.authorSummaries/0", "JsonQueries.postsByLikeCountJson/0"));
        assertThat(cookbook.renderCache().renders()).isEqualTo(texts.size());
    }

    @EngineTest
    void runsHostileStringsAsBindValuesAndKeepsOnlyJooqsTextWithPlaces(TestDatabase db) {
        // given the injection corpus, without the NUL character that PostgreSQL cannot bind (HostileInputTest
        // covers its rejection)
        QueryCookbook cookbook = db.queryCookbook();
        Cookbook twin = db.vanillaCookbook();
        List<String> corpus = HostileString.corpus().stream().map(HostileString::value)
                .filter(value -> value.indexOf('\0') < 0).toList();

        // when each runs through both cookbooks
        for (String value : corpus) {
            assertThat(cookbook.findUserByUsername(value)).as(value).isEqualTo(twin.findUserByUsername(value));
            assertThat(cookbook.searchPosts(PostSearch.all().withText(value))).as(value)
                    .isEqualTo(twin.searchPosts(PostSearch.all().withText(value)));
        }

        // then the answers were the twin's, and the kept texts are exactly what jOOQ renders with ? for a harmless
        // value: no caller's string in them
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(24);
        assertThat(cookbook.renderCache().texts().values()).containsExactlyInAnyOrder(
                new UserQueries(db.dsl()).byUsername("x").getSQL(ParamType.INDEXED),
                new PostSearchQueries(db.dsl()).search(PostSearch.all().withText("x")).getSQL(ParamType.INDEXED));
        assertThat(cookbook.findUserByUsername("' OR '1'='1")).isEmpty();
        assertThat(cookbook.findUserByUsername("O'Brien")).map(user -> user.id()).contains(SocialFixture.OBRIEN);
    }

    @EngineTest
    void runsANextFeedPageFromItsCachedTextWithTheCursorsTimestamp(TestDatabase db) {
        // given the first next page, which cached the cursor's text
        QueryCookbook cookbook = db.queryCookbook();
        cookbook.feed(new FeedCursor(SocialFixture.at("2024-03-05T07:00:00"), 7), 1);

        // when a cursor with microseconds follows
        var page = cookbook.feed(new FeedCursor(SocialFixture.at("2024-03-03T12:00:00.123456"), 4), 2);

        // then posts 8 and 3 (2024-03-02T09:30, ids descending), as the twin answers
        assertThat(page.items()).extracting(post -> post.id()).containsExactly(8L, 3L);
        assertThat(page).isEqualTo(db.vanillaCookbook().feed(
                new FeedCursor(SocialFixture.at("2024-03-03T12:00:00.123456"), 4), 2));
    }
}
