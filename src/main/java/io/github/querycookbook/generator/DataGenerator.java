package io.github.querycookbook.generator;

import io.github.querycookbook.CookbookSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Generates users, posts and likes from a {@link DataSpec} and loads them fast: COPY on PostgreSQL, multi-row inserts
 * on H2 and MariaDB, a transaction per chunk of rows, memory O(users + posts) whatever the number of likes.
 *
 * <pre>{@code
 * LoadReport report = new DataGenerator(new DataSpec(10_000, 100_000, 1_000_000, 42)).load(dataSource);
 * }</pre>
 *
 * <p>It migrates the schema first ({@link CookbookSchema#migrate}) and loads only into empty tables: ids start at 1
 * and the data is valid by construction, which is what lets it skip checks, and a second load into a filled schema
 * would clash on ids anyway. Afterwards the identities continue after the loaded ids, so the library's own inserts get
 * the next ids. Each post is written with its final {@code like_count}, and the like counter's triggers are told to
 * stand aside while the likes go in (see {@link LoadTarget}).
 *
 * <p>The likes go in without {@code post_likes}' plain secondary indexes, dropped first and built again after
 * ({@link SecondaryIndexes}) within the likes' time of the {@link LoadReport}: likes arrive in primary-key order, and
 * building each other index once from the full table beats keeping it row by row in random order. Measured at
 * 10<sup>4</sup> users, 10<sup>5</sup> posts, 10<sup>6</sup> likes, seed 42, on 2 cores shared with another
 * developer's builds (load average under 3, then above 4): PostgreSQL 245,000–328,000 likes/s, then 208,000–275,000
 * (the build before: 108,000–131,000); MariaDB 116,000–124,000, then 92,000–102,000 (before: 73,000–77,000), thin
 * because its like-counter triggers fire for every row even while they stand aside (3.3 of 7.7 s of a
 * {@code LOAD DATA} of 10<sup>6</sup> likes); H2 in memory 45,000–65,000 (before: 30,000–37,000). H2 misses the
 * issue's 100,000: its B-trees cost 1.3–3.2 s each per 10<sup>6</sup> rows, even from sorted rows, and
 * {@code post_likes} has six (the primary key, the migrations' three, and the two H2 adds for the foreign keys and
 * will not drop while they exist): about 16 s inside the engine alone, and 4–5 s of garbage collection on top.
 *
 * <p>Meanwhile other sessions see {@code post_likes} without those indexes (slower reads, never wrong ones). After a
 * failed load the indexes are built again before the error is thrown; if that fails too, the error quotes the
 * statements that build them, and if the process dies in between they are the {@code CREATE INDEX} statements of
 * migrations V1 and V4. Run them before anything else, a new load included: a load rebuilds only the indexes it found.
 */
public final class DataGenerator {

    private final DataSpec spec;

    /** @throws NullPointerException if {@code spec} is null */
    public DataGenerator(DataSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** {@link #load(DataSource, LoadProgress)} without progress reports. */
    public LoadReport load(DataSource dataSource) {
        return load(dataSource, LoadProgress.NONE);
    }

    /**
     * Migrates the schema of {@code dataSource}'s database and writes the generated rows into it, on one connection.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
     * @throws IllegalStateException    if {@code users}, {@code posts} or {@code post_likes} has rows (nothing is
     *                                  written then), or the database fails; chunks committed before a failure stay,
     *                                  and so do {@code post_likes}' indexes, built again after a failed load, or
     *                                  named with the statements that build them when that fails too
     */
    public LoadReport load(DataSource dataSource, LoadProgress progress) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        CookbookSchema.migrate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            LoadTarget target = LoadTarget.of(connection);
            requireEmpty(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            LoadTarget.Undo bulkSession = target.bulkSession(connection);
            try {
                double likeSeconds = write(new SocialData(spec), target, connection, progress);
                return new LoadReport(spec.users(), spec.posts(), spec.likes(), (System.nanoTime() - start) / 1e9,
                        likeSeconds);
            } finally {
                target.counterOn(connection);
                bulkSession.run();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the generated data failed: " + e.getMessage(), e);
        }
    }

    /** Writes every row and returns the seconds the likes took. */
    private double write(SocialData data, LoadTarget target, Connection connection, LoadProgress progress)
            throws SQLException {
        AtomicLong done = new AtomicLong();
        long total = spec.rows();
        progress.rows(0, total);
        try (TableWriter users = target.writer(connection, TableWriter.USERS,
                rows -> progress.rows(done.addAndGet(rows), total))) {
            data.forEachUser((id, username) -> {
                users.set(0, id);
                users.set(1, username);
                users.endRow();
            });
            users.finish();
        }
        try (TableWriter posts = target.writer(connection, TableWriter.POSTS,
                rows -> progress.rows(done.addAndGet(rows), total))) {
            data.forEachPost((id, userId, content, createdAtEpochSecond, likeCount) -> {
                posts.set(0, id);
                posts.set(1, userId);
                posts.set(2, content);
                posts.set(3, createdAtEpochSecond * 1_000_000L);
                posts.set(4, likeCount);
                posts.endRow();
            });
            posts.finish();
        }
        target.restartIdentity(connection, "users", spec.users() + 1L);
        target.restartIdentity(connection, "posts", spec.posts() + 1L);
        connection.commit();
        long likesStart = System.nanoTime();
        SecondaryIndexes.of(connection, target, TableWriter.POST_LIKES.name()).whileDropped(connection, () -> {
            try (TableWriter likes = target.writer(connection, TableWriter.POST_LIKES,
                    rows -> progress.rows(done.addAndGet(rows), total))) {
                data.forEachLike((postId, userId, createdAtEpochMicro) -> {
                    likes.set(0, postId);
                    likes.set(1, userId);
                    likes.set(2, createdAtEpochMicro);
                    likes.endRow();
                });
                likes.finish();
            }
        });
        return (System.nanoTime() - likesStart) / 1e9;
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        for (String table : CookbookSchema.TABLES) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                row.next();
                if (row.getBoolean(1)) {
                    throw new IllegalStateException("The generator loads only into empty tables, and " + table
                            + " has rows: use a new database, or delete the rows of users, posts and post_likes");
                }
            }
        }
    }
}
