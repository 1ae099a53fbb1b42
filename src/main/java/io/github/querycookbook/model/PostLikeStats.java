package io.github.querycookbook.model;

/**
 * A post's likes of all time and its likes from a given instant on, counted in one pass.
 *
 * @param postId     the post's id
 * @param totalLikes how many users liked it, 0 included
 * @param likesSince how many of those likes were given at or after the instant asked for
 */
public record PostLikeStats(long postId, long totalLikes, long likesSince) {
}
