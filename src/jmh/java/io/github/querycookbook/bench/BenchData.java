package io.github.querycookbook.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * A small deterministic data set with skewed popularity, behind one method, {@link #load}, so that the project's
 * data generator can replace it. Users {@code 1..users}, posts {@code 1..posts}; post {@code p}'s popularity rank is
 * a fixed permutation of its id, and rank {@code r} gets about {@code likes / (H(posts) * r)} likes (Zipf, s = 1),
 * at most one per user; so a few posts get most likes and the tail gets one or none. Posts come two per minute,
 * so every timestamp is shared by two posts.
 */
public final class BenchData {

    /** The first post's time; post times spread forward from it. */
    public static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

    private BenchData() {
    }

    /** How many users and posts go with {@code likes} likes. */
    public record Shape(int users, int posts, int likes) {

        public static Shape of(int likes) {
            return new Shape(Math.max(20, likes / 20), Math.max(10, likes / 10), likes);
        }
    }

    /** Writes the data set for {@code likes} into the empty cookbook tables behind {@code dataSource}. */
    public static void load(DataSource dataSource, int likes) throws SQLException {
        Shape shape = Shape.of(likes);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            MultiRowInsert users = new MultiRowInsert(connection, "users (id, username)", 2);
            for (int u = 1; u <= shape.users(); u++) {
                users.add(u, username(u));
            }
            users.finish();
            MultiRowInsert posts = new MultiRowInsert(connection, "posts (id, user_id, content, created_at)", 4);
            for (int p = 1; p <= shape.posts(); p++) {
                posts.add(p, author(p, shape), "Post " + p + " about jOOQ and SQL", postTime(p));
            }
            posts.finish();
            MultiRowInsert rows = new MultiRowInsert(connection, "post_likes (post_id, user_id, created_at)", 3);
            int[] counts = likeCounts(shape);
            int stride = strideFor(shape.users());
            for (int p = 1; p <= shape.posts(); p++) {
                int first = (int) ((p * 2_654_435_761L) % shape.users());
                for (int k = 0; k < counts[p]; k++) {
                    int user = 1 + (int) ((first + (long) k * stride) % shape.users());
                    rows.add(p, user, postTime(p).plusMinutes(1 + k % 10_000));
                }
            }
            rows.finish();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    public static String username(int user) {
        return String.format("user_%07d", user);
    }

    public static LocalDateTime postTime(int post) {
        return START.plusMinutes(post / 2);
    }

    /** Authors are skewed too: low user ids write more posts. */
    private static int author(int post, Shape shape) {
        double r = ((post * 40_503L) % 65_536) / 65_536.0;
        return 1 + (int) (shape.users() * r * r);
    }

    /** Likes per post id, Zipf over a permutation of the ids, capped at the number of users, summing to likes. */
    static int[] likeCounts(Shape shape) {
        double harmonic = 0;
        for (int r = 1; r <= shape.posts(); r++) {
            harmonic += 1.0 / r;
        }
        int[] byRank = new int[shape.posts() + 1];
        long total = 0;
        for (int r = 1; r <= shape.posts(); r++) {
            byRank[r] = (int) Math.min(shape.users(), shape.likes() / (harmonic * r));
            total += byRank[r];
        }
        for (int r = 1; total < shape.likes(); r = r % shape.posts() + 1) {
            if (byRank[r] < shape.users()) {
                byRank[r]++;
                total++;
            }
        }
        int[] byPost = new int[shape.posts() + 1];
        int stride = strideFor(shape.posts());
        for (int p = 1; p <= shape.posts(); p++) {
            byPost[p] = byRank[1 + (int) ((long) (p - 1) * stride % shape.posts())];
        }
        return byPost;
    }

    /** A step coprime with {@code n}, so that {@code k * step mod n} visits every residue once. */
    static int strideFor(int n) {
        int step = 7_919;
        while (gcd(step, n) != 1) {
            step += 2;
        }
        return step % n == 0 ? 1 : step;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
