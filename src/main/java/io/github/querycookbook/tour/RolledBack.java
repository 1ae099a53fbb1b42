package io.github.querycookbook.tour;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Runs the examples of a write in a transaction that it rolls back, so that a tour pointed at someone's database, or
 * the catalogue's demo data, keeps every row it had. The recipes see a connection that is not in auto-commit mode,
 * which is how they recognise a caller's transaction: they join it under a savepoint and commit nothing.
 */
public final class RolledBack {

    private RolledBack() {
    }

    /**
     * Takes one connection from {@code dsl}, turns auto-commit off, lets {@code work} use it through the context it
     * receives, then rolls back and restores auto-commit, whatever {@code work} did or threw.
     */
    public static <T> T run(DSLContext dsl, Function<DSLContext, T> work) {
        return dsl.connectionResult(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return work.apply(dsl.configuration().derive(new DefaultConnectionProvider(connection)).dsl());
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    /**
     * A data source that hands out only {@code connection} and leaves it open on {@code close()}, as a transaction
     * manager does: a {@code VanillaSqlCookbook} on it joins the transaction of {@link #run} instead of taking a
     * connection of its own, whose writes would commit.
     */
    public static DataSource dataSourceOf(Connection connection) {
        Connection unclosable = proxy(Connection.class, connection, "close", null);
        return proxy(DataSource.class, connection, "getConnection", unclosable);
    }

    /** A {@code type} that answers {@code method} with {@code answer} and passes every other call to {@code target}. */
    private static <T> T proxy(Class<T> type, Object target, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            if (called.getName().equals(method)) {
                return answer;
            }
            try {
                return called.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
