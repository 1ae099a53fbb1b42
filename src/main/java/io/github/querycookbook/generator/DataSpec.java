package io.github.querycookbook.generator;

/**
 * What to generate: how many users, posts and likes, and the seed that fixes every value. The same spec always gives
 * the same rows: ids, usernames, contents, timestamps and likes.
 *
 * @param users number of users, ids 1 … users
 * @param posts number of posts, ids 1 … posts; each has an author, so posts need at least one user
 * @param likes number of likes, each a distinct (user, post) pair, so at most {@code users × posts}
 * @param seed  fixes every generated value
 */
public record DataSpec(int users, int posts, long likes, long seed) {

    /** The seed the command line uses when none is given. */
    public static final long DEFAULT_SEED = 1L;

    /**
     * @throws IllegalArgumentException if a count is negative, posts have no user to write them, or there are more
     *                                  likes than distinct (user, post) pairs
     */
    public DataSpec {
        atLeastZero("users", users);
        atLeastZero("posts", posts);
        atLeastZero("likes", likes);
        if (posts > 0 && users == 0) {
            throw new IllegalArgumentException("posts need authors: users must be at least 1 when posts is " + posts);
        }
        long pairs = (long) users * posts;
        if (likes > pairs) {
            throw new IllegalArgumentException("likes must be at most users × posts = " + users + " × " + posts
                    + " = " + pairs + " (each like is a distinct user and post), was " + likes);
        }
    }

    /** The spec with the {@link #DEFAULT_SEED}. */
    public static DataSpec of(int users, int posts, long likes) {
        return new DataSpec(users, posts, likes, DEFAULT_SEED);
    }

    /** All rows: users, posts and likes together. */
    public long rows() {
        return users + (long) posts + likes;
    }

    private static void atLeastZero(String parameter, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(parameter + " must be at least 0, was " + value);
        }
    }
}
