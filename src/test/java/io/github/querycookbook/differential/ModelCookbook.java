package io.github.querycookbook.differential;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.NotFoundException;
import io.github.querycookbook.model.AuthorSummary;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.Page;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.PostWithAuthor;
import io.github.querycookbook.model.PostWithLikers;
import io.github.querycookbook.model.User;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The read recipes as plain Java over a {@link Dataset}, written from {@link Cookbook}'s Javadoc alone: the oracle of
 * {@link RandomDifferentialTest}. Arguments are assumed valid (the preconditions have their own tests); the writes are
 * not modelled. The rankings, statistics and timelines are in {@link ModelRankings}.
 */
final class ModelCookbook extends ModelRankings {

    ModelCookbook(Dataset data, UsernameOrder usernameOrder) {
        super(data, usernameOrder);
    }

    @Override
    public List<Post> postsNewestFirst() {
        return newestFirst(posts());
    }

    @Override
    public List<PostLikeCount> postsByLikeCount() {
        return byLikeCount();
    }

    @Override
    public List<String> likersOfPostsBy(long authorId) {
        return likers(likes().filter(like -> posts().anyMatch(p -> p.id() == like.postId() && p.userId() == authorId)));
    }

    @Override
    public Optional<Post> findPost(long postId) {
        return posts().filter(post -> post.id() == postId).findFirst();
    }

    @Override
    public Post getPost(long postId) {
        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
    }

    @Override
    public List<Post> postsBy(long authorId) {
        return newestFirst(posts().filter(post -> post.userId() == authorId));
    }

    @Override
    public Page<PostLikeCount> postsByLikeCountPage(int pageNumber, int pageSize) {
        List<PostLikeCount> all = byLikeCount();
        List<PostLikeCount> items = all.stream().skip((pageNumber - 1L) * pageSize).limit(pageSize).toList();
        return Page.of(items, pageNumber, pageSize, all.size());
    }

    @Override
    public FeedPage feed(FeedCursor after, int limit) {
        List<Post> following = postsNewestFirst().stream()
                .filter(post -> after == null || NEWEST_FIRST.compare(post, cursorPost(after)) > 0)
                .toList();
        List<Post> items = following.stream().limit(limit).toList();
        boolean more = following.size() > items.size();
        return new FeedPage(items, more ? Optional.of(FeedCursor.after(items.get(items.size() - 1))) : Optional.empty());
    }

    private static Post cursorPost(FeedCursor cursor) {
        return new Post(cursor.id(), 0, "", cursor.createdAt());
    }

    @Override
    public List<PostWithAuthor> postsWithAuthor() {
        return postsNewestFirst().stream().map(post -> new PostWithAuthor(post.id(), post.content(), post.userId(),
                username(post.userId()), post.createdAt())).toList();
    }

    @Override
    public List<String> likersOf(long postId) {
        return likersOfPost(postId);
    }

    @Override
    public List<Post> postsWithoutLikes() {
        return newestFirst(posts().filter(post -> likeCount(post.id()) == 0));
    }

    @Override
    public boolean hasLiked(long userId, long postId) {
        return likes().anyMatch(like -> like.userId() == userId && like.postId() == postId);
    }

    @Override
    public List<Post> postsByIds(Collection<Long> ids) {
        return posts().filter(post -> ids.contains(post.id())).sorted(Comparator.comparingLong(Post::id)).toList();
    }

    @Override
    public Optional<User> findUserByUsername(String username) {
        return data.users().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    @Override
    public User getUserByUsername(String username) {
        return findUserByUsername(username).orElseThrow(() -> new NotFoundException("users", "username", username));
    }

    @Override
    public List<Post> searchPosts(PostSearch search) {
        return newestFirst(posts()
                .filter(post -> search.authorId() == null || post.userId() == search.authorId())
                .filter(post -> search.text() == null || post.content().toLowerCase(Locale.ROOT)
                        .contains(search.text().toLowerCase(Locale.ROOT)))
                .filter(post -> search.createdFrom() == null || !post.createdAt().isBefore(search.createdFrom()))
                .filter(post -> search.createdBefore() == null || post.createdAt().isBefore(search.createdBefore()))
                .filter(post -> search.minLikes() == null || likeCount(post.id()) >= search.minLikes()));
    }

    @Override
    public List<PostWithLikers> postsWithLikers() {
        return postsNewestFirst().stream()
                .map(post -> new PostWithLikers(post.id(), post.content(), likersOfPost(post.id())))
                .toList();
    }

    @Override
    public List<AuthorSummary> authorSummaries() {
        return data.users().stream().map(user -> new AuthorSummary(user.id(), user.username(),
                postsBy(user.id()).stream().map(this::withLikeCount).toList())).toList();
    }

    @Override
    public String postsByLikeCountJson() {
        return JsonModel.array(byLikeCount());
    }

    @Override
    public List<PostLikeCount> topPostsByLikeCount(int limit) {
        return byLikeCount().stream().limit(limit).toList();
    }

    @Override
    public List<PostLikeCount> topPostsByLikeCountAfter(PostLikeCount after, int limit) {
        return byLikeCount().stream()
                .filter(post -> post.likeCount() < after.likeCount()
                        || post.likeCount() == after.likeCount() && post.id() > after.id())
                .limit(limit).toList();
    }
}
