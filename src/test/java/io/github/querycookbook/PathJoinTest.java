package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.schema.tables.Users.UsersPath;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The generated foreign keys give path joins: {@code POST_LIKES.posts()} and {@code POST_LIKES.users()} to one,
 * {@code POSTS.likedBy()} through the link table, without a single ON clause.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class PathJoinTest {

    @EngineTest
    void implicitToOnePathsFromTheLinkTableGiveTheSameFans(TestDatabase db) {
        DSLContext dsl = CookbookDsl.prepare(db.dsl());

        List<String> fans = dsl.selectDistinct(POST_LIKES.users().USERNAME)
                .from(POST_LIKES)
                .where(POST_LIKES.posts().USER_ID.eq(SocialFixture.ANN))
                .orderBy(POST_LIKES.users().USERNAME)
                .fetch(r -> r.value1());

        assertThat(fans).isEqualTo(db.queryCookbook().likersOfPostsBy(SocialFixture.ANN)).hasSize(5);
    }

    @EngineTest
    void manyToManyPathFromPostsReachesTheUsersWhoLikedThem(TestDatabase db) {
        DSLContext dsl = CookbookDsl.prepare(db.dsl());

        // a to-many path must be joined explicitly; keep the path object and select through it
        UsersPath likers = POSTS.likedBy();
        List<Long> likerIds = dsl.select(likers.ID)
                .from(POSTS)
                .join(likers)
                .where(POSTS.ID.eq(1L))
                .orderBy(likers.ID)
                .fetch(r -> r.value1());

        assertThat(likerIds).containsExactly(SocialFixture.ANN, SocialFixture.ANN_LOWER, SocialFixture.OBRIEN,
                SocialFixture.DOG);
    }
}
