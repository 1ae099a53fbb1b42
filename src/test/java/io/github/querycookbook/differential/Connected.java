package io.github.querycookbook.differential;

import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.SingleConnectionDataSource;

/**
 * One engine's database behind a single open connection, shared by both cookbooks and the loading of each dataset:
 * a try costs queries, not connections.
 */
final class Connected implements AutoCloseable {

    private final Engine engine;
    private final Connection connection;
    private final DSLContext dsl;
    private final QueryCookbook queryCookbook;
    private final VanillaSqlCookbook vanillaCookbook;

    Connected(TestDatabase db) {
        this.engine = db.engine();
        try {
            this.connection = db.dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + db.engine(), e);
        }
        // hands out the one connection, and ignores the cookbooks' close()
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection);
        this.dsl = DSL.using(dataSource, engine.dialect());
        this.queryCookbook = new QueryCookbook(dsl);
        this.vanillaCookbook = new VanillaSqlCookbook(dataSource);
    }

    Engine engine() {
        return engine;
    }

    void load(Dataset data) {
        data.loadInto(dsl);
    }

    QueryCookbook queryCookbook() {
        return queryCookbook;
    }

    VanillaSqlCookbook vanillaCookbook() {
        return vanillaCookbook;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
