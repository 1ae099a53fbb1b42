package io.github.querycookbook.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the keyset-paginated feed, newest first.
 *
 * @param items the page's posts
 * @param next  the cursor of the last item, to ask for the following page; empty exactly when no post follows it
 */
public record FeedPage(List<Post> items, Optional<FeedCursor> next) {

    public FeedPage {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(next, "next");
    }
}
