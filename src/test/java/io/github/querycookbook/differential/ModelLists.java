package io.github.querycookbook.differential;

import io.github.querycookbook.differential.Dataset.TimedLike;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.User;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dataset as plain lists, and the orders that the recipes document, for {@link ModelCookbook}. Nothing here knows
 * SQL: a count is a stream's count, an order is a {@link Comparator}.
 */
abstract class ModelLists {

    /** {@code created_at} descending, then id descending: the order of every "newest first" recipe. */
    static final Comparator<Post> NEWEST_FIRST =
            Comparator.comparing(Post::createdAt).thenComparingLong(Post::id).reversed();

    final Dataset data;
    private final UsernameOrder usernameOrder;

    ModelLists(Dataset data, UsernameOrder usernameOrder) {
        this.data = data;
        this.usernameOrder = usernameOrder;
    }

    Stream<Post> posts() {
        return data.posts().stream();
    }

    Stream<TimedLike> likes() {
        return data.likes().stream();
    }

    long likeCount(long postId) {
        return likes().filter(like -> like.postId() == postId).count();
    }

    PostLikeCount withLikeCount(Post post) {
        return new PostLikeCount(post.id(), post.content(), post.userId(), likeCount(post.id()));
    }

    /** Most liked first, ties by id ascending. */
    List<PostLikeCount> byLikeCount() {
        return posts().map(this::withLikeCount)
                .sorted(Comparator.comparingLong(PostLikeCount::likeCount).reversed()
                        .thenComparingLong(PostLikeCount::id))
                .toList();
    }

    List<Post> newestFirst(Stream<Post> posts) {
        return posts.sorted(NEWEST_FIRST).toList();
    }

    String username(long userId) {
        return data.users().stream().filter(user -> user.id() == userId).map(User::username).findFirst().orElseThrow();
    }

    /** The usernames of the users who gave these likes, once each, in the engine's order. */
    List<String> likers(Stream<TimedLike> likes) {
        return likes.map(TimedLike::userId).distinct().map(this::username).sorted(usernameOrder.comparator()).toList();
    }

    List<String> likersOfPost(long postId) {
        return likers(likes().filter(like -> like.postId() == postId));
    }

    boolean postExists(long postId) {
        return posts().anyMatch(post -> post.id() == postId);
    }
}
