package io.github.querycookbook.testing;

import org.h2.engine.Constants;
import org.h2.jdbcx.JdbcDataSource;

/** Embedded H2: a plain in-memory database per test class, with no flag that changes SQL semantics. */
final class H2Server extends EngineServer {

    @Override
    FreshDatabase createBlank(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // DB_CLOSE_DELAY=-1 only keeps the in-memory database alive between connections.
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return new FreshDatabase(url + ";USER=sa", dataSource, () -> execute(dataSource, "SHUTDOWN"));
    }

    @Override
    String unreachableReason() {
        return null;
    }

    @Override
    String describe() {
        return "an embedded H2 " + Constants.VERSION + ", in memory";
    }
}
