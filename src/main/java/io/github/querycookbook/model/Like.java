package io.github.querycookbook.model;

/**
 * A row of {@code post_likes} to write: a user likes a post.
 *
 * @param userId the id of the user who likes the post
 * @param postId the id of the liked post
 */
public record Like(long userId, long postId) {
}
