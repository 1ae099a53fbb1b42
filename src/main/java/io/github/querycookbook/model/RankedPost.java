package io.github.querycookbook.model;

/**
 * A post's place in the ranking by like count. Posts with equal counts share a rank; after a tie, {@code rank}
 * skips places (1, 2, 2, 4) and {@code denseRank} does not (1, 2, 2, 3).
 *
 * @param postId    the post's id
 * @param likeCount how many users liked it, 0 included
 * @param rank      1 plus the number of posts with more likes
 * @param denseRank 1 plus the number of distinct like counts above this one
 */
public record RankedPost(long postId, long likeCount, long rank, long denseRank) {
}
