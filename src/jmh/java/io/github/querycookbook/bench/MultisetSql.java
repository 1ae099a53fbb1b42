package io.github.querycookbook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SQL of the MULTISET query for a block of post ids, run through plain JDBC on a kept statement, each row's likers
 * read as the JSON text the database built and not parsed: what the database alone costs for MULTISET, against which
 * jOOQ's share (parsing the JSON into records, mapping) and the JOIN's plan can be told apart.
 */
final class MultisetSql implements AutoCloseable {

    private final PreparedStatement statement;

    /** @param sql what jOOQ rendered from the MULTISET query, with a {@code ?} for the first and the last id */
    MultisetSql(Connection connection, String sql) throws SQLException {
        // SQL that jOOQ rendered from the DSL query in NestedBench, run again with new values: not hand-written
        this.statement = connection.prepareStatement(sql);
    }

    /** Runs the query for ids {@code first} to {@code last} and returns the characters of JSON it read. */
    long between(long first, long last) throws SQLException {
        statement.setLong(1, first);
        statement.setLong(2, last);
        long characters = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getLong(1);
                rows.getString(2);
                String likers = rows.getString(3);
                characters += likers == null ? 0 : likers.length();
            }
        }
        return characters;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
