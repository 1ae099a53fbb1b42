package io.github.querycookbook.generator;

/**
 * Told how a {@link DataGenerator#load load} advances, after each committed chunk of rows (users, posts and likes
 * together) and once at the start with 0. The command line draws its progress bar from it.
 */
@FunctionalInterface
public interface LoadProgress {

    /** Ignores the progress. */
    LoadProgress NONE = (done, total) -> { };

    /**
     * @param done  rows committed so far
     * @param total rows the load writes in all
     */
    void rows(long done, long total);
}
