package io.github.querycookbook.model;

/** What a user did to a post in their {@link Activity} list. */
public enum ActivityKind {
    /** The user wrote the post. */
    POSTED,
    /** The user liked the post. */
    LIKED
}
