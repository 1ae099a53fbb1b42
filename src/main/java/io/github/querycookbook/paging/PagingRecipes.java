package io.github.querycookbook.paging;

import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.model.FeedCursor;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/** The pagination recipes as catalogue entries, with example arguments that fit the tour's demo data. */
public final class PagingRecipes {

    /** Four demo posts in pages of three: page 2 is the short last page, page 3 is past the end. */
    private static final int PAGE_SIZE = 3;
    private static final int FEED_LIMIT = 2;
    /** The demo post 3, which shares its second with post 2: the feed must go on with post 2 after it. */
    private static final FeedCursor AFTER_TIED_POST = new FeedCursor(LocalDateTime.parse("2024-05-02T10:00:00"), 3);

    private PagingRecipes() {
    }

    public static Recipe postsByLikeCountPage() {
        return new Recipe("postsByLikeCountPage", "A numbered page of the posts by like count, with its totals.",
                "posts_by_like_count_page.sql", PagingQueries.class, "postsByLikeCountPage",
                Stream.of(2, 3).map(page -> new Example("pageNumber = " + page + ", pageSize = " + PAGE_SIZE,
                        dsl -> new PagingQueries(dsl).postsByLikeCountPage(page, PAGE_SIZE),
                        cookbook -> cookbook.postsByLikeCountPage(page, PAGE_SIZE))).toList());
    }

    public static Recipe feed() {
        return new Recipe("feed", "The newest-first feed a page at a time, after a cursor (keyset pagination).",
                "feed.sql", PagingQueries.class, "feed", List.of(
                feedExample(AFTER_TIED_POST), feedExample(null)));
    }

    private static Example feedExample(FeedCursor after) {
        return new Example("after = " + after + ", limit = " + FEED_LIMIT,
                dsl -> new PagingQueries(dsl).feed(after, FEED_LIMIT), cookbook -> cookbook.feed(after, FEED_LIMIT));
    }
}
