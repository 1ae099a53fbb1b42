package io.github.querycookbook.bench;

import io.github.querycookbook.Cookbook;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every read recipe of {@link Cookbook}, by name, as one call with the bind values of {@link Binds}: the same call
 * runs through jOOQ and through the JDBC twin. The writes are not benchmarked: they change the data set.
 */
public final class RecipeCalls {

    /** The recipes in the order of {@link Cookbook}. */
    public static final Map<String, BiFunction<Cookbook, Binds, Object>> ALL = calls();

    /**
     * The recipes that read whole tables, O(N) by nature: seconds per call at 10^6 likes, so a quick run measures them
     * with a few calls instead of seconds of them.
     */
    public static final Set<String> WHOLE_TABLE = Set.of("postsNewestFirst", "postsByLikeCount",
            "postsByLikeCountPage", "authorsWithAtLeast", "likeStatsSince", "topPostPerAuthor", "rankPostsByLikes",
            "postsWithAuthor", "postsWithoutLikes", "postsWithLikers", "authorSummaries", "postsByLikeCountJson");

    private RecipeCalls() {
    }

    private static Map<String, BiFunction<Cookbook, Binds, Object>> calls() {
        Map<String, BiFunction<Cookbook, Binds, Object>> calls = new LinkedHashMap<>();
        calls.put("postsNewestFirst", (cookbook, binds) -> cookbook.postsNewestFirst());
        calls.put("postsByLikeCount", (cookbook, binds) -> cookbook.postsByLikeCount());
        calls.put("likersOfPostsBy", (cookbook, binds) -> cookbook.likersOfPostsBy(binds.authorId()));
        calls.put("findPost", (cookbook, binds) -> cookbook.findPost(binds.postId()));
        calls.put("getPost", (cookbook, binds) -> cookbook.getPost(binds.postId()));
        calls.put("postsBy", (cookbook, binds) -> cookbook.postsBy(binds.authorId()));
        calls.put("postsByLikeCountPage", (cookbook, binds) -> cookbook.postsByLikeCountPage(binds.page(), 20));
        calls.put("feed", (cookbook, binds) -> cookbook.feed(binds.cursor(), 20));
        calls.put("authorsWithAtLeast", (cookbook, binds) -> cookbook.authorsWithAtLeast(binds.minLikes()));
        calls.put("likeStatsSince", (cookbook, binds) -> cookbook.likeStatsSince(binds.since()));
        calls.put("topPostPerAuthor", (cookbook, binds) -> cookbook.topPostPerAuthor());
        calls.put("rankPostsByLikes", (cookbook, binds) -> cookbook.rankPostsByLikes());
        calls.put("dailyLikes", (cookbook, binds) ->
                cookbook.dailyLikes(binds.postId(), binds.day(), binds.day().plusDays(29)));
        calls.put("activityOf", (cookbook, binds) -> cookbook.activityOf(binds.userId(), 20));
        calls.put("postsWithAuthor", (cookbook, binds) -> cookbook.postsWithAuthor());
        calls.put("likersOf", (cookbook, binds) -> cookbook.likersOf(binds.postId()));
        calls.put("postsWithoutLikes", (cookbook, binds) -> cookbook.postsWithoutLikes());
        calls.put("hasLiked", (cookbook, binds) -> cookbook.hasLiked(binds.userId(), binds.postId()));
        calls.put("postsByIds", (cookbook, binds) -> cookbook.postsByIds(binds.postIds(20)));
        calls.put("findUserByUsername", (cookbook, binds) -> cookbook.findUserByUsername(binds.username()));
        calls.put("getUserByUsername", (cookbook, binds) -> cookbook.getUserByUsername(binds.username()));
        calls.put("searchPosts", (cookbook, binds) -> cookbook.searchPosts(binds.search()));
        calls.put("alsoLiked", (cookbook, binds) -> cookbook.alsoLiked(binds.postId(), 10));
        calls.put("postsWithLikers", (cookbook, binds) -> cookbook.postsWithLikers());
        calls.put("authorSummaries", (cookbook, binds) -> cookbook.authorSummaries());
        calls.put("postsByLikeCountJson", (cookbook, binds) -> cookbook.postsByLikeCountJson());
        return Collections.unmodifiableMap(calls);
    }
}
