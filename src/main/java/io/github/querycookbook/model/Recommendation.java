package io.github.querycookbook.model;

import java.util.Objects;

/**
 * A post recommended beside another one because the same users liked both: "people who liked this also liked".
 *
 * @param postId       the recommended post's id, never the post it is recommended for
 * @param content      the text of the recommended post
 * @param sharedLikers how many users liked both posts, at least 1; a user who liked their own post counts too
 */
public record Recommendation(long postId, String content, long sharedLikers) {

    public Recommendation {
        Objects.requireNonNull(content, "content");
    }
}
