package io.github.querycookbook.search;

import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.rendering.Binds;
import java.util.Objects;

/**
 * The shape of a {@link PostSearchQueries#search} query for the render cache: each criterion that is set adds a
 * predicate, so the set criteria (five bits, 32 texts at most) are the variant, and their values the bind values,
 * named as the query names its {@code param}s.
 */
public final class SearchShape {

    private SearchShape() {
    }

    /** One bit per criterion that is set, in the order of {@link PostSearch}'s components. */
    public static int variant(PostSearch search) {
        Objects.requireNonNull(search, "search");
        return bit(search.authorId(), 1) | bit(search.text(), 2) | bit(search.createdFrom(), 4)
                | bit(search.createdBefore(), 8) | bit(search.minLikes(), 16);
    }

    /** The bind values of the criteria that are set; the text as its escaped {@code like} pattern. */
    public static Binds binds(PostSearch search) {
        Objects.requireNonNull(search, "search");
        Binds binds = Binds.none();
        if (search.authorId() != null) {
            binds = binds.and("author_id", search.authorId());
        }
        if (search.text() != null) {
            binds = binds.and("pattern", PostSearchQueries.containsPattern(search.text()));
        }
        if (search.createdFrom() != null) {
            binds = binds.and("created_from", search.createdFrom());
        }
        if (search.createdBefore() != null) {
            binds = binds.and("created_before", search.createdBefore());
        }
        if (search.minLikes() != null) {
            binds = binds.and("min_likes", search.minLikes());
        }
        return binds;
    }

    private static int bit(Object criterion, int bit) {
        return criterion == null ? 0 : bit;
    }
}
