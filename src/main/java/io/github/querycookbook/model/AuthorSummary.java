package io.github.querycookbook.model;

import java.util.List;
import java.util.Objects;

/**
 * A user with their posts and each post's like count, read in one statement as a nested collection.
 *
 * @param userId   the user's id
 * @param username the user's username
 * @param posts    their posts, newest first (created_at descending, then id descending), each with its like count;
 *                 empty, never null, for a user without posts
 */
public record AuthorSummary(long userId, String username, List<PostLikeCount> posts) {

    public AuthorSummary {
        Objects.requireNonNull(username, "username");
        posts = List.copyOf(posts);
    }
}
