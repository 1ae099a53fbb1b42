package io.github.querycookbook.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A SHA-256 digest of a table's rows in primary-key order, one line per row with its values joined by {@code |},
 * timestamps as {@link LocalDateTime#toString()}: computed from the database or from the generator's own streams, so
 * the two can be compared, and a literal digest pins the generated data for good.
 */
final class RowDigest {

    private final MessageDigest sha256;

    private RowDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of the rows the query returns; a {@code TIMESTAMP} column is read as a {@link LocalDateTime}. */
    static String ofQuery(DataSource dataSource, String sql) throws SQLException {
        RowDigest digest = new RowDigest();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    String type = rows.getMetaData().getColumnTypeName(i + 1).toUpperCase(Locale.ROOT);
                    values[i] = type.startsWith("TIMESTAMP") || type.startsWith("DATETIME")
                            ? rows.getObject(i + 1, LocalDateTime.class) : rows.getString(i + 1);
                }
                digest.row(values);
            }
        }
        return digest.hex();
    }

    static String users(DataSource dataSource) throws SQLException {
        return ofQuery(dataSource, "SELECT id, username FROM users ORDER BY id");
    }

    static String posts(DataSource dataSource) throws SQLException {
        return ofQuery(dataSource, "SELECT id, user_id, content, created_at, like_count FROM posts ORDER BY id");
    }

    static String likes(DataSource dataSource) throws SQLException {
        return ofQuery(dataSource, "SELECT post_id, user_id, created_at FROM post_likes ORDER BY post_id, user_id");
    }

    static String users(SocialData data) throws SQLException {
        RowDigest digest = new RowDigest();
        data.forEachUser((id, username) -> digest.row(id, username));
        return digest.hex();
    }

    static String posts(SocialData data) throws SQLException {
        RowDigest digest = new RowDigest();
        data.forEachPost((id, userId, content, createdAt, likeCount) -> digest.row(id, userId, content,
                LocalDateTime.ofEpochSecond(createdAt, 0, ZoneOffset.UTC), likeCount));
        return digest.hex();
    }

    static String likes(SocialData data) throws SQLException {
        RowDigest digest = new RowDigest();
        data.forEachLike((postId, userId, createdAt) -> digest.row(postId, userId, LocalDateTime.ofEpochSecond(
                Math.floorDiv(createdAt, 1_000_000L), (int) Math.floorMod(createdAt, 1_000_000L) * 1000,
                ZoneOffset.UTC)));
        return digest.hex();
    }

    private void row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (Object value : values) {
            line.append(value).append('|');
        }
        sha256.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    private String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
