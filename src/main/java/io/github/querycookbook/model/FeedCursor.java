package io.github.querycookbook.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A position in the newest-first feed: a feed page that starts after it holds the posts strictly after this
 * {@code (createdAt, id)} in {@code created_at desc, id desc} order. It need not be a post that exists.
 *
 * @param createdAt the creation time of the last post seen, as a UTC wall-clock time
 * @param id        the id of the last post seen, which breaks ties between posts created at the same instant
 */
public record FeedCursor(LocalDateTime createdAt, long id) {

    public FeedCursor {
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The cursor that points just past {@code post}. */
    public static FeedCursor after(Post post) {
        return new FeedCursor(post.createdAt(), post.id());
    }
}
