package io.github.querycookbook.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes rows into one table, a chunk per transaction: each chunk of {@link #CHUNK_ROWS} rows is committed on its own,
 * so a load of 10<sup>7</sup> likes neither holds them in memory nor grows one huge transaction. The whole load is not
 * atomic; {@link DataGenerator} only loads into empty tables, so a failed load is cleared and run again.
 *
 * <p>A row is given column by column ({@link #set(int, long)}, {@link #set(int, String)}) and closed with
 * {@link #endRow()}, which boxes nothing: the loaders see 3 × 10<sup>7</sup> values at 10<sup>7</sup> likes.
 */
abstract class TableWriter implements AutoCloseable {

    static final int CHUNK_ROWS = 50_000;

    /** The kind of value in a column; timestamps are given as epoch microseconds in UTC. */
    enum Kind { LONG, TEXT, TIMESTAMP }

    /** A table as the loaders see it: its name and its columns, in order, with their kinds. */
    record Table(String name, List<String> columns, List<Kind> kinds) {
    }

    static final Table USERS = new Table("users", List.of("id", "username"), List.of(Kind.LONG, Kind.TEXT));
    static final Table POSTS = new Table("posts", List.of("id", "user_id", "content", "created_at", "like_count"),
            List.of(Kind.LONG, Kind.LONG, Kind.TEXT, Kind.TIMESTAMP, Kind.LONG));
    static final Table POST_LIKES = new Table("post_likes", List.of("post_id", "user_id", "created_at"),
            List.of(Kind.LONG, Kind.LONG, Kind.TIMESTAMP));

    protected final Connection connection;
    protected final Table table;
    private final String beginChunk;
    private final LongConsumer committed;
    private int rowsInChunk;

    /**
     * @param beginChunk SQL run at the start of each chunk's transaction (the counter flag), or {@code null}
     * @param committed  told the number of rows of each committed chunk
     */
    TableWriter(Connection connection, Table table, String beginChunk, LongConsumer committed) {
        this.connection = connection;
        this.table = table;
        this.beginChunk = beginChunk;
        this.committed = committed;
    }

    abstract void set(int column, long value) throws SQLException;

    abstract void set(int column, String value) throws SQLException;

    /** Ends the row whose values were set; the subclass may send rows to the database here. */
    protected abstract void rowEnded() throws SQLException;

    /** Sends every row of the chunk not sent yet. */
    protected abstract void flushChunk() throws SQLException;

    final void endRow() throws SQLException {
        if (rowsInChunk == 0 && beginChunk != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(beginChunk);
            }
        }
        rowEnded();
        if (++rowsInChunk == CHUNK_ROWS) {
            commitChunk();
        }
    }

    /** Sends and commits the last, partial chunk. */
    final void finish() throws SQLException {
        if (rowsInChunk > 0) {
            commitChunk();
        }
    }

    /** Closes the statements this writer prepared; the connection stays open. */
    @Override
    public void close() throws SQLException {
    }

    private void commitChunk() throws SQLException {
        flushChunk();
        connection.commit();
        committed.accept(rowsInChunk);
        rowsInChunk = 0;
    }
}
