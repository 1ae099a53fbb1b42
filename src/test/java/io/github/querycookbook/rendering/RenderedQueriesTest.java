package io.github.querycookbook.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.querycookbook.testing.SocialFixture.at;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.ids.ManyIdsQueries;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.posts.PostQueries;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.RenderKeywordCase;

/** Queries run from their cached rendering, on every engine, with the social fixture's posts 1 to 8. */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class RenderedQueriesTest {

    @EngineTest
    void rendersAShapeOnceAndRunsItsTextWithEachCallsValues(TestDatabase db) {
        // given
        RenderedQueries reads = new RenderedQueries(CookbookDsl.prepare(db.dsl()), new RenderCache(8));
        PostQueries posts = new PostQueries(db.dsl());

        // when
        List<String> contents = new ArrayList<>();
        for (long id : List.of(1L, 4L, 6L)) {
            contents.add(reads.query("byId", 0, Binds.of("post_id", id), () -> posts.byId(id))
                    .fetchSingle(PostQueries.TO_POST).content());
        }

        // then
        assertThat(contents).containsExactly("Hello from Ann", "It's O'Brien's post; DROP TABLE posts; --",
                "meow, nobody likes me");
        assertThat(reads.cache().renders()).isEqualTo(1);
        assertThat(reads.cache().texts().values()).singleElement().satisfies(sql ->
                // H2 casts its parameters
                assertThat(sql).matches(".* where posts\\.id = (\\?|cast\\(\\? as bigint\\))"));
    }

    @EngineTest
    void runsTheCachedTextCharacterForCharacterWithATimestampCursorBound(TestDatabase db) {
        // given a cookbook whose context records the SQL of every statement it executes
        List<String> executed = new CopyOnWriteArrayList<>();
        QueryCookbook cookbook = new QueryCookbook(db.dsl().configuration()
                .derive(ExecuteListener.onExecuteStart(ctx -> executed.add(ctx.sql()))).dsl());

        // when the first call renders the keyset page and the next two run its cached text
        List<List<Long>> pages = new ArrayList<>();
        for (FeedCursor after : List.of(new FeedCursor(at("2024-03-03T12:00:00.123456"), 4),
                new FeedCursor(at("2024-03-02T09:30:00"), 5), new FeedCursor(at("2024-03-02T09:30:00"), 2))) {
            pages.add(cookbook.feed(after, 2).items().stream().map(Post::id).toList());
        }

        // then each call ran the same text, and its own values
        assertThat(executed).hasSize(3).containsOnly(executed.get(0));
        assertThat(pages).containsExactly(List.of(8L, 3L), List.of(3L, 2L), List.of(1L, 5L));
    }

    @EngineTest
    void keepsOneTextPerSettingsInASharedCache(TestDatabase db) {
        // given two contexts on one cache, one writing keywords in upper case
        RenderCache cache = new RenderCache(8);
        DSLContext lower = CookbookDsl.prepare(db.dsl());
        DSLContext upper = lower.configuration()
                .deriveSettings(s -> s.withRenderKeywordCase(RenderKeywordCase.UPPER)).dsl();
        RenderedQueries lowerReads = new RenderedQueries(lower, cache);
        RenderedQueries upperReads = new RenderedQueries(upper, cache);

        // when
        lowerReads.query("byId", 0, Binds.of("post_id", 1L), () -> new PostQueries(lower).byId(1L)).fetch();
        upperReads.query("byId", 0, Binds.of("post_id", 2L), () -> new PostQueries(upper).byId(2L)).fetch();
        List<Post> again = upperReads.query("byId", 0, Binds.of("post_id", 3L), () -> new PostQueries(upper).byId(3L))
                .fetch(PostQueries.TO_POST);

        // then
        assertThat(cache.texts().values()).hasSize(2).anySatisfy(sql -> assertThat(sql).startsWith("select"))
                .anySatisfy(sql -> assertThat(sql).startsWith("SELECT"));
        assertThat(again).extracting(Post::content).containsExactly("lowercase ann, same second");
    }

    @EngineTest
    void doesNotKeepAShapeWhoseBindsDoNotMatchItsQueryAndStillAnswersRight(TestDatabase db) {
        // given binds under a name the query does not use
        RenderedQueries reads = new RenderedQueries(CookbookDsl.prepare(db.dsl()), new RenderCache(8));
        PostQueries posts = new PostQueries(db.dsl());

        // when
        List<Post> first = reads.query("byId", 0, Binds.of("id", 1L), () -> posts.byId(1L)).fetch(PostQueries.TO_POST);
        List<Post> second = reads.query("byId", 0, Binds.of("id", 2L), () -> posts.byId(2L)).fetch(PostQueries.TO_POST);

        // then
        assertThat(first).extracting(Post::id).containsExactly(1L);
        assertThat(second).extracting(Post::id).containsExactly(2L);
        assertThat(reads.cache().texts()).isEmpty();
        assertThat(reads.cache().renders()).isEqualTo(1);
    }

    @EngineTest
    void failsACallWhoseListDoesNotFitTheShapesPlaces(TestDatabase db) {
        // given an IN list of two ids cached under variant 0
        RenderedQueries reads = new RenderedQueries(CookbookDsl.prepare(db.dsl()), new RenderCache(8));
        ManyIdsQueries manyIds = new ManyIdsQueries(db.dsl());
        reads.query("postsByIds", 0, Binds.of("ids", List.of(1L, 2L)), () -> manyIds.postsByIds(List.of(1L, 2L)))
                .fetch();

        // then three ids under the same key are refused, not half bound
        assertThatThrownBy(() -> reads.query("postsByIds", 0, Binds.of("ids", List.of(1L, 2L, 3L)),
                () -> manyIds.postsByIds(List.of(1L, 2L, 3L))).fetch())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(":ids has 3 values for 2 places; the shape key must tell the list sizes apart");
    }

    @EngineTest
    void servesManyThreadsAtOnceWithOneRenderingEach(TestDatabase db) throws Exception {
        // given one cache and eight threads asking for posts 1 to 8 at once
        RenderedQueries reads = new RenderedQueries(CookbookDsl.prepare(db.dsl()), new RenderCache(8));
        PostQueries posts = new PostQueries(db.dsl());
        List<Callable<List<Long>>> threads = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            threads.add(() -> {
                List<Long> wrong = new ArrayList<>();
                for (int call = 0; call < 200; call++) {
                    long id = 1 + call % 8;
                    Post post = reads.query("byId", 0, Binds.of("post_id", id), () -> posts.byId(id))
                            .fetchSingle(PostQueries.TO_POST);
                    if (post.id() != id) {
                        wrong.add(id);
                    }
                }
                return wrong;
            });
        }

        // when
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Long> wrong = new ArrayList<>();
        try {
            for (Future<List<Long>> done : pool.invokeAll(threads)) {
                wrong.addAll(done.get());
            }
        } finally {
            pool.shutdown();
        }

        // then every answer was its own post, and the shape was rendered by at most one call per thread
        assertThat(wrong).isEmpty();
        assertThat(reads.cache().size()).isEqualTo(1);
        assertThat(reads.cache().renders()).isBetween(1L, 8L);
    }
}
