package io.github.querycookbook.model;

import java.util.Objects;

/**
 * A row of {@code users}.
 *
 * @param id       the user's id
 * @param username the name, unique exactly as written: case and emoji count
 */
public record User(long id, String username) {

    public User {
        Objects.requireNonNull(username, "username");
    }
}
