package io.github.querycookbook.writes;

import io.github.querycookbook.NotFoundException;
import io.github.querycookbook.ids.IdBatches;
import io.github.querycookbook.model.Like;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The checks that make a like's unknown user or post a {@link NotFoundException}, the same for both cookbooks: users
 * are checked before posts, and of several unknown ids the first in the caller's order is named.
 */
public final class ReferencedRows {

    /** Rows per {@code insert} of {@code importLikes}: 2,000 bind values, far below every engine's cap. */
    public static final int LIKES_PER_STATEMENT = 1_000;

    /** Finds which ids of one batch exist. */
    @FunctionalInterface
    public interface IdLookup {
        Collection<Long> existing(List<Long> batch) throws SQLException;
    }

    private ReferencedRows() {
    }

    /**
     * Throws for the first unknown id that a like references.
     *
     * @throws NotFoundException naming {@code users} or {@code posts} and the id
     */
    public static void requireUserAndPost(long userId, boolean userExists, long postId, boolean postExists) {
        if (!userExists) {
            throw new NotFoundException("users", userId);
        }
        if (!postExists) {
            throw new NotFoundException("posts", postId);
        }
    }

    /**
     * Looks the likes' users, then their posts, up in batches of {@link IdBatches}, and throws for the first unknown.
     *
     * @throws NotFoundException naming {@code users} or {@code posts} and the first unknown id
     */
    public static void requireAll(List<Like> likes, IdLookup users, IdLookup posts) throws SQLException {
        requireAll(likes, Like::userId, users, "users");
        requireAll(likes, Like::postId, posts, "posts");
    }

    private static void requireAll(List<Like> likes, ToLongFunction<Like> id, IdLookup lookup, String table)
            throws SQLException {
        List<Long> ids = likes.stream().map(like -> id.applyAsLong(like)).toList();
        Set<Long> found = new HashSet<>();
        for (List<Long> batch : IdBatches.of(ids)) {
            found.addAll(lookup.existing(batch));
        }
        for (long candidate : ids) {
            if (!found.contains(candidate)) {
                throw new NotFoundException(table, candidate);
            }
        }
    }

    /**
     * The likes in primary-key order (post, then user), in chunks of at most {@link #LIKES_PER_STATEMENT}. Two imports
     * that share likes then lock those rows in the same order, so they wait for each other instead of deadlocking.
     */
    public static List<List<Like>> chunks(List<Like> likes) {
        List<Like> sorted = likes.stream()
                .sorted(Comparator.comparingLong(Like::postId).thenComparingLong(Like::userId)).toList();
        List<List<Like>> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += LIKES_PER_STATEMENT) {
            chunks.add(sorted.subList(from, Math.min(from + LIKES_PER_STATEMENT, sorted.size())));
        }
        return chunks;
    }
}
