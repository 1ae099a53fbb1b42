package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import org.jooq.DSLContext;

/** Strings that break concatenated SQL are stored and compared exactly, on both implementations. */
class HostileInputTest {

    @EngineTest
    void storesAndReturnsHostileUsernamesAndContentUnchanged(TestDatabase db) {
        // given an author and a fan whose names are SQL and Unicode traps
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        String author = "Robert'); DROP TABLE posts; --";
        String fan = "👩‍👩‍👧‍👦".repeat(64);
        long authorId = dsl.insertInto(USERS, USERS.USERNAME).values(author).returningResult(USERS.ID)
                .fetchSingle().value1();
        long fanId = dsl.insertInto(USERS, USERS.USERNAME).values(fan).returningResult(USERS.ID)
                .fetchSingle().value1();
        long postId = dsl.insertInto(POSTS,
                        POSTS.USER_ID,
                        POSTS.CONTENT)
                .values(authorId, "' OR 1=1 -- \\ \" :author_id ?")
                .returningResult(POSTS.ID).fetchSingle().value1();
        dsl.insertInto(POST_LIKES,
                POST_LIKES.POST_ID,
                POST_LIKES.USER_ID).values(postId, fanId).execute();

        // when
        var likers = db.queryCookbook().likersOfPostsBy(authorId);
        var post = db.vanillaCookbook().getPost(postId);

        // then
        assertThat(likers).containsExactly(fan);
        assertThat(db.vanillaCookbook().likersOfPostsBy(authorId)).containsExactly(fan);
        assertThat(post.content()).isEqualTo("' OR 1=1 -- \\ \" :author_id ?");
        assertThat(db.queryCookbook().getPost(postId)).isEqualTo(post);
    }
}
