package io.github.querycookbook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Multi-row INSERT statements, a few hundred rows each, sent in batches of 20 and committed per table: fast on all
 * three engines, where one row per statement is several times slower.
 */
final class MultiRowInsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private final PreparedStatement statement;
    private final String prefix;
    private final int columns;
    private final Object[] pending;
    private final Connection connection;
    private int size;
    private int batched;

    MultiRowInsert(Connection connection, String table, int columns) throws SQLException {
        this.connection = connection;
        this.columns = columns;
        this.prefix = "INSERT INTO " + table + " VALUES ";
        this.pending = new Object[ROWS_PER_STATEMENT * columns];
        this.statement = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
    }

    void add(Object... values) throws SQLException {
        System.arraycopy(values, 0, pending, size * columns, columns);
        if (++size == ROWS_PER_STATEMENT) {
            bind(statement);
            statement.addBatch();
            size = 0;
            if (++batched % 20 == 0) {
                statement.executeBatch();
            }
        }
    }

    void finish() throws SQLException {
        statement.executeBatch();
        statement.close();
        if (size > 0) {
            try (PreparedStatement rest = connection.prepareStatement(sql(size))) {
                bind(rest);
                rest.executeUpdate();
            }
        }
        connection.commit();
    }

    private void bind(PreparedStatement target) throws SQLException {
        for (int i = 0; i < size * columns; i++) {
            target.setObject(i + 1, pending[i]);
        }
    }

    private String sql(int rows) {
        String row = "(" + "?,".repeat(columns - 1) + "?)";
        return prefix + (row + ",").repeat(rows - 1) + row;
    }
}
