package io.github.querycookbook.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A row of {@code posts}.
 *
 * @param id        the post's id
 * @param userId    the author's id
 * @param content   the text of the post
 * @param createdAt when it was created, as a UTC wall-clock time
 */
public record Post(long id, long userId, String content, LocalDateTime createdAt) {

    public Post {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
