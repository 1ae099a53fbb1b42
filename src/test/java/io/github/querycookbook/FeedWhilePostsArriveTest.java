package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The keyset feed stays exact while posts arrive between two pages. It inserts posts into its own copy of
 * {@link SocialFixture}, so it has a test class, and a database, of its own.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class FeedWhilePostsArriveTest {

    @EngineTest
    void walksEveryPostOnceInNewestFirstOrderWhilePostsAreInserted(TestDatabase db) {
        // given the first page of 3: posts 7, 6, 4 (newest first: 7, 6, 4, 8, 3, 2, 1, 5)
        QueryCookbook cookbook = db.queryCookbook();
        List<Long> walked = new ArrayList<>();
        FeedPage page = cookbook.feed(null, 3);
        page.items().forEach(post -> walked.add(post.id()));

        // when posts arrive: 100 the newest, 101 tied with post 4 but ahead of it (higher id), 102 tied with
        // post 8 behind the cursor, then after page 2 also 103 ahead of the cursor and 104 the oldest of all
        insert(db, 100, "2024-03-06T00:00:00");
        insert(db, 101, "2024-03-03T12:00:00.123456");
        insert(db, 102, "2024-03-02T09:30:00");
        page = cookbook.feed(page.next().orElseThrow(), 3);
        page.items().forEach(post -> walked.add(post.id()));
        insert(db, 103, "2024-03-02T09:30:00");
        insert(db, 104, "2024-01-01T00:00:00");
        while (page.next().isPresent()) {
            page = cookbook.feed(page.next().get(), 3);
            page.items().forEach(post -> walked.add(post.id()));
        }

        // then every original post once, and the new ones behind the cursor in their places
        assertThat(walked).containsExactly(7L, 6L, 4L, 102L, 8L, 3L, 2L, 1L, 5L, 104L);
        // and that is postsNewestFirst() without the posts that arrived ahead of the cursor
        assertThat(cookbook.postsNewestFirst()).extracting(Post::id)
                .containsExactly(100L, 7L, 6L, 101L, 4L, 103L, 102L, 8L, 3L, 2L, 1L, 5L, 104L)
                .filteredOn(id -> !Set.of(100L, 101L, 103L).contains(id))
                .containsExactlyElementsOf(walked);
    }

    private static void insert(TestDatabase db, long id, String createdAt) {
        LocalDateTime time = at(createdAt);
        CookbookDsl.prepare(db.dsl()).insertInto(POSTS, POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(id, id % 2 == 0 ? ANN : CAT, "arrived during the walk", time)
                .execute();
    }
}
