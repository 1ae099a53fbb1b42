package io.github.querycookbook.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code users}, as an entity. */
@Entity
@Table(name = "users")
public class UserEntity {

    @Id
    private Long id;

    private String username;

    protected UserEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }
}
