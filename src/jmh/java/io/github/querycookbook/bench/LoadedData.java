package io.github.querycookbook.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the bind values need to know about the loaded rows, by id: every username, every post's time and author, the
 * users who wrote posts, and the posts that mention jOOQ and have a like. The generator's usernames and times are not formulas of the ids, so
 * {@link Binds} looks them up here to send values that exist. Read once per data set and JVM (at 10^6 likes: 50,000 users and 100,000 posts, a few MB), because the
 * trials of one JVM share the data set.
 */
public final class LoadedData {

    /** In one of the generator's topics ("the new jOOQ release"), so about one post in ten mentions it. */
    public static final String SEARCH_TEXT = "jooq";

    private static final Map<String, LoadedData> READ = new ConcurrentHashMap<>();

    private final String[] usernames;
    private final LocalDateTime[] postTimes;
    private final long[] postAuthors;
    private final long[] liked;
    private final long[] authorIds;

    private LoadedData(String[] usernames, LocalDateTime[] postTimes, long[] postAuthors, long[] liked) {
        this.usernames = usernames;
        this.postTimes = postTimes;
        this.postAuthors = postAuthors;
        this.liked = liked;
        this.authorIds = Arrays.stream(postAuthors).skip(1).distinct().sorted().toArray();
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
            List<Long> liked = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT id FROM posts WHERE LOWER(content) LIKE '%"
                    + SEARCH_TEXT + "%' AND like_count > 0 ORDER BY id")) {
                while (rows.next()) {
                    liked.add(rows.getLong(1));
                }
            }
            return new LoadedData(usernames, times, authors, liked.stream().mapToLong(Long::longValue).toArray());
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

    /** How many users wrote at least one post: the generator's authors are skewed, and many users write none. */
    public int authors() {
        return authorIds.length;
    }

    /** The {@code n}-th (from 0) user who wrote a post, in id order. */
    public long authorId(int n) {
        return authorIds[n];
    }

    /** The {@code n}-th post (cyclically) that {@link Binds#search()} finds: it mentions jOOQ and has a like. */
    public long searchablePost(long n) {
        if (liked.length == 0) {
            throw new IllegalStateException("no post mentions " + SEARCH_TEXT + " and has a like: load more likes");
        }
        return liked[(int) (n % liked.length)];
    }
}
