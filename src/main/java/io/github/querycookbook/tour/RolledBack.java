package io.github.querycookbook.tour;

import java.util.function.Function;
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
}
