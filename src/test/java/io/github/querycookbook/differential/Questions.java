package io.github.querycookbook.differential;

import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.PostSearch;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The random arguments of one try, one per parameter of the read recipes. The ids run a little past a dataset's
 * largest, so that unknown ids come up too.
 *
 * @param userId     for {@code likersOfPostsBy}, {@code postsBy}, {@code activityOf} and {@code hasLiked}
 * @param postId     for {@code findPost}, {@code getPost}, {@code dailyLikes}, {@code likersOf}, {@code hasLiked}
 *                   and {@code alsoLiked}
 * @param limit      for {@code feed}, {@code activityOf} and {@code alsoLiked}
 * @param pageNumber for {@code postsByLikeCountPage}
 * @param pageSize   for {@code postsByLikeCountPage}
 * @param minLikes   for {@code authorsWithAtLeast}
 * @param since      for {@code likeStatsSince}
 * @param from       the first day of {@code dailyLikes}
 * @param days       how many days the last day of {@code dailyLikes} follows {@code from}, 0 to 365
 * @param username   for {@code findUserByUsername} and {@code getUserByUsername}, besides every user's own
 * @param search     for {@code searchPosts}
 * @param cursor     for {@code feed}; {@code null} asks for the first page
 * @param ids        for {@code postsByIds}, duplicates and unknown ids included
 */
record Questions(long userId, long postId, int limit, int pageNumber, int pageSize, long minLikes,
        LocalDateTime since, LocalDate from, int days, String username, PostSearch search, FeedCursor cursor,
        List<Long> ids) {
}
