package io.github.querycookbook.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A post with its author's username, read through the to-one path {@code posts → users}.
 *
 * @param id             the post's id
 * @param content        the text of the post
 * @param authorId       the author's id
 * @param authorUsername the author's username
 * @param createdAt      when it was created, as a UTC wall-clock time
 */
public record PostWithAuthor(long id, String content, long authorId, String authorUsername, LocalDateTime createdAt) {

    public PostWithAuthor {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(authorUsername, "authorUsername");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
