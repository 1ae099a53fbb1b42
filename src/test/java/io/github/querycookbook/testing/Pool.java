package io.github.querycookbook.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.VanillaSqlCookbook;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A HikariCP pool over one engine's {@link TestDatabase}, as an application would use it: the cookbooks borrow a
 * connection per call, and a connection that breaks is evicted and replaced.
 */
public final class Pool implements AutoCloseable {

    private final Engine engine;
    private final HikariDataSource pool;

    private Pool(Engine engine, HikariDataSource pool) {
        this.engine = engine;
        this.pool = pool;
    }

    /** A pool of up to {@code size} connections to {@code db}, named after its engine. */
    public static Pool of(TestDatabase db, int size) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(db.dataSource());
        config.setPoolName("cookbook-" + db.engine().name().toLowerCase(Locale.ROOT));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(30_000);
        if (db.engine() == Engine.H2) {
            config.setExceptionOverride(new H2SessionClosed());
        }
        return new Pool(db.engine(), new HikariDataSource(config));
    }

    public DataSource dataSource() {
        return pool;
    }

    public DSLContext dsl() {
        return DSL.using(pool, engine.dialect());
    }

    public QueryCookbook queryCookbook() {
        return new QueryCookbook(dsl());
    }

    public VanillaSqlCookbook vanillaCookbook() {
        return new VanillaSqlCookbook(pool);
    }

    /** How many connections are borrowed right now, as the pool's MXBean reports it. */
    public int activeConnections() {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }

    /** How many physical connections the pool has opened and not yet closed, borrowed or idle. */
    public int totalConnections() {
        return pool.getHikariPoolMXBean().getTotalConnections();
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * HikariCP evicts a connection on SQLSTATE class 08 and a few vendor states, which covers PostgreSQL and MariaDB,
     * but not H2's "Database is already closed" (90121, {@code DATABASE_CALLED_AT_SHUTDOWN}) for a session closed
     * under it. Without this the pool's own rollback on close fails, and jOOQ's release replaces the caller's error
     * with "Error closing connection".
     */
    private static final class H2SessionClosed implements SQLExceptionOverride {
        private static final Set<Integer> SESSION_GONE =
                Set.of(ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.DATABASE_IS_CLOSED);

        @java.lang.Override
        public Override adjudicate(SQLException e) {
            return SESSION_GONE.contains(e.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
        }
    }
}
