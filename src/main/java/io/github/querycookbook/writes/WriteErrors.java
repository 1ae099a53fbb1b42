package io.github.querycookbook.writes;

import io.github.querycookbook.AlreadyExistsException;
import io.github.querycookbook.NotFoundException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The engine's constraint errors of a write, turned into what {@code Cookbook} promises, the same way for both
 * cookbooks: each write tries first and translates the violation, as a check beforehand would race.
 */
public final class WriteErrors {

    private WriteErrors() {
    }

    /** Runs the insert of a user; a unique violation becomes {@link AlreadyExistsException} for the username. */
    public static <T> T usernameTaken(String username, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (RuntimeException e) {
            if (SqlErrors.of(e) == SqlErrors.UNIQUE_VIOLATION) {
                throw new AlreadyExistsException("users", "username", username);
            }
            throw e;
        }
    }

    /** Runs the insert of a post; a foreign-key violation becomes {@link NotFoundException} for the author. */
    public static <T> T unknownAuthor(long authorId, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (RuntimeException e) {
            if (SqlErrors.of(e) == SqlErrors.FOREIGN_KEY_VIOLATION) {
                throw new NotFoundException("users", authorId);
            }
            throw e;
        }
    }

    /**
     * Runs the insert of a like and returns the rows it added; a unique or foreign-key violation counts as none, for
     * the caller to tell a like that was there from an unknown id.
     */
    public static int addedOrNone(WriteTransaction.Work<Integer> insert) throws SQLException {
        try {
            return insert.run();
        } catch (RuntimeException e) {
            if (!SqlErrors.isConstraintViolation(e)) {
                throw e;
            }
            return 0;
        }
    }
}
