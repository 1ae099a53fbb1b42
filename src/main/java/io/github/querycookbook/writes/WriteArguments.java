package io.github.querycookbook.writes;

import io.github.querycookbook.model.Like;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** The argument checks of the writes, shared by both cookbooks so that they fail with the same words. */
public final class WriteArguments {

    /**
     * The longest username, in Java {@code char}s (UTF-16 units): {@code users.username} is a {@code VARCHAR(1024)},
     * which counts UTF-16 units on H2 and code points on PostgreSQL and MariaDB, and a string never has more code
     * points than UTF-16 units, so every name that passes fits every engine.
     */
    public static final int MAX_USERNAME_LENGTH = 1024;

    private WriteArguments() {
    }

    /**
     * Checks a new username.
     *
     * @throws NullPointerException     {@code username} if it is null
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_USERNAME_LENGTH} chars
     */
    public static String username(String username) {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (username.length() > MAX_USERNAME_LENGTH) {
            throw new IllegalArgumentException("username must be at most " + MAX_USERNAME_LENGTH
                    + " characters, was " + username.length());
        }
        return username;
    }

    /**
     * Checks a new post's content.
     *
     * @throws NullPointerException     {@code content} if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public static String content(String content) {
        Objects.requireNonNull(content, "content");
        if (content.isBlank()) {
            throw new IllegalArgumentException("content must not be blank");
        }
        return content;
    }

    /**
     * The distinct likes to import, in their first order.
     *
     * @throws NullPointerException {@code likes} if the collection is null, {@code likes must not contain null} if an
     *                              element is
     */
    public static List<Like> distinctLikes(Collection<Like> likes) {
        Objects.requireNonNull(likes, "likes");
        LinkedHashSet<Like> distinct = new LinkedHashSet<>();
        for (Like like : likes) {
            distinct.add(Objects.requireNonNull(like, "likes must not contain null"));
        }
        return List.copyOf(distinct);
    }
}
