package io.github.querycookbook.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plain secondary indexes of one table, taken off for a bulk load and built again after it. A B-tree index kept
 * up row by row takes a random page for every row that arrives out of its order, as likes do in every index but the
 * primary key's; {@code CREATE INDEX} over the loaded table sorts once instead: the likes of PostgreSQL and MariaDB
 * went 2–3 and 1.6 times as fast, those of H2, whose B-trees cost about as much built from sorted rows, 1.4 times.
 *
 * <p>The definitions come from the database's catalog ({@link IndexCatalog}), not from this code, so the indexes that
 * come back are the migrations' own, by name, columns, order and direction, and the generator cannot drift from them.
 * Only non-unique indexes that back no constraint are taken off: the primary key and any unique key keep checking
 * (H2 also keeps the index it made for each foreign key, which it will not drop). MariaDB lets the session, whose
 * foreign-key checks {@link LoadTarget#bulkSession} turns off, drop the index behind {@code fk_post_likes_user} too;
 * the key stays.
 *
 * <p>{@link #whileDropped} builds them again whether the load succeeds or fails. If building them fails, or the process
 * dies in between, its error (or this Javadoc) says what to do: run the statements of {@link #restoreSql()}, which
 * are the {@code CREATE INDEX} statements of the migrations, or load into a new database.
 */
final class SecondaryIndexes {

    /** Writes into the table while its secondary indexes are off. */
    interface Load {
        void run() throws SQLException;
    }

    /**
     * PostgreSQL sorts an index in {@code maintenance_work_mem}, 64 MB by default; with 256 MB the three indexes of
     * 10<sup>6</sup> likes took 2.3 s instead of 2.8 s here. {@code SET LOCAL} ends with the transaction.
     */
    private static final String SORT_MEMORY = "SET LOCAL maintenance_work_mem = '256MB'";

    private final LoadTarget target;
    private final String table;
    private final List<IndexCatalog.Index> indexes;

    private SecondaryIndexes(LoadTarget target, String table, List<IndexCatalog.Index> indexes) {
        this.target = target;
        this.table = table;
        this.indexes = indexes;
    }

    /** Reads the plain secondary indexes of {@code table}, a name from the generator's own list, from the catalog. */
    static SecondaryIndexes of(Connection connection, LoadTarget target, String table) throws SQLException {
        return new SecondaryIndexes(target, table, IndexCatalog.plainSecondaryIndexes(connection, target, table));
    }

    /** The names of the indexes this takes off, in the catalog's spelling. */
    List<String> names() {
        return indexes.stream().map(IndexCatalog.Index::name).toList();
    }

    /**
     * Drops the indexes, runs {@code load}, and builds them again, also when {@code load} fails (after a rollback of
     * its open chunk). Each step commits.
     *
     * @throws IllegalStateException if an index cannot be built again; the message holds the statements that restore
     *                               them, and any failure of {@code load} is suppressed in it
     */
    void whileDropped(Connection connection, Load load) throws SQLException {
        if (indexes.isEmpty()) {
            load.run();
            return;
        }
        drop(connection);
        try {
            load.run();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
                create(connection);
            } catch (SQLException | RuntimeException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
        create(connection);
    }

    /** The statements that build the indexes again, one per line, as {@link #whileDropped} runs them. */
    String restoreSql() {
        return target == LoadTarget.MARIADB ? mariaDbAdd() + ";"
                : indexes.stream().map(index -> index.createSql() + ";").collect(Collectors.joining("\n"));
    }

    private void drop(Connection connection) throws SQLException {
        if (target == LoadTarget.MARIADB) {
            LoadTarget.execute(connection, "ALTER TABLE " + indexes.get(0).quotedTable() + indexes.stream()
                    .map(index -> " DROP INDEX " + index.quotedName()).collect(Collectors.joining(",")));
        } else {
            for (IndexCatalog.Index index : indexes) {
                LoadTarget.execute(connection, "DROP INDEX " + index.quotedName());
            }
        }
        connection.commit();
    }

    private void create(Connection connection) {
        try {
            if (target == LoadTarget.MARIADB) {
                LoadTarget.execute(connection, mariaDbAdd());
            } else {
                if (target == LoadTarget.POSTGRES) {
                    LoadTarget.execute(connection, SORT_MEMORY);
                }
                for (IndexCatalog.Index index : indexes) {
                    LoadTarget.execute(connection, index.createSql());
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The indexes " + names() + " of " + table + " were dropped for the load "
                    + "and could not be built again (" + e.getMessage() + "); build them with:\n" + restoreSql(), e);
        }
    }

    /** One {@code ALTER TABLE} for all: InnoDB then reads the table once and sorts each index. */
    private String mariaDbAdd() {
        return "ALTER TABLE " + indexes.get(0).quotedTable() + indexes.stream()
                .map(index -> " ADD INDEX " + index.quotedName() + " " + index.columnsSql())
                .collect(Collectors.joining(","));
    }
}
