package io.github.querycookbook.generator;

import java.util.Arrays;

/**
 * Picks the distinct users who like one post. Active users like more: candidates are drawn with
 * {@link Prng#skewed skew} over the users' activity ranks and a duplicate is drawn again. A very popular post (liked
 * by a large part of all users) would make those redraws slow, so after a budget of draws the rest are the next free
 * users from a random start, which costs at most one pass over the users for a post that has nearly all of them.
 *
 * <p>Memory is one bit per user and the likers of the largest post, never the likes: the bits are cleared after each
 * post. The likers come back sorted, which is primary-key order for {@code post_likes} and the fastest to insert.
 */
final class LikerSampler {

    /**
     * Skew of the likers: the most active 1 % of users come up in 22 % of the draws. Popular posts, liked by most
     * users, even that out: with 10<sup>4</sup> users and 10<sup>6</sup> likes the most active 1 % give 11 % of them.
     */
    private static final int LIKER_SKEW = 3;

    private final int users;
    private final int[] userOfRank;
    private final long[] taken;
    private int[] likers = new int[64];

    /** @param userOfRank user index (id − 1) by activity rank, most active first */
    LikerSampler(int[] userOfRank) {
        this.users = userOfRank.length;
        this.userOfRank = userOfRank;
        this.taken = new long[(users + 63) / 64];
    }

    /** Picks {@code count} distinct user indexes (0 ≤ count ≤ users), sorted, into {@link #likers()}. */
    void sample(int count, Prng random) {
        if (likers.length < count) {
            likers = new int[Math.max(count, likers.length * 2)];
        }
        int found = 0;
        for (long draws = 4L * count + 16; found < count && draws > 0; draws--) {
            int user = userOfRank[random.skewed(users, LIKER_SKEW)];
            if (take(user)) {
                likers[found++] = user;
            }
        }
        for (int user = found < count ? random.nextInt(users) : 0; found < count; user = (user + 1) % users) {
            if (take(user)) {
                likers[found++] = user;
            }
        }
        Arrays.sort(likers, 0, count);
        for (int i = 0; i < count; i++) {
            taken[likers[i] >>> 6] &= ~(1L << likers[i]);
        }
    }

    /** The likers of the last {@link #sample}, sorted, in the first {@code count} places. */
    int[] likers() {
        return likers;
    }

    private boolean take(int user) {
        long bit = 1L << user;
        int word = user >>> 6;
        if ((taken[word] & bit) != 0) {
            return false;
        }
        taken[word] |= bit;
        return true;
    }
}
