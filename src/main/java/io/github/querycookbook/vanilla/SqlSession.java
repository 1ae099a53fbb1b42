package io.github.querycookbook.vanilla;

import io.github.querycookbook.vanilla.SqlRunner.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Runs twin files on one connection that the caller owns, for the statements of one transaction (see
 * {@link SqlRunner#onOneConnection}). Every parameter is bound, never concatenated; a failing statement throws an
 * {@link IllegalStateException} naming its file, with the driver's {@link SQLException} as the cause.
 */
public final class SqlSession {

    private final Connection connection;
    private final Function<String, SqlFile> twins;

    SqlSession(Connection connection, Function<String, SqlFile> twins) {
        this.connection = connection;
        this.twins = twins;
    }

    /** The connection the statements run on, for the transaction around them. */
    public Connection connection() {
        return connection;
    }

    /** Runs the query twin {@code name} and maps every row, like {@link SqlRunner#query(String, Map, RowMapper)}. */
    public <T> List<T> query(String name, Map<String, ?> parameters, RowMapper<T> mapper) {
        return query(twins.apply(name), parameters, mapper);
    }

    <T> List<T> query(SqlFile file, Map<String, ?> parameters, RowMapper<T> mapper) {
        SqlRunner.checkParameters(file, parameters);
        try (PreparedStatement statement = connection.prepareStatement(file.jdbcSql(parameters))) {
            SqlRunner.bind(statement, file.parameterNames(), parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /** Runs the {@code insert}, {@code update} or {@code delete} twin {@code name}; returns the rows it changed. */
    public int update(String name, Map<String, ?> parameters) {
        SqlFile file = twins.apply(name);
        SqlRunner.checkParameters(file, parameters);
        try (PreparedStatement statement = connection.prepareStatement(file.jdbcSql(parameters))) {
            SqlRunner.bind(statement, file.parameterNames(), parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /**
     * Runs the twin {@code name} once per parameter set as one JDBC batch, in one round trip where the driver allows,
     * and returns how many rows the runs changed in all. The file must not take list parameters.
     *
     * <p>MariaDB's driver sends an insert batch in bulk and reports each run as
     * {@link Statement#SUCCESS_NO_INFO}; it then gives the batch's total as the statement's update count. But that
     * total also counts the rows that triggers changed (the {@code like_count} triggers of V3 add two per like), so on
     * MariaDB the batch asks for generated keys, which makes Connector/J send the runs pipelined instead of in bulk
     * and report each run's own count (MariaDB 10.11 and 11.4).
     *
     * @throws IllegalStateException also when the driver reports neither the runs' counts nor the total
     */
    public long batchUpdate(String name, List<? extends Map<String, ?>> parameterSets) {
        SqlFile file = twins.apply(name);
        try (PreparedStatement statement = prepareBatch(file.jdbcSql())) {
            for (Map<String, ?> parameters : parameterSets) {
                SqlRunner.checkParameters(file, parameters);
                SqlRunner.bind(statement, file.parameterNames(), parameters);
                statement.addBatch();
            }
            long[] counts = statement.executeLargeBatch();
            if (LongStream.of(counts).allMatch(count -> count >= 0)) {
                return LongStream.of(counts).sum();
            }
            long total = statement.getLargeUpdateCount();
            if (total < 0) {
                throw new IllegalStateException("sql/" + file.name() + ": the driver did not report the rows changed");
            }
            return total;
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    private PreparedStatement prepareBatch(String sql) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("MariaDB")
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
    }

    private static IllegalStateException failed(SqlFile file, SQLException e) {
        return new IllegalStateException("sql/" + file.name() + " failed: " + e.getMessage(), e);
    }

    /** Handles the current row of a streamed result; it must not move the cursor. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    /**
     * Runs the query twin {@code name}, which takes no parameters, and hands each row to {@code handler} as the
     * driver delivers it, keeping none: with a forward-only, read-only result and a fetch size, pgjdbc (inside a
     * transaction) and MariaDB Connector/J fetch {@code fetchSize} rows per round trip instead of the whole result.
     */
    public void forEachRow(String name, int fetchSize, RowHandler handler) {
        SqlFile file = twins.apply(name);
        SqlRunner.checkParameters(file, Map.of());
        try (PreparedStatement statement = connection.prepareStatement(file.jdbcSql(Map.of()),
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }
}
