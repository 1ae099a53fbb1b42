package io.github.querycookbook;

import io.github.querycookbook.export.ExportRecipes;
import io.github.querycookbook.ids.ManyIdsRecipes;
import io.github.querycookbook.joins.JoinRecipes;
import io.github.querycookbook.json.JsonRecipes;
import io.github.querycookbook.likes.LikeRecipes;
import io.github.querycookbook.nested.NestedRecipes;
import io.github.querycookbook.paging.PagingRecipes;
import io.github.querycookbook.posts.PostRecipes;
import io.github.querycookbook.ranking.RankingRecipes;
import io.github.querycookbook.recommendations.RecommendationRecipes;
import io.github.querycookbook.search.SearchRecipes;
import io.github.querycookbook.stats.StatsRecipes;
import io.github.querycookbook.timeline.TimelineRecipes;
import io.github.querycookbook.users.UserRecipes;
import io.github.querycookbook.writes.WriteRecipes;
import java.util.List;

/**
 * Every recipe, by topic, in catalogue order. Each feature package offers its recipes as {@link Recipe} entries; a
 * new recipe joins its topic here, and the tour and the generated catalogue pick it up unchanged.
 */
public final class RecipeCatalog {

    private RecipeCatalog() {
    }

    public static List<Topic> topics() {
        return List.of(
                new Topic("Fetch modes", "Zero or one row: an Optional when none is a normal answer, an exception that"
                        + " a web layer maps to 404 when it is not.",
                        List.of(PostRecipes.findPost(), PostRecipes.getPost(), UserRecipes.findUserByUsername(),
                                UserRecipes.getUserByUsername())),
                new Topic("Ordering and filtering", "A total order, with a tie-breaker, and filters on bound values;"
                        + " a dynamic filter builds only the conditions that are set.",
                        List.of(PostRecipes.postsNewestFirst(), PostRecipes.postsBy(), SearchRecipes.searchPosts())),
                new Topic("Joins", "Through the many-to-many link table post_likes, along the foreign keys' paths,"
                        + " and the anti-join and existence check.",
                        List.of(LikeRecipes.likersOfPostsBy(), JoinRecipes.postsWithAuthor(), JoinRecipes.likersOf(),
                                JoinRecipes.postsWithoutLikes(), JoinRecipes.hasLiked())),
                new Topic("Aggregation and windows", "Counting per group, groups without rows included; filtering"
                        + " on a group's total, conditional counts, and window functions that pick and rank rows.",
                        List.of(LikeRecipes.postsByLikeCount(), StatsRecipes.authorsWithAtLeast(),
                                StatsRecipes.likeStatsSince(), StatsRecipes.topPostPerAuthor(),
                                StatsRecipes.rankPostsByLikes())),
                new Topic("CTEs and set operations", "A recursive CTE that generates the days of a range, and"
                        + " UNION ALL that merges two kinds of rows into one list.",
                        List.of(TimelineRecipes.dailyLikes(), TimelineRecipes.activityOf())),
                new Topic("Many ids at once",
                        "Any number of ids, in batches under every engine's limit on bind values.",
                        List.of(ManyIdsRecipes.postsByIds())),
                new Topic("Pagination", "Numbered pages with their totals from one query, and a keyset feed that"
                        + " stays exact while posts arrive.",
                        List.of(PagingRecipes.postsByLikeCountPage(), PagingRecipes.feed())),
                new Topic("Nested collections", "Parents with their lists of children in one statement, with"
                        + " MULTISET: no N+1 loop, and no flat join to fold back in Java.",
                        List.of(NestedRecipes.postsWithLikers(), NestedRecipes.authorSummaries())),
                new Topic("JSON", "A JSON document built and escaped by the database, in a guaranteed order,"
                        + " with [] and not NULL when there are no rows.",
                        List.of(JsonRecipes.postsByLikeCountJson())),
                new Topic("Recommendations", "A self-join on the link table: the posts that the likers of a post"
                        + " also liked, counted on post_likes before posts is joined for their content.",
                        List.of(RecommendationRecipes.alsoLiked())),
                new Topic("Ranking at scale", "The ranking by likes read from a counter that the database's triggers"
                        + " keep in posts.like_count: the top posts and the pages after them cost an index range scan,"
                        + " whatever the number of likes.",
                        List.of(RankingRecipes.topPostsByLikeCount(), RankingRecipes.topPostsByLikeCountAfter())),
                new Topic("Streaming", "Every row to a Writer while the engine reads them, in a heap that stays flat:"
                        + " a fetch size, and on PostgreSQL a transaction, or the driver buffers the whole result.",
                        List.of(ExportRecipes.exportPostLikeCounts())),
                new Topic("Writes", "Inserts that return the stored row, idempotent likes and bulk imports, safe when"
                        + " many callers write the same row at once; each runs in its own transaction or joins the"
                        + " caller's under a savepoint. The tour runs them last and rolls them back.",
                        List.of(WriteRecipes.createUser(), WriteRecipes.createPost(), WriteRecipes.like(),
                                WriteRecipes.unlike(), WriteRecipes.importLikes())));
    }

    public static List<Recipe> all() {
        return topics().stream().flatMap(topic -> topic.recipes().stream()).toList();
    }
}
