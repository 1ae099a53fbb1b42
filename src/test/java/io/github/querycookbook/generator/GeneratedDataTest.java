package io.github.querycookbook.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The generated data itself, without a database: 1,000 users, 10,000 posts and 100,000 likes, seed 1. The thresholds
 * are what this spec gives, rounded down (top 1 % of posts: 45.3 % of likes; posts with at most 5 likes: 79.9 %).
 */
class GeneratedDataTest {

    private static final DataSpec SPEC = new DataSpec(1_000, 10_000, 100_000, 1);

    private final SocialData data = new SocialData(SPEC);

    @Test
    void givesTheSameRowsForTheSameSeedAndOthersForAnotherSeed() throws SQLException {
        // given a second generator of the same spec, and one with another seed
        SocialData again = new SocialData(SPEC);
        SocialData otherSeed = new SocialData(new DataSpec(1_000, 10_000, 100_000, 2));

        // then
        assertThat(RowDigest.users(again)).isEqualTo(RowDigest.users(data));
        assertThat(RowDigest.posts(again)).isEqualTo(RowDigest.posts(data));
        assertThat(RowDigest.likes(again)).isEqualTo(RowDigest.likes(data));
        assertThat(RowDigest.posts(otherSeed)).isNotEqualTo(RowDigest.posts(data));
        assertThat(RowDigest.likes(otherSeed)).isNotEqualTo(RowDigest.likes(data));
    }

    @Test
    void writesExactlyTheLikesAskedForEachADistinctUserAndPostAfterThePost() throws SQLException {
        // given
        long[] postTimes = new long[SPEC.posts() + 1];
        data.forEachPost((id, userId, content, createdAt, likeCount) -> postTimes[(int) id] = createdAt * 1_000_000L);
        Set<Long> pairs = new HashSet<>();
        int[] likesPerPost = new int[SPEC.posts() + 1];
        Set<String> wrong = new HashSet<>();

        // when
        data.forEachLike((postId, userId, createdAt) -> {
            if (userId < 1 || userId > SPEC.users()) {
                wrong.add("user " + userId);
            }
            if (createdAt < postTimes[(int) postId] + 1_000_000L || createdAt >= SocialData.END * 1_000_000L) {
                wrong.add("time " + createdAt + " of a like of post " + postId);
            }
            pairs.add(postId << 32 | userId);
            likesPerPost[(int) postId]++;
        });

        // then every pair is new, and every like comes at least a second after its post and before the end
        assertThat(wrong).isEmpty();
        assertThat(pairs).hasSize(100_000);
        assertThat(IntStream.rangeClosed(1, SPEC.posts()).filter(post -> likesPerPost[post] != data.likeCount(post)))
                .as("posts whose like_count differs from their likes").isEmpty();
    }

    @Test
    void givesMostLikesToAFewPostsAndAHandfulOrNoneToMost() throws SQLException {
        // when
        int[] counts = IntStream.rangeClosed(1, SPEC.posts()).map(data::likeCount).sorted().toArray();

        // then the top 1 % (100 posts) hold over 40 % of the likes, and over 75 % of the posts have at most 5
        long top = Arrays.stream(counts, counts.length - 100, counts.length).sum();
        assertThat(top).isGreaterThan(40_000);
        assertThat(Arrays.stream(counts).filter(count -> count <= 5).count()).isGreaterThan(7_500);
        assertThat(counts[counts.length - 1]).as("the top post, liked by every user").isEqualTo(1_000);
        assertThat(counts[0]).isZero();
    }

    @Test
    void letsSomeUsersWriteManyPostsAndOthersNone() throws SQLException {
        // given
        int[] postsByUser = new int[SPEC.users() + 1];

        // when
        data.forEachPost((id, userId, content, createdAt, likeCount) -> postsByUser[(int) userId]++);

        // then 10 posts each on average, but the most active author writes over 100
        assertThat(Arrays.stream(postsByUser).max().orElseThrow()).isGreaterThan(100);
        assertThat(IntStream.rangeClosed(1, SPEC.users()).filter(user -> postsByUser[user] == 0).count()).isPositive();
    }

    @Test
    void spreadsPostTimesOverTheYearInIdOrderWithTies() throws SQLException {
        // given
        long[] times = new long[SPEC.posts()];

        // when
        data.forEachPost((id, userId, content, createdAt, likeCount) -> times[(int) id - 1] = createdAt);

        // then about one post in 16 shares the time of the one before
        assertThat(times[0]).isGreaterThanOrEqualTo(SocialData.FIRST_POST);
        assertThat(times[times.length - 1]).isLessThan(SocialData.END - SocialData.SECONDS_PER_DAY);
        assertThat(IntStream.range(1, times.length).filter(i -> times[i] < times[i - 1])).isEmpty();
        assertThat(IntStream.range(1, times.length).filter(i -> times[i] == times[i - 1]).count())
                .isBetween(500L, 750L);
    }

    @Test
    void givesEveryPairWhenEveryUserLikesEveryPost() throws SQLException {
        // given
        SocialData full = new SocialData(new DataSpec(7, 3, 21, 1));
        Set<Long> pairs = new HashSet<>();

        // when
        full.forEachLike((postId, userId, createdAt) -> pairs.add(postId << 32 | userId));

        // then
        assertThat(pairs).hasSize(21);
    }

    @Test
    void writesPlausibleUniqueUsernames() throws SQLException {
        // given
        Set<String> names = new HashSet<>();

        // when
        data.forEachUser((id, username) -> names.add(username));

        // then
        assertThat(names).hasSize(1_000).allMatch(name -> name.matches("\\p{L}+[._]\\p{L}+\\d+"));
    }
}
