package io.github.querycookbook.generator;

import java.sql.SQLException;

/**
 * The generated rows of one {@link DataSpec}, streamed in primary-key order: users, then posts, then likes. It holds a
 * few numbers per user and per post (activity ranks, authors, times, like counts), never the likes, so its memory is
 * O(users + posts) whatever the number of likes.
 *
 * <p>Times: posts spread evenly over the year before {@link #END} (up to a day before it) in whole seconds, never
 * decreasing with the id, and about one post in {@value #TIE_ONE_IN} has exactly the time of the post before it, so
 * ties are certain. Each like comes at least a second after its post and before {@link #END},
 * mostly soon after the post.
 */
final class SocialData {

    /** The fixed instant all times lead up to, 2026-01-01T00:00:00Z, in epoch seconds: never the clock. */
    static final long END = 1_767_225_600L;
    static final long SECONDS_PER_DAY = 86_400L;
    static final long FIRST_POST = END - 365 * SECONDS_PER_DAY;
    static final int TIE_ONE_IN = 16;

    /** Skew of the authors: the most active 1 % of users come up in 10 % of the draws, so some write many posts. */
    private static final int AUTHOR_SKEW = 2;

    private final DataSpec spec;
    private final int[] userOfRank;
    private final int[] authors;
    private final long[] postSeconds;
    private final int[] likeCounts;

    SocialData(DataSpec spec) {
        this.spec = spec;
        this.userOfRank = random(1).permutation(spec.users());
        this.authors = new int[spec.posts()];
        this.postSeconds = new long[spec.posts()];
        Prng random = random(2);
        double spacing = (double) (END - SECONDS_PER_DAY - FIRST_POST) / Math.max(1, spec.posts());
        for (int post = 0; post < spec.posts(); post++) {
            authors[post] = userOfRank[random.skewed(spec.users(), AUTHOR_SKEW)];
            boolean tie = post > 0 && random.nextInt(TIE_ONE_IN) == 0;
            postSeconds[post] = tie ? postSeconds[post - 1]
                    : FIRST_POST + (long) ((post + random.nextDouble()) * spacing);
        }
        this.likeCounts = LikeCounts.of(spec, random(3));
    }

    DataSpec spec() {
        return spec;
    }

    /** The like count of post {@code id}, as {@link #forEachLike} will write it. */
    int likeCount(long postId) {
        return likeCounts[(int) (postId - 1)];
    }

    void forEachUser(UserSink sink) throws SQLException {
        Prng random = random(4);
        for (long id = 1; id <= spec.users(); id++) {
            sink.user(id, Words.username(id, random));
        }
    }

    void forEachPost(PostSink sink) throws SQLException {
        Prng random = random(5);
        for (int post = 0; post < spec.posts(); post++) {
            sink.post(post + 1L, authors[post] + 1L, Words.content(random), postSeconds[post], likeCounts[post]);
        }
    }

    void forEachLike(LikeSink sink) throws SQLException {
        Prng random = random(6);
        LikerSampler sampler = new LikerSampler(userOfRank);
        for (int post = 0; post < spec.posts(); post++) {
            int count = likeCounts[post];
            sampler.sample(count, random);
            int[] likers = sampler.likers();
            long postMicros = postSeconds[post] * 1_000_000L;
            long window = END * 1_000_000L - postMicros - 1_000_000L;
            for (int i = 0; i < count; i++) {
                double u = random.nextDouble();
                sink.like(post + 1L, likers[i] + 1L, postMicros + 1_000_000L + (long) (window * u * u * u * u));
            }
        }
    }

    private Prng random(long purpose) {
        return new Prng(spec.seed(), purpose);
    }

    interface UserSink {
        void user(long id, String username) throws SQLException;
    }

    interface PostSink {
        void post(long id, long userId, String content, long createdAtEpochSecond, long likeCount)
                throws SQLException;
    }

    interface LikeSink {
        void like(long postId, long userId, long createdAtEpochMicro) throws SQLException;
    }
}
