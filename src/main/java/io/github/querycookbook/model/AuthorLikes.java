package io.github.querycookbook.model;

import java.util.Objects;

/**
 * A user with the likes received over all their posts, self-likes included.
 *
 * @param userId        the user's id
 * @param username      the user's name
 * @param likesReceived how many likes their posts got in all, 0 for a user without posts or without likes
 */
public record AuthorLikes(long userId, String username, long likesReceived) {

    public AuthorLikes {
        Objects.requireNonNull(username, "username");
    }

    /**
     * Checks the threshold of {@code authorsWithAtLeast}, the same way for every cookbook.
     *
     * @return {@code minLikes}, when it is 0 or more
     * @throws IllegalArgumentException if it is negative
     */
    public static long checkMinLikes(long minLikes) {
        if (minLikes < 0) {
            throw new IllegalArgumentException("minLikes must be 0 or more, was " + minLikes);
        }
        return minLikes;
    }
}
