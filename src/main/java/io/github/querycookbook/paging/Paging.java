package io.github.querycookbook.paging;

import io.github.querycookbook.Arguments;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.Post;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of the pagination recipes, shared by both cookbooks so that they check arguments and cut pages the
 * same way.
 */
public final class Paging {

    /** The largest page or feed page a caller may ask for, so that one request cannot read a whole table. */
    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    /**
     * The number of rows before page {@code pageNumber}, as a {@code long}: for {@code Integer.MAX_VALUE} pages of
     * 100 it exceeds an {@code int}.
     *
     * @throws IllegalArgumentException if {@code pageNumber} is below 1 or {@code pageSize} is not 1 to 100
     */
    public static long offset(int pageNumber, int pageSize) {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("pageNumber must be at least 1, was " + pageNumber);
        }
        Arguments.between("pageSize", pageSize, 1, MAX_PAGE_SIZE);
        return (pageNumber - 1L) * pageSize;
    }

    /**
     * How many posts a feed page fetches: one more than it shows, to know whether another page follows.
     *
     * @throws IllegalArgumentException if {@code limit} is not 1 to 100
     */
    public static int fetchSize(int limit) {
        return Arguments.between("limit", limit, 1, MAX_PAGE_SIZE) + 1;
    }

    /** The feed page of the posts fetched with {@link #fetchSize(int) fetchSize(limit)}. */
    public static FeedPage feedPage(List<Post> fetched, int limit) {
        List<Post> items = fetched.subList(0, Math.min(limit, fetched.size()));
        Optional<FeedCursor> next = fetched.size() > limit
                ? Optional.of(FeedCursor.after(items.get(items.size() - 1)))
                : Optional.empty();
        return new FeedPage(items, next);
    }
}
