package io.github.querycookbook;

/**
 * Thrown when a recipe that promises a row (such as {@link Cookbook#getPost(long)}) finds none. It is unchecked,
 * like Flask's {@code first_or_404()}: a web layer maps it to HTTP 404 in one place.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final long id;

    public NotFoundException(String table, long id) {
        super("No row in table " + table + " with id " + id);
        this.table = table;
        this.id = id;
    }

    /** The table that was searched, for example {@code posts}. */
    public String table() {
        return table;
    }

    /** The id that was not found. */
    public long id() {
        return id;
    }
}
