package io.github.querycookbook.differential;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.differential.Dataset.TimedLike;
import io.github.querycookbook.export.ExportWriter;
import io.github.querycookbook.model.Activity;
import io.github.querycookbook.model.ActivityKind;
import io.github.querycookbook.model.AuthorLikes;
import io.github.querycookbook.model.DailyLikes;
import io.github.querycookbook.model.ExportFormat;
import io.github.querycookbook.model.Like;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostLikeStats;
import io.github.querycookbook.model.RankedPost;
import io.github.querycookbook.model.Recommendation;
import io.github.querycookbook.model.User;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The part of {@link ModelCookbook} that counts and ranks: the statistics, rankings, recommendations and timelines,
 * and the writes, which the model does not answer.
 */
abstract class ModelRankings extends ModelLists implements Cookbook {

    ModelRankings(Dataset data, UsernameOrder usernameOrder) {
        super(data, usernameOrder);
    }

    @Override
    public List<AuthorLikes> authorsWithAtLeast(long minLikes) {
        return data.users().stream()
                .map(user -> new AuthorLikes(user.id(), user.username(), likes()
                        .filter(like -> findPost(like.postId()).orElseThrow().userId() == user.id()).count()))
                .filter(author -> author.likesReceived() >= minLikes)
                .sorted(Comparator.comparingLong(AuthorLikes::likesReceived).reversed()
                        .thenComparingLong(AuthorLikes::userId))
                .toList();
    }

    @Override
    public List<PostLikeStats> likeStatsSince(LocalDateTime since) {
        return posts().map(post -> new PostLikeStats(post.id(), likeCount(post.id()), likes()
                        .filter(like -> like.postId() == post.id() && !like.at().isBefore(since)).count()))
                .toList();
    }

    @Override
    public List<PostLikeCount> topPostPerAuthor() {
        Comparator<Post> best = Comparator.comparingLong((Post post) -> likeCount(post.id()))
                .thenComparing(Post::createdAt).thenComparingLong(Post::id);
        return posts().map(Post::userId).distinct().sorted()
                .map(author -> withLikeCount(posts().filter(post -> post.userId() == author).max(best).orElseThrow()))
                .toList();
    }

    @Override
    public List<RankedPost> rankPostsByLikes() {
        List<PostLikeCount> ranked = byLikeCount();
        return ranked.stream().map(post -> new RankedPost(post.id(), post.likeCount(),
                        1 + ranked.stream().filter(other -> other.likeCount() > post.likeCount()).count(),
                        1 + ranked.stream().map(PostLikeCount::likeCount).filter(count -> count > post.likeCount())
                                .distinct().count()))
                .toList();
    }

    @Override
    public List<DailyLikes> dailyLikes(long postId, LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).map(day -> new DailyLikes(day, likes()
                        .filter(like -> like.postId() == postId && like.at().toLocalDate().equals(day)).count()))
                .toList();
    }

    @Override
    public List<Activity> activityOf(long userId, int limit) {
        Stream<Activity> posted = posts().filter(post -> post.userId() == userId)
                .map(post -> new Activity(ActivityKind.POSTED, post.id(), post.createdAt()));
        Stream<Activity> liked = likes().filter(like -> like.userId() == userId)
                .map(like -> new Activity(ActivityKind.LIKED, like.postId(), like.at()));
        // ActivityKind declares POSTED first, so its natural order puts POSTED before LIKED at the same instant
        return Stream.concat(posted, liked)
                .sorted(Comparator.comparing(Activity::at).reversed()
                        .thenComparing(Activity::kind)
                        .thenComparing(Comparator.comparingLong(Activity::postId).reversed()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Recommendation> alsoLiked(long postId, int limit) {
        List<Long> likers = likes().filter(like -> like.postId() == postId).map(TimedLike::userId).toList();
        return posts().filter(post -> post.id() != postId)
                .map(post -> new Recommendation(post.id(), post.content(), likes()
                        .filter(like -> like.postId() == post.id() && likers.contains(like.userId())).count()))
                .filter(recommendation -> recommendation.sharedLikers() > 0)
                .sorted(Comparator.comparingLong(Recommendation::sharedLikers).reversed()
                        .thenComparingLong(Recommendation::postId))
                .limit(limit)
                .toList();
    }

    @Override
    public User createUser(String username) {
        throw new UnsupportedOperationException("the model answers reads only");
    }

    @Override
    public Post createPost(long authorId, String content) {
        throw new UnsupportedOperationException("the model answers reads only");
    }

    @Override
    public boolean like(long userId, long postId) {
        throw new UnsupportedOperationException("the model answers reads only");
    }

    @Override
    public boolean unlike(long userId, long postId) {
        throw new UnsupportedOperationException("the model answers reads only");
    }

    @Override
    public int importLikes(Collection<Like> likes) {
        throw new UnsupportedOperationException("the model answers reads only");
    }

    /** The rows from the lists, by id; the formatting is {@link ExportWriter}'s, whose output has literal tests. */
    @Override
    public long exportPostLikeCounts(Writer out, ExportFormat format) {
        ExportWriter writer = new ExportWriter(out, format);
        writer.start();
        posts().sorted(Comparator.comparingLong(Post::id))
                .forEach(post -> writer.row(post.id(), post.userId(), post.content(), likeCount(post.id())));
        return writer.finish();
    }
}
