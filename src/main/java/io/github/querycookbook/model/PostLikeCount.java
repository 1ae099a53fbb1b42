package io.github.querycookbook.model;

import java.util.Objects;

/**
 * A post with its number of likes: the seed article's {@code with_entities(..., count(...).label("like_count"))}
 * projection.
 *
 * @param id        the post's id
 * @param content   the text of the post
 * @param userId    the author's id
 * @param likeCount how many users liked it, 0 included
 */
public record PostLikeCount(long id, String content, long userId, long likeCount) {

    public PostLikeCount {
        Objects.requireNonNull(content, "content");
    }
}
