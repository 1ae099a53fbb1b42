package io.github.querycookbook.bench.hibernate;

import io.github.querycookbook.bench.SingleConnection;
import java.sql.Connection;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** Gives Hibernate the trial's one connection, the same one jOOQ and JDBC run on. */
final class SingleConnectionProvider implements ConnectionProvider {

    private final SingleConnection dataSource;

    SingleConnectionProvider(SingleConnection dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() {
        return dataSource.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) {
        // The trial closes it.
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.cast(this);
    }
}
