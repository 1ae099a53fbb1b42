package io.github.querycookbook.vanilla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/** Runs a {@link SqlFile} through plain JDBC: one connection per call, every parameter bound, never concatenated. */
public final class SqlRunner {

    /** Maps the current row of a result set; it must not move the cursor. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;
    private final Map<String, SqlFile> twins = new ConcurrentHashMap<>();
    private volatile String vendor;

    public SqlRunner(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Runs the twin file {@code name} as this engine needs it: its vendor file where there is one (see
     * {@link SqlFile#load(String, String)}), otherwise the common file.
     */
    public <T> List<T> query(String name, Map<String, ?> parameters, RowMapper<T> mapper) {
        return query(twin(name), parameters, mapper);
    }

    /** Statements that share one connection, given to {@link #onOneConnection}. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(SqlSession session) throws SQLException;
    }

    /**
     * Takes one connection for several statements, for a transaction: {@code work} runs the twin files through the
     * {@link SqlSession} it receives, which also hands out the connection. The connection is closed afterwards.
     *
     * @throws IllegalStateException wrapping an {@link SQLException} that {@code work} or the connection threw
     */
    public <T> T onOneConnection(ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new SqlSession(connection, this::twin));
        } catch (SQLException e) {
            throw new IllegalStateException("A write's connection failed: " + e.getMessage(), e);
        }
    }

    private SqlFile twin(String name) {
        return twins.computeIfAbsent(name, file -> SqlFile.load(file, vendor()));
    }

    /** The engine's vendor folder, read once from the connection's metadata. */
    private String vendor() {
        if (vendor == null) {
            try (Connection connection = dataSource.getConnection()) {
                vendor = SqlFile.vendorFolder(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read which database this is: " + e.getMessage(), e);
            }
        }
        return vendor;
    }

    /**
     * Runs the query and maps every row.
     *
     * @param parameters a value for each named parameter of the file, and nothing else; a {@link Collection} value
     *                   binds each of its elements, as in {@code in (:ids)}
     * @throws IllegalArgumentException if a parameter is missing or not used by the file
     */
    public <T> List<T> query(SqlFile file, Map<String, ?> parameters, RowMapper<T> mapper) {
        checkParameters(file, parameters);
        try (Connection connection = dataSource.getConnection()) {
            return new SqlSession(connection, this::twin).query(file, parameters, mapper);
        } catch (SQLException e) {
            throw new IllegalStateException("sql/" + file.name() + " failed: " + e.getMessage(), e);
        }
    }

    /** Binds the parameters in marker order; a list parameter's elements fill its consecutive markers. */
    static void bind(PreparedStatement statement, List<String> names, Map<String, ?> parameters)
            throws SQLException {
        int marker = 1;
        for (String name : names) {
            Object value = parameters.get(name);
            for (Object element : value instanceof Collection<?> list ? list : Collections.singletonList(value)) {
                statement.setObject(marker++, element);
            }
        }
    }

    static void checkParameters(SqlFile file, Map<String, ?> parameters) {
        Set<String> expected = new TreeSet<>(file.parameterNames());
        Set<String> given = new TreeSet<>(parameters.keySet());
        if (!expected.equals(given)) {
            throw new IllegalArgumentException(
                    "sql/" + file.name() + " takes parameters " + expected + " but was given " + given);
        }
    }
}
