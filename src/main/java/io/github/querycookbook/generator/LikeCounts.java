package io.github.querycookbook.generator;

/**
 * How many likes each post gets: Zipf-like popularity, so that a few posts get most likes and most get a handful or
 * none. The post of popularity rank r gets a share proportional to {@code r^-}{@value #EXPONENT}, never more than the
 * number of users (each user likes a post at most once), and the counts add up to exactly the likes asked for.
 *
 * <p>Ranks go to posts in a random order, so the most liked post is not simply post 1.
 */
final class LikeCounts {

    /** The Zipf exponent: 1.1 gives the top 1 % of 1,000 posts about half of all likes before the cap. */
    static final double EXPONENT = 1.1;

    private LikeCounts() {
    }

    /** The like count of each post, by index (post id − 1). */
    static int[] of(DataSpec spec, Prng random) {
        int posts = spec.posts();
        int cap = spec.users();
        int[] postOfRank = random.permutation(posts);
        double[] tailWeight = new double[posts + 1];
        for (int rank = posts - 1; rank >= 0; rank--) {
            tailWeight[rank] = tailWeight[rank + 1] + weight(rank);
        }
        int[] counts = new int[posts];
        long remaining = spec.likes();
        for (int rank = 0; rank < posts && remaining > 0; rank++) {
            // Each post takes its share of what is left, so a capped post's excess flows on to the next ranks; the
            // random rounding gives the long tail its realistic mix of ones and zeros.
            double share = remaining * (weight(rank) / tailWeight[rank]);
            long count = Math.min(Math.min(cap, remaining), (long) Math.floor(share + random.nextDouble()));
            counts[postOfRank[rank]] = (int) count;
            remaining -= count;
        }
        // Rounding can leave a few likes over at the end; give them to the most popular posts that still have room.
        for (int rank = 0; rank < posts && remaining > 0; rank++) {
            int post = postOfRank[rank];
            long extra = Math.min(cap - counts[post], remaining);
            counts[post] += (int) extra;
            remaining -= extra;
        }
        return counts;
    }

    private static double weight(int rank) {
        return Math.pow(rank + 1, -EXPONENT);
    }
}
