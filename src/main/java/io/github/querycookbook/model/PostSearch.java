package io.github.querycookbook.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The criteria of a post search; a {@code null} component means "not set" and filters nothing. Start from
 * {@link #all()} and set criteria with the withers:
 *
 * <pre>{@code
 * PostSearch search = PostSearch.all().withText("jooq").withMinLikes(1);
 * }</pre>
 *
 * @param authorId      only this author's posts
 * @param text          only posts whose content contains it, ignoring case; {@code %}, {@code _} and {@code \} in
 *                      it match themselves, and empty text matches every post
 * @param createdFrom   only posts created at this UTC time or later (inclusive)
 * @param createdBefore only posts created before this UTC time (exclusive)
 * @param minLikes      only posts with at least this many likes
 */
public record PostSearch(Long authorId, String text, LocalDateTime createdFrom, LocalDateTime createdBefore,
        Long minLikes) {

    /**
     * Checks the criteria as they are built.
     *
     * @throws IllegalArgumentException if {@code minLikes} is negative or {@code createdFrom} is after
     *                                  {@code createdBefore}
     */
    public PostSearch {
        if (minLikes != null && minLikes < 0) {
            throw new IllegalArgumentException("minLikes must be at least 0, was " + minLikes);
        }
        if (createdFrom != null && createdBefore != null && createdFrom.isAfter(createdBefore)) {
            throw new IllegalArgumentException("createdFrom must not be after createdBefore, was " + createdFrom
                    + " after " + createdBefore);
        }
    }

    /** No criteria: every post. */
    public static PostSearch all() {
        return new PostSearch(null, null, null, null, null);
    }

    /** Only this author's posts. */
    public PostSearch withAuthorId(long authorId) {
        return new PostSearch(authorId, text, createdFrom, createdBefore, minLikes);
    }

    /** Only posts containing this text, ignoring case; the empty text keeps every post. */
    public PostSearch withText(String text) {
        Objects.requireNonNull(text, "text");
        return new PostSearch(authorId, text, createdFrom, createdBefore, minLikes);
    }

    /** Only posts created at this UTC time or later. */
    public PostSearch withCreatedFrom(LocalDateTime createdFrom) {
        Objects.requireNonNull(createdFrom, "createdFrom");
        return new PostSearch(authorId, text, createdFrom, createdBefore, minLikes);
    }

    /** Only posts created before this UTC time. */
    public PostSearch withCreatedBefore(LocalDateTime createdBefore) {
        Objects.requireNonNull(createdBefore, "createdBefore");
        return new PostSearch(authorId, text, createdFrom, createdBefore, minLikes);
    }

    /** Only posts with at least this many likes. */
    public PostSearch withMinLikes(long minLikes) {
        return new PostSearch(authorId, text, createdFrom, createdBefore, minLikes);
    }
}
