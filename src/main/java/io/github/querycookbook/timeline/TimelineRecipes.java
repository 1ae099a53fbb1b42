package io.github.querycookbook.timeline;

import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import java.time.LocalDate;
import java.util.List;

/** The timeline recipes, as catalogue entries with example arguments that fit the tour's demo data. */
public final class TimelineRecipes {

    /** "Hello, world", liked on May 1st (twice) and May 2nd; nobody liked anything on May 3rd. */
    private static final long POST_ID = 1;
    private static final LocalDate FROM = LocalDate.of(2024, 5, 1);
    private static final LocalDate TO = LocalDate.of(2024, 5, 3);
    /** ann, who wrote two posts and liked two, one of them her own. */
    private static final long USER_ID = 1;
    private static final int LIMIT = 3;

    private TimelineRecipes() {
    }

    public static Recipe dailyLikes() {
        return new Recipe("dailyLikes", "A post's likes per UTC day of a range, days without likes included (0).",
                "daily_likes.sql", TimelineQueries.class, "dailyLikes", List.of(
                new Example("postId = " + POST_ID + ", from = " + FROM + ", to = " + TO,
                        dsl -> new TimelineQueries(dsl).dailyLikes(POST_ID, FROM, TO),
                        cookbook -> cookbook.dailyLikes(POST_ID, FROM, TO))));
    }

    public static Recipe activityOf() {
        return new Recipe("activityOf", "What a user posted and liked, as one list, newest first.",
                "activity_of.sql", TimelineQueries.class, "activityOf", List.of(
                new Example("userId = " + USER_ID + ", limit = " + LIMIT,
                        dsl -> new TimelineQueries(dsl).activityOf(USER_ID, LIMIT),
                        cookbook -> cookbook.activityOf(USER_ID, LIMIT))));
    }
}
