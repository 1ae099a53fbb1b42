package io.github.querycookbook;

/**
 * Thrown when a recipe that promises a row (such as {@link Cookbook#getPost(long)}) finds none. It is unchecked,
 * like Flask's {@code first_or_404()}: a web layer maps it to HTTP 404 in one place. It names the table and the key
 * that was looked up: an id ({@code No row in table posts with id 404}) or another unique column
 * ({@code No row in table users with username 'ann'}).
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final String column;
    private final String value;
    /** Boxed: {@code null} when the row was looked up by another column than its id. */
    private final Long id;

    /** No row in {@code table} has this id. */
    public NotFoundException(String table, long id) {
        super("No row in table " + table + " with id " + id);
        this.table = table;
        this.column = "id";
        this.value = Long.toString(id);
        this.id = id;
    }

    /** No row in {@code table} has this text in the unique {@code column}, for example a username. */
    public NotFoundException(String table, String column, String value) {
        super("No row in table " + table + " with " + column + " '" + value + "'");
        this.table = table;
        this.column = column;
        this.value = value;
        this.id = null;
    }

    /** The table that was searched, for example {@code posts}. */
    public String table() {
        return table;
    }

    /**
     * The id that was not found.
     *
     * @throws IllegalStateException if the row was looked up by another column; see {@link #column()}
     */
    public long id() {
        if (id == null) {
            throw new IllegalStateException("Looked up by " + column + ", not by id; see column() and value()");
        }
        return id;
    }

    /** The column that was searched: {@code id}, or another unique column such as {@code username}. */
    public String column() {
        return column;
    }

    /** The value that was not found, as text: the id's digits, or the username as given. */
    public String value() {
        return value;
    }
}
