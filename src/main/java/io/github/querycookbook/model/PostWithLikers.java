package io.github.querycookbook.model;

import java.util.List;
import java.util.Objects;

/**
 * A post with the usernames of everyone who liked it, read in one statement as a nested collection.
 *
 * @param id      the post's id
 * @param content the text of the post
 * @param likers  the likers' usernames in the engine's ascending order; empty, never null, for a post nobody liked
 */
public record PostWithLikers(long id, String content, List<String> likers) {

    public PostWithLikers {
        Objects.requireNonNull(content, "content");
        likers = List.copyOf(likers);
    }
}
