package io.github.querycookbook;

import static io.github.querycookbook.TableRows.count;
import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.FULLWIDTH_ZOE;
import static io.github.querycookbook.testing.SocialFixture.OBRIEN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.querycookbook.model.Like;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.User;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.GeneratedIds;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;

/**
 * The write recipes on every engine, through both cookbooks, against literal values from {@link SocialFixture}. The
 * class's databases are shared by its tests, so each test writes rows of its own (its own username, post or pair) or
 * resets the fixture first where it asserts generated ids. Transactions: {@link WriteTransactionsTest}; concurrent
 * callers: {@link WriteRacesTest}.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class WriteRecipesTest {

    private static List<Cookbook> cookbooks(TestDatabase db) {
        return List.of(db.queryCookbook(), db.vanillaCookbook());
    }

    @Nested
    class CreateUser {

        @EngineTest
        void returnsTheStoredUserWithTheNextGeneratedId(TestDatabase db) {
            // given the fixture's users 1 to 8
            SocialFixture.reset(db.dsl());
            // when
            User dora = db.queryCookbook().createUser("dora");
            User eve = db.vanillaCookbook().createUser("eve");
            // then 9 and 10 on a single server (on the cluster, each node steps by three)
            assertThat(dora.username()).isEqualTo("dora");
            assertThat(dora.id()).isIn(GeneratedIds.after(db, 8));
            assertThat(eve.username()).isEqualTo("eve");
            assertThat(eve.id()).isIn(GeneratedIds.after(db, dora.id()));
            assertThat(db.queryCookbook().getUserByUsername("eve")).isEqualTo(eve);
        }

        @EngineTest
        void acceptsNamesThatDifferOnlyByCaseAndTheLongestName(TestDatabase db) {
            for (Cookbook cookbook : cookbooks(db)) {
                String prefix = cookbook.getClass().getSimpleName().substring(0, 1);
                String longest = prefix + "😀".repeat(511) + "x";

                assertThat(cookbook.createUser(prefix + "ANN").username()).isEqualTo(prefix + "ANN");
                assertThat(cookbook.createUser(longest).username()).isEqualTo(longest).hasSize(1024);
            }
        }

        @EngineTest
        void rejectsATakenUsernameAndWritesNothing(TestDatabase db) {
            int users = count(db, USERS);
            for (Cookbook cookbook : cookbooks(db)) {
                AlreadyExistsException taken = catchThrowableOfType(AlreadyExistsException.class,
                        () -> cookbook.createUser("ann"));

                assertThat(taken).hasMessage("A row in table users already has username 'ann'");
                assertThat(List.of(taken.table(), taken.column(), taken.value()))
                        .containsExactly("users", "username", "ann");
            }
            assertThat(count(db, USERS)).isEqualTo(users);
        }

        @EngineTest
        void rejectsABlankOrTooLongNameWithoutWriting(TestDatabase db) {
            int users = count(db, USERS);
            for (Cookbook cookbook : cookbooks(db)) {
                assertThatThrownBy(() -> cookbook.createUser(" \t")).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> cookbook.createUser("x".repeat(1025)))
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(count(db, USERS)).isEqualTo(users);
        }
    }

    @Nested
    class CreatePost {

        @EngineTest
        void returnsTheStoredPostWithItsIdAndTheDatabasesTime(TestDatabase db) {
            // given
            SocialFixture.reset(db.dsl());
            LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
            // when
            Post post = db.queryCookbook().createPost(ANN, "Ann's fourth");
            Post twin = db.vanillaCookbook().createPost(QUIET, "quiet speaks");
            // then: ids 9 and 10 on a single server (on the cluster, each node steps by three), created_at in UTC
            assertThat(post.id()).isIn(GeneratedIds.after(db, 8));
            assertThat(twin.id()).isIn(GeneratedIds.after(db, post.id()));
            assertThat(List.of(post.userId(), twin.userId())).containsExactly(ANN, QUIET);
            assertThat(List.of(post.content(), twin.content())).containsExactly("Ann's fourth", "quiet speaks");
            assertThat(post.createdAt()).isBetween(before, before.plusMinutes(2));
            assertThat(db.queryCookbook().getPost(post.id())).isEqualTo(post);
            assertThat(db.queryCookbook().getPost(twin.id())).isEqualTo(twin);
        }

        @EngineTest
        void keepsTheTimeToTheMicrosecond(TestDatabase db) {
            Post post = db.vanillaCookbook().createPost(CAT, "purr");

            assertThat(post.createdAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(post.createdAt());
            assertThat(db.queryCookbook().getPost(post.id())).isEqualTo(post);
        }

        @EngineTest
        void rejectsAnUnknownAuthorAndLeavesNoRow(TestDatabase db) {
            int posts = count(db, POSTS);
            for (Cookbook cookbook : cookbooks(db)) {
                assertThatThrownBy(() -> cookbook.createPost(UNKNOWN_ID, "from nobody"))
                        .isInstanceOf(NotFoundException.class)
                        .hasMessage("No row in table users with id 999999");
            }
            assertThat(count(db, POSTS)).isEqualTo(posts);
        }

        @EngineTest
        void rejectsBlankContentWithoutWriting(TestDatabase db) {
            int posts = count(db, POSTS);
            for (Cookbook cookbook : cookbooks(db)) {
                assertThatThrownBy(() -> cookbook.createPost(ANN, "  ")).isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(count(db, POSTS)).isEqualTo(posts);
        }
    }

    @Nested
    class LikeAPost {

        @EngineTest
        void addsANewLikeOnceAndAnswersFalseAfterwards(TestDatabase db) {
            // given quiet, who liked nothing
            int likes = count(db, POST_LIKES);
            // when, then
            assertThat(db.queryCookbook().like(QUIET, 6)).isTrue();
            assertThat(db.vanillaCookbook().like(QUIET, 7)).isTrue();
            assertThat(db.vanillaCookbook().like(QUIET, 6)).isFalse();
            assertThat(db.queryCookbook().like(QUIET, 7)).isFalse();
            assertThat(db.queryCookbook().hasLiked(QUIET, 6)).isTrue();
            assertThat(count(db, POST_LIKES)).isEqualTo(likes + 2);
        }

        @EngineTest
        void answersFalseForALikeOfTheFixture(TestDatabase db) {
            int likes = count(db, POST_LIKES);
            for (Cookbook cookbook : cookbooks(db)) {
                assertThat(cookbook.like(ANN, 1)).isFalse();
                assertThat(cookbook.like(FULLWIDTH_ZOE, 5)).isFalse();
            }
            assertThat(count(db, POST_LIKES)).isEqualTo(likes);
        }

        @EngineTest
        void namesTheUnknownUserFirstThenTheUnknownPost(TestDatabase db) {
            int likes = count(db, POST_LIKES);
            for (Cookbook cookbook : cookbooks(db)) {
                assertThatThrownBy(() -> cookbook.like(UNKNOWN_ID, 1)).isInstanceOf(NotFoundException.class)
                        .hasMessage("No row in table users with id 999999");
                assertThatThrownBy(() -> cookbook.like(QUIET, 404)).isInstanceOf(NotFoundException.class)
                        .hasMessage("No row in table posts with id 404");
                assertThatThrownBy(() -> cookbook.like(404, 405)).isInstanceOf(NotFoundException.class)
                        .hasMessage("No row in table users with id 404");
            }
            assertThat(count(db, POST_LIKES)).isEqualTo(likes);
        }
    }

    @Nested
    class Unlike {

        @EngineTest
        void removesALikeOnceAndAnswersFalseAfterwards(TestDatabase db) {
            // given 🐶cat's likes of posts 1 and 2
            int likes = count(db, POST_LIKES);
            // when, then
            assertThat(db.queryCookbook().unlike(DOG, 1)).isTrue();
            assertThat(db.vanillaCookbook().unlike(DOG, 2)).isTrue();
            assertThat(db.vanillaCookbook().unlike(DOG, 1)).isFalse();
            assertThat(db.queryCookbook().unlike(DOG, 2)).isFalse();
            assertThat(db.queryCookbook().hasLiked(DOG, 1)).isFalse();
            assertThat(count(db, POST_LIKES)).isEqualTo(likes - 2);
        }

        @EngineTest
        void answersFalseForUnknownIdsAndLikesThatAreNotThere(TestDatabase db) {
            int likes = count(db, POST_LIKES);
            for (Cookbook cookbook : cookbooks(db)) {
                assertThat(cookbook.unlike(UNKNOWN_ID, 1)).isFalse();
                assertThat(cookbook.unlike(ANN, UNKNOWN_ID)).isFalse();
                assertThat(cookbook.unlike(OBRIEN, 4)).isFalse();
            }
            assertThat(count(db, POST_LIKES)).isEqualTo(likes);
        }
    }

    @Nested
    class ImportLikes {

        @EngineTest
        void addsTheNewLikesAndSkipsDuplicatesAndExistingOnes(TestDatabase db) {
            // given O'Brien's like of post 1 in the fixture
            SocialFixture.reset(db.dsl());
            List<Like> likes = List.of(new Like(QUIET, 1), new Like(QUIET, 1), new Like(OBRIEN, 1), new Like(QUIET, 2));
            // when
            int added = db.queryCookbook().importLikes(likes);
            // then
            assertThat(added).isEqualTo(2);
            assertThat(count(db, POST_LIKES)).isEqualTo(16);
            assertThat(db.queryCookbook().likersOf(2)).contains("quiet");
        }

        @EngineTest
        void twinAddsTheSameLikes(TestDatabase db) {
            SocialFixture.reset(db.dsl());
            List<Like> likes = List.of(new Like(QUIET, 3), new Like(ANN, 3), new Like(QUIET, 3), new Like(CAT, 6));

            assertThat(db.vanillaCookbook().importLikes(likes)).isEqualTo(2);
            assertThat(count(db, POST_LIKES)).isEqualTo(16);
        }

        @EngineTest
        void writesNothingWhenAUserOrPostIsUnknown(TestDatabase db) {
            // ids far beyond the class's other writes: on the cluster each node steps by three, and ids run ahead
            int likes = count(db, POST_LIKES);
            for (Cookbook cookbook : cookbooks(db)) {
                assertThatThrownBy(() -> cookbook.importLikes(List.of(new Like(QUIET, 5), new Like(QUIET, 40_404),
                        new Like(40_405, 1), new Like(40_406, 1)))).isInstanceOf(NotFoundException.class)
                        .hasMessage("No row in table users with id 40405");
                assertThatThrownBy(() -> cookbook.importLikes(List.of(new Like(QUIET, 5), new Like(ANN_LOWER, 40_404))))
                        .isInstanceOf(NotFoundException.class)
                        .hasMessage("No row in table posts with id 40404");
            }
            assertThat(count(db, POST_LIKES)).isEqualTo(likes);
        }

        @EngineTest
        void addsNothingForNoLikes(TestDatabase db) {
            for (Cookbook cookbook : cookbooks(db)) {
                assertThat(cookbook.importLikes(List.of())).isZero();
            }
        }

        @EngineTest
        void tenThousandLikesTakeAtMostAHundredStatements(TestDatabase db) {
            // given 100 new users and 100 new posts, and every like between them
            List<Long> users = newRows(db, USERS, "bulk user ");
            List<Long> posts = newRows(db, POSTS, "bulk post ");
            List<Like> likes = users.stream().flatMap(user -> posts.stream().map(post -> new Like(user, post)))
                    .toList();
            AtomicInteger statements = new AtomicInteger();
            DSLContext counted = DSL.using(db.dsl().configuration()
                    .deriveAppending(ExecuteListener.onExecuteStart(context -> statements.incrementAndGet())));
            // when
            int added = new QueryCookbook(counted).importLikes(likes);
            // then: 1 batch of user ids, 1 of post ids, 10 inserts of 1,000 likes
            assertThat(likes).hasSize(10_000);
            assertThat(added).isEqualTo(10_000);
            assertThat(statements).hasValue(12);
            assertThat(count(db, POST_LIKES, POST_LIKES.USER_ID.in(users))).isEqualTo(10_000);
        }

        @EngineTest
        void twinImportsTenThousandLikesInOneBatch(TestDatabase db) {
            List<Long> users = newRows(db, USERS, "twin bulk user ");
            List<Long> posts = newRows(db, POSTS, "twin bulk post ");
            List<Like> likes = users.stream().flatMap(user -> posts.stream().map(post -> new Like(user, post)))
                    .toList();

            assertThat(db.vanillaCookbook().importLikes(likes)).isEqualTo(10_000);
            assertThat(db.vanillaCookbook().importLikes(likes.subList(0, 10))).isZero();
        }

        /** 100 new users, or 100 new posts by Ann, named or written {@code prefix} and a number; their ids. */
        private List<Long> newRows(TestDatabase db, Table<?> table, String prefix) {
            DSLContext dsl = TableRows.dsl(db);
            for (int i = 0; i < 100; i++) {
                if (table == USERS) {
                    dsl.insertInto(USERS, USERS.USERNAME).values(prefix + i).execute();
                } else {
                    dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT).values(ANN, prefix + i).execute();
                }
            }
            return table == USERS
                    ? dsl.select(USERS.ID).from(USERS).where(USERS.USERNAME.startsWith(prefix)).fetch(Record1::value1)
                    : dsl.select(POSTS.ID).from(POSTS).where(POSTS.CONTENT.startsWith(prefix)).fetch(Record1::value1);
        }
    }

    @Nested
    class BothCookbooks {

        /** Every write with every kind of outcome, in an order where later calls see earlier writes. */
        private static final List<Function<Cookbook, Object>> CALLS = List.of(
                cookbook -> cookbook.createUser("dora"),
                cookbook -> cookbook.createUser("ann"),
                cookbook -> cookbook.createPost(9, "dora's first"),
                cookbook -> cookbook.createPost(404, "from nobody"),
                cookbook -> cookbook.like(9, 9),
                cookbook -> cookbook.like(9, 9),
                cookbook -> cookbook.like(ANN, 1),
                cookbook -> cookbook.like(404, 9),
                cookbook -> cookbook.like(9, 404),
                cookbook -> cookbook.unlike(ANN, 1),
                cookbook -> cookbook.unlike(ANN, 1),
                cookbook -> cookbook.importLikes(List.of(new Like(QUIET, 9), new Like(QUIET, 9), new Like(9, 9),
                        new Like(CAT, 1))),
                cookbook -> cookbook.importLikes(List.of(new Like(QUIET, 8), new Like(QUIET, 405))));

        @EngineTest
        void giveTheSameAnswersAndLeaveTheSameRows(TestDatabase database) {
            // given the fixture, once per cookbook (on the cluster through the node whose next ids are 9, then 12)
            TestDatabase db = database.throughTheNodeThatGenerates(9);
            SocialFixture.reset(db.dsl());
            List<String> answers = run(db.queryCookbook());
            List<String> rows = TableRows.snapshot(db);
            SocialFixture.reset(db.dsl());
            // when
            List<String> twinAnswers = run(db.vanillaCookbook());
            // then
            assertThat(answers).containsExactly("User[id=9, username=dora]",
                    "AlreadyExistsException: A row in table users already has username 'ann'",
                    "post 9 by 9: dora's first",
                    "NotFoundException: No row in table users with id 404",
                    "true", "false", "false",
                    "NotFoundException: No row in table users with id 404",
                    "NotFoundException: No row in table posts with id 404",
                    "true", "false", "2",
                    "NotFoundException: No row in table posts with id 405");
            assertThat(twinAnswers).isEqualTo(answers);
            assertThat(TableRows.snapshot(db)).isEqualTo(rows).hasSize(8 + 1 + 8 + 1 + 14 + 1 - 1 + 2);
        }

        /** Each call's answer as text, a post without its time, an exception as its class and message. */
        private static List<String> run(Cookbook cookbook) {
            return CALLS.stream().map(call -> {
                try {
                    Object answer = call.apply(cookbook);
                    return answer instanceof Post post
                            ? "post " + post.id() + " by " + post.userId() + ": " + post.content()
                            : String.valueOf(answer);
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }).toList();
        }
    }
}
