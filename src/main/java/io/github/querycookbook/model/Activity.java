package io.github.querycookbook.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of a user's activity: a post they wrote or a post they liked.
 *
 * @param kind   whether they wrote or liked the post
 * @param postId the post's id
 * @param at     when they wrote or liked it, as a UTC wall-clock time
 */
public record Activity(ActivityKind kind, long postId, LocalDateTime at) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
