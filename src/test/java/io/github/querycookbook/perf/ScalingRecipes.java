package io.github.querycookbook.perf;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.model.FeedCursor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The recipes {@link ScalingCheck} times, each called with bind values drawn afresh per call: typical ids of the
 * loaded {@link ScaleData}, uniform over all users and posts, so that most calls hit the long tail of the skew.
 */
final class ScalingRecipes {

    /** One recipe call on a cookbook, with values drawn from {@code random} for data of {@code size}. */
    @FunctionalInterface
    interface Call {
        Object run(Cookbook cookbook, SplittableRandom random, ScaleData.Size size);
    }

    /**
     * A recipe to time.
     *
     * @param warmUp   calls before timing, on each size
     * @param measured calls timed, on each size
     */
    record Timed(String name, int warmUp, int measured, Call call) {
    }

    private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);

    private ScalingRecipes() {
    }

    /** The index-driven recipes, warmed up with {@code warmUp} calls ({@code alsoLiked} with a tenth). */
    static List<Timed> indexDriven(int warmUp, int measured) {
        return List.of(
                new Timed("findPost", warmUp, measured, (c, r, s) -> c.findPost(post(r, s))),
                new Timed("postsBy", warmUp, measured, (c, r, s) -> c.postsBy(user(r, s))),
                new Timed("likersOf", warmUp, measured, (c, r, s) -> c.likersOf(post(r, s))),
                new Timed("likersOfPostsBy", warmUp, measured, (c, r, s) -> c.likersOfPostsBy(user(r, s))),
                new Timed("hasLiked", warmUp, measured, (c, r, s) -> c.hasLiked(user(r, s), post(r, s))),
                new Timed("feed", warmUp, measured, (c, r, s) -> c.feed(cursorAt(post(r, s)), 20)),
                new Timed("activityOf", warmUp, measured, (c, r, s) -> c.activityOf(user(r, s), 20)),
                new Timed("dailyLikes", warmUp, measured, (c, r, s) -> dailyLikes(c, post(r, s))),
                new Timed("alsoLiked", warmUp / 10, measured, (c, r, s) -> c.alsoLiked(post(r, s), 10)));
    }

    /** The recipes that read every post or like, a few calls each. */
    static List<Timed> global(int calls) {
        return List.of(
                new Timed("postsByLikeCount", 1, calls, (c, r, s) -> c.postsByLikeCount()),
                new Timed("rankPostsByLikes", 1, calls, (c, r, s) -> c.rankPostsByLikes()),
                new Timed("postsByLikeCountPage(deep)", 1, calls,
                        (c, r, s) -> c.postsByLikeCountPage((int) (s.posts() / 20 / 2), 20)),
                new Timed("postsNewestFirst", 1, calls, (c, r, s) -> c.postsNewestFirst()),
                new Timed("postsWithLikers", 1, calls, (c, r, s) -> c.postsWithLikers()),
                new Timed("authorSummaries", 1, calls, (c, r, s) -> c.authorSummaries()),
                new Timed("postsByLikeCountJson", 1, calls, (c, r, s) -> c.postsByLikeCountJson()),
                new Timed("postsWithoutLikes", 1, calls, (c, r, s) -> c.postsWithoutLikes()),
                new Timed("topPostPerAuthor", 1, calls, (c, r, s) -> c.topPostPerAuthor()),
                new Timed("authorsWithAtLeast(10)", 1, calls, (c, r, s) -> c.authorsWithAtLeast(10)),
                new Timed("likeStatsSince", 1, calls, (c, r, s) -> c.likeStatsSince(EPOCH.plusDays(20))));
    }

    private static long post(SplittableRandom random, ScaleData.Size size) {
        return 1 + random.nextLong(size.posts());
    }

    private static long user(SplittableRandom random, ScaleData.Size size) {
        return 1 + random.nextLong(size.users());
    }

    /** The cursor just past post {@code id}, whose time {@link ScaleData} derives from its id. */
    private static FeedCursor cursorAt(long id) {
        return new FeedCursor(EPOCH.plusMinutes(id * 20 / 60), id);
    }

    /** The post's likes per day over the 30 days after it was posted, when all its likes come. */
    private static Object dailyLikes(Cookbook cookbook, long post) {
        LocalDate from = EPOCH.plusMinutes(post * 20 / 60).toLocalDate();
        return cookbook.dailyLikes(post, from, from.plusDays(30));
    }
}
