package io.github.querycookbook.perf;

import static io.github.querycookbook.perf.RecipePair.large;
import static io.github.querycookbook.perf.RecipePair.point;

import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.PostSearch;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every read recipe of {@code Cookbook}, with bind values drawn at random over the loaded data (ids from 1, users
 * {@code user1} …, posts from 2024-01-01 two minutes apart), so no engine replays a cached result.
 */
final class ReadRecipes {

    private ReadRecipes() {
    }

    static List<RecipePair> all(int users, int posts) {
        return List.of(
                point("findPost", (c, r) -> c.findPost(post(r, posts)).isPresent() ? 1 : 0),
                point("postsBy", (c, r) -> c.postsBy(user(r, users)).size()),
                point("likersOf", (c, r) -> c.likersOf(post(r, posts)).size()),
                point("hasLiked", (c, r) -> c.hasLiked(user(r, users), post(r, posts)) ? 1 : 0),
                point("findUserByUsername",
                        (c, r) -> c.findUserByUsername("user" + user(r, users)).isPresent() ? 1 : 0),
                point("postsByIds", (c, r) -> c.postsByIds(List.of(post(r, posts), post(r, posts),
                        post(r, posts), post(r, posts), post(r, posts))).size()),
                point("feed", (c, r) -> c.feed(new FeedCursor(instant(r, posts), post(r, posts)), 20).items().size()),
                point("feedFirstPage", (c, r) -> c.feed(null, 1 + r.nextInt(20)).items().size()),
                point("activityOf", (c, r) -> c.activityOf(user(r, users), 20).size()),
                point("dailyLikes", (c, r) -> c.dailyLikes(1 + r.nextInt(200), LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 1, 8)).size()),
                point("searchPosts", (c, r) -> c.searchPosts(PostSearch.all().withAuthorId(user(r, users))
                        .withText("number")).size()),
                point("likersOfPostsBy", (c, r) -> c.likersOfPostsBy(user(r, users)).size()).scaled(0.2),
                large("alsoLiked", 200, 200, (c, r) -> c.alsoLiked(1 + r.nextInt(5_000), 10).size()),
                large("postsNewestFirst", 40, 30, (c, r) -> c.postsNewestFirst().size()),
                large("postsWithAuthor", 20, 20, (c, r) -> c.postsWithAuthor().size()),
                large("postsWithoutLikes", 20, 20, (c, r) -> c.postsWithoutLikes().size()),
                large("postsByLikeCountPage", 5, 10, (c, r) -> c.postsByLikeCountPage(1 + r.nextInt(100), 20)
                        .items().size()),
                large("postsByLikeCount", 3, 7, (c, r) -> c.postsByLikeCount().size()),
                large("authorsWithAtLeast", 3, 7, (c, r) -> c.authorsWithAtLeast(r.nextInt(100)).size()),
                large("likeStatsSince", 3, 7, (c, r) -> c.likeStatsSince(instant(r, posts)).size()),
                large("topPostPerAuthor", 3, 7, (c, r) -> c.topPostPerAuthor().size()),
                large("rankPostsByLikes", 3, 7, (c, r) -> c.rankPostsByLikes().size()),
                large("postsWithLikers", 2, 5, (c, r) -> c.postsWithLikers().size()),
                large("authorSummaries", 2, 5, (c, r) -> c.authorSummaries().size()),
                large("postsByLikeCountJson", 2, 5, (c, r) -> c.postsByLikeCountJson().length()));
    }

    private static long post(SplittableRandom r, int posts) {
        return 1 + r.nextInt(posts);
    }

    private static long user(SplittableRandom r, int users) {
        return 1 + r.nextInt(users);
    }

    private static LocalDateTime instant(SplittableRandom r, int posts) {
        return LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(2L * r.nextInt(posts / 3));
    }
}
