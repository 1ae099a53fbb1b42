package io.github.querycookbook.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the bind values need to know about the loaded rows, by id: every username, and every post's time and author.
 * The generator's usernames and times are not formulas of the ids, so {@link Binds} looks them up here to send values
 * that exist. Read once per data set and JVM (at 10^6 likes: 50,000 users and 100,000 posts, a few MB), because the
 * trials of one JVM share the data set.
 */
public final class LoadedData {

    private static final Map<String, LoadedData> READ = new ConcurrentHashMap<>();

    private final String[] usernames;
    private final LocalDateTime[] postTimes;
    private final long[] postAuthors;

    private LoadedData(String[] usernames, LocalDateTime[] postTimes, long[] postAuthors) {
        this.usernames = usernames;
        this.postTimes = postTimes;
        this.postAuthors = postAuthors;
    }

    /** The rows of the data set that {@link BenchDatabase#open} loaded for {@code engine} and {@code likes}. */
    public static LoadedData of(BenchEngine engine, int likes, SingleConnection dataSource) throws SQLException {
        String key = engine.label() + likes;
        LoadedData known = READ.get(key);
        if (known == null) {
            known = read(dataSource);
            READ.put(key, known);
        }
        return known;
    }

    private static LoadedData read(SingleConnection dataSource) throws SQLException {
        try (Statement statement = dataSource.connection().createStatement()) {
            String[] usernames = new String[count(statement, "users") + 1];
            try (ResultSet rows = statement.executeQuery("SELECT id, username FROM users")) {
                while (rows.next()) {
                    usernames[rows.getInt(1)] = rows.getString(2);
                }
            }
            int posts = count(statement, "posts");
            LocalDateTime[] times = new LocalDateTime[posts + 1];
            long[] authors = new long[posts + 1];
            try (ResultSet rows = statement.executeQuery("SELECT id, created_at, user_id FROM posts")) {
                while (rows.next()) {
                    times[rows.getInt(1)] = rows.getObject(2, LocalDateTime.class);
                    authors[rows.getInt(1)] = rows.getLong(3);
                }
            }
            return new LoadedData(usernames, times, authors);
        }
    }

    /** The generator numbers ids 1..n without gaps, so the count is the highest id. */
    private static int count(Statement statement, String table) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getInt(1);
        }
    }

    public int users() {
        return usernames.length - 1;
    }

    public int posts() {
        return postTimes.length - 1;
    }

    public String username(long userId) {
        return usernames[(int) userId];
    }

    public LocalDateTime postTime(long postId) {
        return postTimes[(int) postId];
    }

    public long author(long postId) {
        return postAuthors[(int) postId];
    }

    /** The earliest post's time (post times do not decrease with the id). */
    public LocalDateTime firstPostTime() {
        return postTimes[1];
    }
}
