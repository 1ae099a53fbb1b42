package io.github.querycookbook;

/**
 * Thrown when a write would duplicate a unique value, such as {@link Cookbook#createUser(String)} with a taken
 * username. It is unchecked, like {@link NotFoundException}: a web layer maps it to HTTP 409 in one place. It names the
 * table, the unique column and the value: {@code A row in table users already has username 'ann'}.
 */
public class AlreadyExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final String column;
    private final String value;

    /** A row in {@code table} already has this text in the unique {@code column}. */
    public AlreadyExistsException(String table, String column, String value) {
        super("A row in table " + table + " already has " + column + " '" + value + "'");
        this.table = table;
        this.column = column;
        this.value = value;
    }

    /** The table written to, for example {@code users}. */
    public String table() {
        return table;
    }

    /** The unique column whose value is taken, for example {@code username}. */
    public String column() {
        return column;
    }

    /** The value that is taken, as given. */
    public String value() {
        return value;
    }
}
