package io.github.querycookbook;

import static io.github.querycookbook.model.ActivityKind.LIKED;
import static io.github.querycookbook.model.ActivityKind.POSTED;
import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static io.github.querycookbook.testing.SocialFixture.UNKNOWN_ID;
import static io.github.querycookbook.testing.SocialFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.querycookbook.model.Activity;
import io.github.querycookbook.model.DailyLikes;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The timeline recipes on every engine, against literal expected values from {@link SocialFixture} (its Javadoc has
 * the posts and the likes with their times), and against their vanilla-SQL twins.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class TimelineRecipesTest {

    private static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    private static DailyLikes likes(String isoDate, long likes) {
        return new DailyLikes(day(isoDate), likes);
    }

    @Nested
    class DailyLikesOfAPost {

        @EngineTest
        void countsEachUtcDayIncludingDaysWithoutLikes(TestDatabase db) {
            // given post 1, liked at 03-01 10:05, 03-01 23:59:59.999999, 03-02 10:00 and 03-04 08:00
            // when
            List<DailyLikes> days = db.queryCookbook().dailyLikes(1, day("2024-02-29"), day("2024-03-05"));
            // then the last microsecond of March 1st still counts for March 1st
            assertThat(days).containsExactly(
                    likes("2024-02-29", 0), likes("2024-03-01", 2), likes("2024-03-02", 1),
                    likes("2024-03-03", 0), likes("2024-03-04", 1), likes("2024-03-05", 0));
        }

        @EngineTest
        void countsALeapDayAndALikeAtMidnight(TestDatabase db) {
            // given post 5, liked at 02-29 08:00 and at 03-01 00:00 exactly
            // when
            List<DailyLikes> days = db.queryCookbook().dailyLikes(5, day("2024-02-28"), day("2024-03-01"));
            // then
            assertThat(days).containsExactly(
                    likes("2024-02-28", 0), likes("2024-02-29", 1), likes("2024-03-01", 1));
        }

        @EngineTest
        void givesOneRowWhenTheRangeIsOneDay(TestDatabase db) {
            assertThat(db.queryCookbook().dailyLikes(1, day("2024-03-01"), day("2024-03-01")))
                    .containsExactly(likes("2024-03-01", 2));
        }

        @EngineTest
        void givesZerosForAnUnknownPostOrAPostWithoutLikes(TestDatabase db) {
            List<DailyLikes> zeros = List.of(likes("2024-03-04", 0), likes("2024-03-05", 0));

            assertThat(db.queryCookbook().dailyLikes(UNKNOWN_ID, day("2024-03-04"), day("2024-03-05")))
                    .isEqualTo(zeros);
            assertThat(db.queryCookbook().dailyLikes(6, day("2024-03-04"), day("2024-03-05"))).isEqualTo(zeros);
        }

        @EngineTest
        void coversAWholeLeapYearOf366Days(TestDatabase db) {
            // when
            List<DailyLikes> year = db.queryCookbook().dailyLikes(1, day("2024-01-01"), day("2024-12-31"));
            // then every day once, in order, and post 1's four likes on their days
            assertThat(year).hasSize(366);
            assertThat(year.get(0).day()).isEqualTo(day("2024-01-01"));
            assertThat(year.get(365).day()).isEqualTo(day("2024-12-31"));
            assertThat(year).filteredOn(d -> d.likes() > 0).containsExactly(
                    likes("2024-03-01", 2), likes("2024-03-02", 1), likes("2024-03-04", 1));
        }

        @EngineTest
        void rejectsAnEndBeforeTheStartOrMoreThan366DaysInBothCookbooks(TestDatabase db) {
            for (Cookbook cookbook : List.<Cookbook>of(db.queryCookbook(), db.vanillaCookbook())) {
                assertThatThrownBy(() -> cookbook.dailyLikes(1, day("2024-03-05"), day("2024-03-04")))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("to must not be before from, was from 2024-03-05 to 2024-03-04");
                assertThatThrownBy(() -> cookbook.dailyLikes(1, day("2024-01-01"), day("2025-01-01")))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("the range from 2024-01-01 to 2025-01-01 has 367 days, at most 366 are allowed");
                assertThatThrownBy(() -> cookbook.dailyLikes(1, null, day("2024-03-04")))
                        .isInstanceOf(NullPointerException.class).hasMessage("from");
                assertThatThrownBy(() -> cookbook.dailyLikes(1, day("2024-03-04"), null))
                        .isInstanceOf(NullPointerException.class).hasMessage("to");
            }
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            List<LocalDate[]> ranges = List.of(
                    new LocalDate[] {day("2024-02-27"), day("2024-03-07")},
                    new LocalDate[] {day("2024-03-01"), day("2024-03-01")},
                    new LocalDate[] {day("2023-12-31"), day("2024-12-30")});
            for (long post = 0; post <= 9; post++) {
                for (LocalDate[] range : ranges) {
                    assertThat(db.vanillaCookbook().dailyLikes(post, range[0], range[1]))
                            .as("post %d from %s to %s", post, range[0], range[1])
                            .isEqualTo(db.queryCookbook().dailyLikes(post, range[0], range[1]));
                }
            }
            assertThat(db.vanillaCookbook().dailyLikes(UNKNOWN_ID, day("2024-03-01"), day("2024-03-02")))
                    .isEqualTo(db.queryCookbook().dailyLikes(UNKNOWN_ID, day("2024-03-01"), day("2024-03-02")));
        }
    }

    @Nested
    class ActivityOf {

        @EngineTest
        void mergesPostsAndLikesNewestFirstWithPostsBeforeLikesOnTies(TestDatabase db) {
            // given Ann wrote posts 1, 2, 7 and 8, and liked post 1 and, at the instant she wrote post 7, post 3
            // when
            List<Activity> activity = db.queryCookbook().activityOf(ANN, 100);
            // then post 8 before post 2: same second, higher id first
            assertThat(activity).containsExactly(
                    new Activity(POSTED, 7, at("2024-03-05T07:00:00")),
                    new Activity(LIKED, 3, at("2024-03-05T07:00:00")),
                    new Activity(LIKED, 1, at("2024-03-04T08:00:00")),
                    new Activity(POSTED, 8, at("2024-03-02T09:30:00")),
                    new Activity(POSTED, 2, at("2024-03-02T09:30:00")),
                    new Activity(POSTED, 1, at("2024-03-01T10:00:00")));
        }

        @EngineTest
        void ordersLikesAtTheSameInstantByPostIdDescending(TestDatabase db) {
            // given ann liked posts 1 and 2 at the same instant, and wrote post 3 half an hour before
            // when
            List<Activity> activity = db.queryCookbook().activityOf(ANN_LOWER, 100);
            // then
            assertThat(activity).containsExactly(
                    new Activity(LIKED, 4, at("2024-03-03T12:30:00")),
                    new Activity(LIKED, 2, at("2024-03-02T10:00:00")),
                    new Activity(LIKED, 1, at("2024-03-02T10:00:00")),
                    new Activity(POSTED, 3, at("2024-03-02T09:30:00")));
        }

        @EngineTest
        void keepsTheNewestEntriesUpToTheLimit(TestDatabase db) {
            assertThat(db.queryCookbook().activityOf(ANN, 1)).containsExactly(
                    new Activity(POSTED, 7, at("2024-03-05T07:00:00")));
            assertThat(db.queryCookbook().activityOf(ANN, 3)).extracting(Activity::kind, Activity::postId)
                    .containsExactly(
                            tuple(POSTED, 7L),
                            tuple(LIKED, 3L),
                            tuple(LIKED, 1L));
        }

        @EngineTest
        void listsOnlyLikesForAUserWithoutPostsAndMicroseconds(TestDatabase db) {
            assertThat(db.queryCookbook().activityOf(DOG, 10)).containsExactly(
                    new Activity(LIKED, 2, at("2024-03-03T11:00:00")),
                    new Activity(LIKED, 1, at("2024-03-01T23:59:59.999999")));
        }

        @EngineTest
        void isEmptyForAUserWithoutActivityOrUnknown(TestDatabase db) {
            assertThat(db.queryCookbook().activityOf(QUIET, 100)).isEmpty();
            assertThat(db.queryCookbook().activityOf(UNKNOWN_ID, 100)).isEmpty();
        }

        @Test
        void limitsEachBranchAndTheMergedList() {
            String sql = new QueryCookbook(CookbookDsl.detached(SQLDialect.POSTGRES)).timelineQueries()
                    .activityOf(CAT, 5).getSQL(ParamType.NAMED);

            assertThat(sql.split(":limit", -1)).hasSize(4);
        }

        @EngineTest
        void rejectsALimitOutsideOneToAHundredInBothCookbooks(TestDatabase db) {
            for (Cookbook cookbook : List.<Cookbook>of(db.queryCookbook(), db.vanillaCookbook())) {
                assertThatThrownBy(() -> cookbook.activityOf(ANN, 0))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("limit must be between 1 and 100, was 0");
                assertThatThrownBy(() -> cookbook.activityOf(ANN, 101))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("limit must be between 1 and 100, was 101");
            }
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            for (long user = ANN; user <= QUIET + 1; user++) {
                for (int limit : new int[] {1, 2, 3, 100}) {
                    assertThat(db.vanillaCookbook().activityOf(user, limit)).as("user %d, limit %d", user, limit)
                            .isEqualTo(db.queryCookbook().activityOf(user, limit));
                }
            }
            assertThat(db.vanillaCookbook().activityOf(UNKNOWN_ID, 100))
                    .isEqualTo(db.queryCookbook().activityOf(UNKNOWN_ID, 100));
        }
    }
}
