package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64_NAME;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostWithAuthor;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;

/**
 * The join recipes on every engine, against literal expected values from {@link SocialFixture} (its Javadoc has the
 * data as a table), and against their vanilla-SQL twins.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class JoinRecipesTest {

    /** Every post id of the fixture, one past the last, and an unknown one. */
    private static final long[] POST_IDS = LongStream.concat(LongStream.rangeClosed(1, 9), LongStream.of(UNKNOWN_ID))
            .toArray();

    @Nested
    class PostsWithAuthor {

        @EngineTest
        void pairsEachPostWithItsAuthorsUsernameNewestFirst(TestDatabase db) {
            // given the fixture, where posts 8, 3 and 2 share a timestamp
            // when
            List<PostWithAuthor> posts = db.queryCookbook().postsWithAuthor();
            // then
            assertThat(posts).extracting(PostWithAuthor::id, PostWithAuthor::authorId, PostWithAuthor::authorUsername)
                    .containsExactly(tuple(7L, ANN, "Ann"), tuple(6L, CAT, "🐱cat"), tuple(4L, OBRIEN, "O'Brien"),
                            tuple(8L, ANN, "Ann"), tuple(3L, ANN_LOWER, "ann"), tuple(2L, ANN, "Ann"),
                            tuple(1L, ANN, "Ann"), tuple(5L, EMOJI_64, EMOJI_64_NAME));
        }

        @EngineTest
        void returnsEveryColumnIntactIncludingMicroseconds(TestDatabase db) {
            List<PostWithAuthor> posts = db.queryCookbook().postsWithAuthor();

            assertThat(posts.get(2)).isEqualTo(new PostWithAuthor(4, "It's O'Brien's post; DROP TABLE posts; --",
                    OBRIEN, "O'Brien", at("2024-03-03T12:00:00.123456")));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().postsWithAuthor()).isEqualTo(db.queryCookbook().postsWithAuthor());
        }
    }

    @Nested
    class LikersOf {

        @EngineTest
        void listsEveryLikerOfAPostInAscendingOrder(TestDatabase db) {
            // given post 1, liked by O'Brien, 🐶cat, ann and its author Ann
            // when
            List<String> likers = db.queryCookbook().likersOf(1);
            // then: code-point order, the same as UTF-16 order for these names
            assertThat(likers).containsExactly("Ann", "O'Brien", "ann", "🐶cat");
        }

        @EngineTest
        void ordersNonAsciiNamesByTheEnginesCollation(TestDatabase db) {
            // given post 2, liked by ann, 🐶cat and Ｚoë
            // when
            List<String> likers = db.queryCookbook().likersOf(2);
            // then: code-point order on PostgreSQL (C collation) and MariaDB (utf8mb4_nopad_bin), UTF-16 order on
            // H2, which puts the emoji (surrogates D83D..) before the full-width Ｚ (FF3A)
            List<String> codePointOrder = List.of("ann", "Ｚoë", "🐶cat");
            List<String> utf16Order = List.of("ann", "🐶cat", "Ｚoë");
            assertThat(likers).containsExactlyElementsOf(db.engine() == Engine.H2 ? utf16Order : codePointOrder);
        }

        @EngineTest
        void keepsNamesThatDifferOnlyByEmojiApart(TestDatabase db) {
            assertThat(db.queryCookbook().likersOf(3)).containsExactly("Ann", "🐱cat", EMOJI_64_NAME);
            assertThat(db.queryCookbook().likersOf(4)).containsExactly("ann", "🐱cat");
        }

        @EngineTest
        void isEmptyForAPostWithoutLikesOrUnknown(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            assertThat(cookbook.likersOf(6)).isEmpty();
            assertThat(cookbook.likersOf(UNKNOWN_ID)).isEmpty();
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (long post : POST_IDS) {
                assertThat(db.vanillaCookbook().likersOf(post)).as("post %d", post)
                        .isEqualTo(db.queryCookbook().likersOf(post));
            }
        }
    }

    @Nested
    class PostsWithoutLikes {

        @EngineTest
        void listsThePostsNobodyLikedNewestFirst(TestDatabase db) {
            // given posts 6, 7 and 8 without likes, at 03-04 08:00, 03-05 07:00 and 03-02 09:30
            // when
            List<Post> posts = db.queryCookbook().postsWithoutLikes();
            // then
            assertThat(posts).extracting(Post::id).containsExactly(7L, 6L, 8L);
        }

        @EngineTest
        void returnsEveryColumnIntact(TestDatabase db) {
            assertThat(db.queryCookbook().postsWithoutLikes().get(2))
                    .isEqualTo(new Post(8, ANN, "Ann, same second again", at("2024-03-02T09:30:00")));
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().postsWithoutLikes()).isEqualTo(db.queryCookbook().postsWithoutLikes());
        }
    }

    @Nested
    class HasLiked {

        @EngineTest
        void isTrueForALikeIncludingASelfLike(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            assertThat(cookbook.hasLiked(ANN, 1)).isTrue();
            assertThat(cookbook.hasLiked(DOG, 2)).isTrue();
            assertThat(cookbook.hasLiked(EMOJI_64, 3)).isTrue();
        }

        @EngineTest
        void isFalseWhenTheUserDidNotLikeThatPost(TestDatabase db) {
            // given Ann, who liked posts 1 and 3 but not her own post 2; O'Brien, who did not like his own post 4
            // although others did; and quiet, who liked nothing
            QueryCookbook cookbook = db.queryCookbook();
            // then
            assertThat(cookbook.hasLiked(ANN, 2)).isFalse();
            assertThat(cookbook.hasLiked(OBRIEN, 4)).isFalse();
            assertThat(cookbook.hasLiked(QUIET, 1)).isFalse();
        }

        @EngineTest
        void isFalseForUnknownIds(TestDatabase db) {
            QueryCookbook cookbook = db.queryCookbook();

            assertThat(cookbook.hasLiked(UNKNOWN_ID, 1)).isFalse();
            assertThat(cookbook.hasLiked(ANN, UNKNOWN_ID)).isFalse();
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            // likes and their absence both ways, a self-like, a user without likes, one past the ids, unknown ids
            for (long user : new long[] {ANN, ANN_LOWER, OBRIEN, QUIET, QUIET + 1, UNKNOWN_ID}) {
                for (long post : new long[] {1, 2, 4, 6, 9, UNKNOWN_ID}) {
                    assertThat(db.vanillaCookbook().hasLiked(user, post)).as("user %d, post %d", user, post)
                            .isEqualTo(db.queryCookbook().hasLiked(user, post));
                }
            }
        }
    }
}
