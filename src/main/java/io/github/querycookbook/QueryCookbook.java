package io.github.querycookbook;

import io.github.querycookbook.export.ExportQueries;
import io.github.querycookbook.export.ExportWriter;
import io.github.querycookbook.export.StreamingRead;
import io.github.querycookbook.ids.IdBatches;
import io.github.querycookbook.ids.ManyIdsQueries;
import io.github.querycookbook.joins.JoinQueries;
import io.github.querycookbook.json.JsonQueries;
import io.github.querycookbook.likes.LikeQueries;
import io.github.querycookbook.model.Activity;
import io.github.querycookbook.model.AuthorLikes;
import io.github.querycookbook.model.AuthorSummary;
import io.github.querycookbook.model.DailyLikes;
import io.github.querycookbook.model.ExportFormat;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.Like;
import io.github.querycookbook.model.Page;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostLikeStats;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.PostWithAuthor;
import io.github.querycookbook.model.PostWithLikers;
import io.github.querycookbook.model.RankedPost;
import io.github.querycookbook.model.Recommendation;
import io.github.querycookbook.model.User;
import io.github.querycookbook.nested.NestedQueries;
import io.github.querycookbook.paging.Paging;
import io.github.querycookbook.paging.PagingQueries;
import io.github.querycookbook.posts.PostQueries;
import io.github.querycookbook.ranking.RankingQueries;
import io.github.querycookbook.recommendations.RecommendationQueries;
import io.github.querycookbook.rendering.Binds;
import io.github.querycookbook.rendering.RenderCache;
import io.github.querycookbook.rendering.RenderedQueries;
import io.github.querycookbook.search.SearchShape;
import io.github.querycookbook.search.PostSearchQueries;
import io.github.querycookbook.stats.AggregateQueries;
import io.github.querycookbook.stats.WindowQueries;
import io.github.querycookbook.timeline.TimelineArguments;
import io.github.querycookbook.timeline.TimelineQueries;
import io.github.querycookbook.users.UserQueries;
import io.github.querycookbook.writes.ExistenceQueries;
import io.github.querycookbook.writes.ImportQueries;
import io.github.querycookbook.writes.ReferencedRows;
import io.github.querycookbook.writes.WriteArguments;
import io.github.querycookbook.writes.WriteErrors;
import io.github.querycookbook.writes.WriteQueries;
import io.github.querycookbook.writes.WriteTransaction;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.RecordMapper;
import org.jooq.Result;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * The recipes, answered with jOOQ's DSL and the generated schema classes. Each method runs the query that its feature's
 * query class builds ({@link PostQueries}, {@link LikeQueries}, {@link JoinQueries} and the others, one per package)
 * and maps its rows to the {@code model} records; the query classes' Javadoc shows the SQL.
 *
 * <pre>{@code
 * Cookbook cookbook = new QueryCookbook(DSL.using(dataSource, SQLDialect.POSTGRES));
 * List<Post> posts = cookbook.postsNewestFirst();
 * }</pre>
 */
public final class QueryCookbook implements Cookbook {

    private final PostQueries posts;
    private final LikeQueries likes;
    private final PagingQueries paging;
    private final AggregateQueries aggregates;
    private final WindowQueries windows;
    private final TimelineQueries timeline;
    private final JoinQueries joins;
    private final ManyIdsQueries manyIds;
    private final UserQueries users;
    private final PostSearchQueries search;
    private final DSLContext dsl;
    private final RecommendationQueries recommendations;
    private final NestedQueries nested;
    private final JsonQueries json;

    /** Takes a plain {@code DSL.using(dataSource, dialect)}; the cookbook derives the settings it needs. */
    public QueryCookbook(DSLContext dsl) {
        this.posts = new PostQueries(dsl);
        this.likes = new LikeQueries(dsl);
        this.paging = new PagingQueries(dsl);
        this.aggregates = new AggregateQueries(dsl);
        this.windows = new WindowQueries(dsl);
        this.timeline = new TimelineQueries(dsl);
        this.joins = new JoinQueries(dsl);
        this.manyIds = new ManyIdsQueries(dsl);
        this.users = new UserQueries(dsl);
        this.search = new PostSearchQueries(dsl);
        this.dsl = CookbookDsl.prepare(dsl);
        this.recommendations = new RecommendationQueries(dsl);
        this.nested = new NestedQueries(dsl);
        this.json = new JsonQueries(dsl);
        this.reads = new RenderedQueries(this.dsl, new RenderCache(RenderCache.DEFAULT_CAPACITY));
    }

    /** The queries behind the post-reading recipes, to run, render or compose yourself. */
    public PostQueries postQueries() {
        return posts;
    }

    /** The queries behind the recipes that join through {@code post_likes}. */
    public LikeQueries likeQueries() {
        return likes;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#newestFirst()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_newest_first.sql}.
     */
    @Override
    public List<Post> postsNewestFirst() {
        return reads.query("PostQueries.newestFirst", 0, Binds.none(), posts::newestFirst)
                .collect(rows(PostQueries.TO_POST));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link LikeQueries#postsByLikeCount()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_by_like_count.sql}.
     */
    @Override
    public List<PostLikeCount> postsByLikeCount() {
        return reads.query("LikeQueries.postsByLikeCount", 0, Binds.none(), likes::postsByLikeCount)
                .fetch(LikeQueries.TO_POST_LIKE_COUNT);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link LikeQueries#likersOfPostsBy(long)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/likers_of_posts_by.sql}.
     */
    @Override
    public List<String> likersOfPostsBy(long authorId) {
        return reads.query("LikeQueries.likersOfPostsBy", 0, Binds.of("author_id", authorId),
                () -> likes.likersOfPostsBy(authorId)).fetch(r -> r.value1());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#byId(long)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/find_post.sql}.
     */
    @Override
    public Optional<Post> findPost(long postId) {
        return reads.query("PostQueries.byId", 0, Binds.of("post_id", postId), () -> posts.byId(postId))
                .fetchOptional(PostQueries.TO_POST);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#byId(long)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/find_post.sql}.
     */
    @Override
    public Post getPost(long postId) {
        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostQueries#byAuthor(long)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_by.sql}.
     */
    @Override
    public List<Post> postsBy(long authorId) {
        return reads.query("PostQueries.byAuthor", 0, Binds.of("author_id", authorId), () -> posts.byAuthor(authorId))
                .fetch(PostQueries.TO_POST);
    }

    /** The queries behind the pagination recipes. */
    public PagingQueries pagingQueries() {
        return paging;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PagingQueries#postsByLikeCountPage(int, int)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_by_like_count_page.sql}.
     */
    @Override
    public Page<PostLikeCount> postsByLikeCountPage(int pageNumber, int pageSize) {
        Binds page = Binds.of("page_size", pageSize).and("offset", Paging.offset(pageNumber, pageSize));
        Result<Record5<Long, String, Long, Long, Long>> rows = reads.query("PagingQueries.postsByLikeCountPage", 0,
                page, () -> paging.postsByLikeCountPage(pageNumber, pageSize)).fetch();
        // past the end no row carries the window count, so the total needs a query of its own
        long totalItems = rows.isEmpty()
                ? reads.query("PagingQueries.postCount", 0, Binds.none(), paging::postCount).fetchSingle().value1()
                : rows.get(0).value5();
        return Page.of(rows.map(PagingQueries.TO_POST_LIKE_COUNT), pageNumber, pageSize, totalItems);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PagingQueries#feed(FeedCursor, int)}, whose Javadoc shows the SQL and the pitfall. Twin:
     * {@code sql/feed.sql}.
     */
    @Override
    public FeedPage feed(FeedCursor after, int limit) {
        Binds page = Binds.of("fetch_size", Paging.fetchSize(limit));
        // the first page has no cursor to compare with: a text of its own
        int variant = after == null ? 0 : 1;
        if (after != null) {
            page = page.and("created_at", after.createdAt()).and("id", after.id());
        }
        return Paging.feedPage(reads.query("PagingQueries.feed", variant, page, () -> paging.feed(after, limit))
                .fetch(PostQueries.TO_POST), limit);
    }

    /** The queries behind the recipes that aggregate per group ({@code having}, conditional aggregation). */
    public AggregateQueries aggregateQueries() {
        return aggregates;
    }

    /** The queries behind the recipes that use window functions ({@code row_number}, {@code rank}). */
    public WindowQueries windowQueries() {
        return windows;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link AggregateQueries#authorsWithAtLeast(long)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/authors_with_at_least.sql}.
     */
    @Override
    public List<AuthorLikes> authorsWithAtLeast(long minLikes) {
        AuthorLikes.checkMinLikes(minLikes);
        return reads.query("AggregateQueries.authorsWithAtLeast", 0, Binds.of("min_likes", minLikes),
                () -> aggregates.authorsWithAtLeast(minLikes)).fetch(AggregateQueries.TO_AUTHOR_LIKES);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link AggregateQueries#likeStatsSince(LocalDateTime)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/like_stats_since.sql}.
     */
    @Override
    public List<PostLikeStats> likeStatsSince(LocalDateTime since) {
        Objects.requireNonNull(since, "since");
        return reads.query("AggregateQueries.likeStatsSince", 0, Binds.of("since", since),
                () -> aggregates.likeStatsSince(since)).fetch(AggregateQueries.TO_POST_LIKE_STATS);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link WindowQueries#topPostPerAuthor()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/top_post_per_author.sql}.
     */
    @Override
    public List<PostLikeCount> topPostPerAuthor() {
        return reads.query("WindowQueries.topPostPerAuthor", 0, Binds.none(), windows::topPostPerAuthor)
                .fetch(WindowQueries.TO_POST_LIKE_COUNT);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link WindowQueries#rankPostsByLikes()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/rank_posts_by_likes.sql}.
     */
    @Override
    public List<RankedPost> rankPostsByLikes() {
        return reads.query("WindowQueries.rankPostsByLikes", 0, Binds.none(), windows::rankPostsByLikes)
                .fetch(WindowQueries.TO_RANKED_POST);
    }

    /** The queries behind the timeline recipes: a recursive CTE and a {@code union all}. */
    public TimelineQueries timelineQueries() {
        return timeline;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link TimelineQueries#dailyLikes(long, LocalDate, LocalDate)}, whose Javadoc shows the SQL and the
     * pitfall.
     * Twin: {@code sql/daily_likes.sql}.
     */
    @Override
    public List<DailyLikes> dailyLikes(long postId, LocalDate from, LocalDate to) {
        TimelineArguments.checkDays(from, to);
        Binds days = Binds.of("from_day", from).and("to_day", to).and("post_id", postId);
        return reads.query("TimelineQueries.dailyLikes", 0, days, () -> timeline.dailyLikes(postId, from, to))
                .fetch(TimelineQueries.TO_DAILY_LIKES);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link TimelineQueries#activityOf(long, int)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/activity_of.sql}.
     */
    @Override
    public List<Activity> activityOf(long userId, int limit) {
        TimelineArguments.checkActivityLimit(limit);
        return reads.query("TimelineQueries.activityOf", 0, Binds.of("user_id", userId).and("limit", limit),
                () -> timeline.activityOf(userId, limit)).fetch(TimelineQueries.TO_ACTIVITY);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link JoinQueries#postsWithAuthor()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_with_author.sql}.
     */
    @Override
    public List<PostWithAuthor> postsWithAuthor() {
        return reads.query("JoinQueries.postsWithAuthor", 0, Binds.none(), joins::postsWithAuthor)
                .fetch(JoinQueries.TO_POST_WITH_AUTHOR);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link JoinQueries#likersOf(long)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/likers_of.sql}.
     */
    @Override
    public List<String> likersOf(long postId) {
        return reads.query("JoinQueries.likersOf", 0, Binds.of("post_id", postId), () -> joins.likersOf(postId))
                .fetch(r -> r.value1());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link JoinQueries#postsWithoutLikes()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_without_likes.sql}.
     */
    @Override
    public List<Post> postsWithoutLikes() {
        return reads.query("JoinQueries.postsWithoutLikes", 0, Binds.none(), joins::postsWithoutLikes)
                .fetch(PostQueries.TO_POST);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link JoinQueries#like(long, long)} with {@code fetchExists}; its Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/has_liked.sql}.
     */
    @Override
    public boolean hasLiked(long userId, long postId) {
        // select 1 where exists (…): what fetchExists runs, as a query the render cache can keep
        return reads.query("JoinQueries.like", 0, Binds.of("user_id", userId).and("post_id", postId),
                () -> dsl.selectOne().where(CookbookDsl.exists(joins.like(userId, postId)))).fetchOptional().isPresent();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link ManyIdsQueries#postsByIds(List)} once per batch of {@link IdBatches}, whose Javadoc shows the SQL
     * and the pitfall.
     * Twin: {@code sql/posts_by_ids.sql}.
     */
    @Override
    public List<Post> postsByIds(Collection<Long> ids) {
        List<Post> found = new ArrayList<>();
        for (List<Long> batch : IdBatches.of(ids)) {
            // padded to a power of two with the last id, which changes no answer: a few texts serve every size
            List<Long> padded = IdBatches.padded(batch);
            found.addAll(reads.query("ManyIdsQueries.postsByIds", padded.size(), Binds.of("ids", padded),
                    () -> manyIds.postsByIds(padded)).fetch(PostQueries.TO_POST));
        }
        return found;
    }

    /** The queries behind the join recipes, to run, render or compose yourself. */
    public JoinQueries joinQueries() {
        return joins;
    }

    /** The query behind {@link #postsByIds(Collection)}, for one batch of {@link IdBatches}. */
    public ManyIdsQueries manyIdsQueries() {
        return manyIds;
    }

    /** The query behind the user-reading recipes. */
    public UserQueries userQueries() {
        return users;
    }

    /** The query behind the post search. */
    public PostSearchQueries postSearchQueries() {
        return search;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link UserQueries#byUsername(String)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/find_user_by_username.sql}.
     */
    @Override
    public Optional<User> findUserByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return reads.query("UserQueries.byUsername", 0, Binds.of("username", username),
                () -> users.byUsername(username)).fetchOptional(UserQueries.TO_USER);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link UserQueries#byUsername(String)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/find_user_by_username.sql}.
     */
    @Override
    public User getUserByUsername(String username) {
        return findUserByUsername(username)
                .orElseThrow(() -> new NotFoundException("users", "username", username));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link PostSearchQueries#search(PostSearch)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/search_posts.sql}.
     */
    @Override
    public List<Post> searchPosts(PostSearch search) {
        return reads.query("PostSearchQueries.search", SearchShape.variant(search), SearchShape.binds(search),
                () -> this.search.search(search)).fetch(PostQueries.TO_POST);
    }

    /** The statements behind the writes, to run, render or compose yourself (inside a transaction of your own). */
    public WriteQueries writeQueries() {
        return new WriteQueries(dsl);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link WriteQueries#createUser(String)}, whose Javadoc shows the SQL and the pitfall, in a
     * {@link WriteTransaction}, and turns the engine's unique violation into {@link AlreadyExistsException}.
     * Twin: {@code sql/create_user.sql}.
     */
    @Override
    public User createUser(String username) {
        WriteArguments.username(username);
        return WriteErrors.usernameTaken(username, () -> inWriteTransaction(
                on -> new WriteQueries(on).createUser(username).fetchSingle(WriteQueries.TO_USER)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link WriteQueries#createPost(long, String)}, whose Javadoc shows the SQL and the pitfall, in a
     * {@link WriteTransaction}, and turns the foreign-key violation into {@link NotFoundException}.
     * Twin: {@code sql/create_post.sql}.
     */
    @Override
    public Post createPost(long authorId, String content) {
        WriteArguments.content(content);
        return WriteErrors.unknownAuthor(authorId, () -> inWriteTransaction(
                on -> new WriteQueries(on).createPost(authorId, content).fetchSingle(WriteQueries.TO_POST)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link WriteQueries#like(long, long)}, whose Javadoc shows the SQL per engine and the pitfall, in a
     * {@link WriteTransaction}. One row added means true. No row (PostgreSQL's {@code on conflict do nothing}, or
     * MariaDB's {@code insert ignore}, which also ignores a foreign-key error), a unique violation (H2's
     * {@code merge} when another caller inserted the like in between) or a foreign-key violation lead to one query,
     * {@link ExistenceQueries#userAndPostExist(long, long)}: {@link NotFoundException} for an unknown user, else an
     * unknown post, else false, as the like was there. Twins: {@code sql/like.sql},
     * {@code sql/user_and_post_exist.sql}.
     */
    @Override
    public boolean like(long userId, long postId) {
        return dsl.connectionResult(connection -> {
            DSLContext on = on(connection);
            int added = WriteErrors.addedOrNone(
                    () -> WriteTransaction.run(connection, () -> new WriteQueries(on).like(userId, postId).execute()));
            if (added > 0) {
                return true;
            }
            Record2<Boolean, Boolean> exist = new ExistenceQueries(on).userAndPostExist(userId, postId).fetchSingle();
            ReferencedRows.requireUserAndPost(userId, exist.value1(), postId, exist.value2());
            return false;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link WriteQueries#unlike(long, long)}, whose Javadoc shows the SQL, in a {@link WriteTransaction}.
     * Twin: {@code sql/unlike.sql}.
     */
    @Override
    public boolean unlike(long userId, long postId) {
        return inWriteTransaction(on -> new WriteQueries(on).unlike(userId, postId).execute()) > 0;
    }

    /**
     * {@inheritDoc}
     *
     * <p>In one {@link WriteTransaction} (its own runs again after a unique violation, see
     * {@link WriteTransaction#runRetryingUniqueViolations}): checks the ids with {@link ExistenceQueries} per batch
     * of {@link IdBatches}, then runs {@link ImportQueries#likes(List)}, whose Javadoc shows the SQL and the pitfall,
     * per chunk of {@link ReferencedRows#LIKES_PER_STATEMENT} likes: 10,000 likes take 12 statements.
     * Twin: {@code sql/like.sql} as a JDBC batch, after {@code sql/existing_user_ids.sql} and
     * {@code sql/existing_post_ids.sql}.
     */
    @Override
    public int importLikes(Collection<Like> likes) {
        List<Like> distinct = WriteArguments.distinctLikes(likes);
        if (distinct.isEmpty()) {
            return 0;
        }
        return dsl.connectionResult(connection -> WriteTransaction.runRetryingUniqueViolations(connection, () -> {
            DSLContext on = on(connection);
            ExistenceQueries exist = new ExistenceQueries(on);
            ReferencedRows.requireAll(distinct, batch -> exist.existingUserIds(batch).fetch(Record1::value1),
                    batch -> exist.existingPostIds(batch).fetch(Record1::value1));
            ImportQueries imports = new ImportQueries(on);
            int added = 0;
            for (List<Like> chunk : ReferencedRows.chunks(distinct)) {
                added += imports.likes(chunk).execute();
            }
            return added;
        }));
    }

    /** The statements of one write, on a context bound to the write's one connection. */
    @FunctionalInterface
    private interface Write<T> {
        T run(DSLContext on) throws SQLException;
    }

    /**
     * Runs {@code write} in a {@link WriteTransaction} on one connection of the caller's context, rather than in
     * {@code dsl.transactionResult}, whose top-level commit would commit a caller's plain JDBC transaction.
     */
    private <T> T inWriteTransaction(Write<T> write) {
        return dsl.connectionResult(connection -> WriteTransaction.run(connection, () -> write.run(on(connection))));
    }

    /** A context on exactly this connection, with the cookbook's settings. */
    private DSLContext on(Connection connection) {
        return dsl.configuration().derive(new DefaultConnectionProvider(connection)).dsl();
    }

    /** The query behind the recommendation recipe. */
    public RecommendationQueries recommendationQueries() {
        return recommendations;
    }

    /** The queries behind the nested-collection recipes, to run, render or compose yourself. */
    public NestedQueries nestedQueries() {
        return nested;
    }

    /** The query behind the JSON recipe. */
    public JsonQueries jsonQueries() {
        return json;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link RecommendationQueries#alsoLiked(long, int)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/also_liked.sql}.
     */
    @Override
    public List<Recommendation> alsoLiked(long postId, int limit) {
        Arguments.between("limit", limit, 1, RecommendationQueries.MAX_LIMIT);
        return reads.query("RecommendationQueries.alsoLiked", 0, Binds.of("post_id", postId).and("limit", limit),
                () -> recommendations.alsoLiked(postId, limit)).fetch(RecommendationQueries.TO_RECOMMENDATION);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link NestedQueries#postsWithLikers()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_with_likers.sql}.
     */
    @Override
    public List<PostWithLikers> postsWithLikers() {
        return reads.query("NestedQueries.postsWithLikers", 0, Binds.none(), nested::postsWithLikers)
                .fetch(NestedQueries.TO_POST_WITH_LIKERS);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link NestedQueries#authorSummaries()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/author_summaries.sql}.
     */
    @Override
    public List<AuthorSummary> authorSummaries() {
        return reads.query("NestedQueries.authorSummaries", 0, Binds.none(), nested::authorSummaries)
                .fetch(NestedQueries.TO_AUTHOR_SUMMARY);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link JsonQueries#postsByLikeCountJson()}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/posts_by_like_count_json.sql}.
     */
    @Override
    public String postsByLikeCountJson() {
        return reads.query("JsonQueries.postsByLikeCountJson", 0, Binds.none(), json::postsByLikeCountJson)
                .fetchSingle().value1().data();
    }

    /** Runs the read recipes from SQL rendered once per shape (see {@link RenderedQueries}); the writes do not. */
    private final RenderedQueries reads;

    /**
     * The SQL that the read recipes rendered once per shape and now run with new bind values, for readers and tests
     * who want to see what runs; see {@link RenderedQueries}.
     */
    public RenderCache renderCache() {
        return reads.cache();
    }

    /**
     * Maps each row as the cursor reads it, instead of holding every record in a {@code Result} first and mapping
     * that: one list less for a large result.
     */
    private static <R extends Record, E> Collector<R, ?, List<E>> rows(RecordMapper<? super R, E> mapper) {
        return Collectors.mapping(mapper::map, Collectors.toList());
    }

    /** Made on first use; a race makes two equal ones, and the final fields inside publish either safely. */
    private RankingQueries ranking;

    /** The queries behind the ranking recipes, which read the counter {@code posts.like_count}. */
    public RankingQueries rankingQueries() {
        if (ranking == null) {
            ranking = new RankingQueries(dsl);
        }
        return ranking;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link RankingQueries#topPostsByLikeCount(int)}, whose Javadoc shows the SQL and the pitfall.
     * Twin: {@code sql/top_posts_by_like_count.sql}.
     */
    @Override
    public List<PostLikeCount> topPostsByLikeCount(int limit) {
        Arguments.between("limit", limit, 1, RankingQueries.MAX_LIMIT);
        return reads.query("RankingQueries.topPostsByLikeCount", 0, Binds.of("limit", limit),
                () -> rankingQueries().topPostsByLikeCount(limit)).fetch(RankingQueries.TO_POST_LIKE_COUNT);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link RankingQueries#topPostsByLikeCountAfter(PostLikeCount, int)}, whose Javadoc shows the SQL and
     * the pitfall. Twin: {@code sql/top_posts_by_like_count_after.sql}.
     */
    @Override
    public List<PostLikeCount> topPostsByLikeCountAfter(PostLikeCount after, int limit) {
        Objects.requireNonNull(after, "after");
        Arguments.between("limit", limit, 1, RankingQueries.MAX_LIMIT);
        Binds binds = Binds.of("like_count", after.likeCount()).and("id", after.id()).and("limit", limit);
        return reads.query("RankingQueries.topPostsByLikeCountAfter", 0, binds,
                () -> rankingQueries().topPostsByLikeCountAfter(after, limit))
                .fetch(RankingQueries.TO_POST_LIKE_COUNT);
    }

    /** The query behind the streaming export. */
    public ExportQueries exportQueries() {
        return new ExportQueries(dsl);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@link ExportQueries#postLikeCounts()}, whose Javadoc shows the SQL and the pitfall, with
     * {@code fetchSize(ExportQueries.FETCH_SIZE).fetchLazy()} in a {@link StreamingRead} on one connection, and
     * writes each row of the {@link Cursor} with {@link ExportWriter} as it arrives.
     * Twin: {@code sql/export_post_like_counts.sql}.
     */
    @Override
    public long exportPostLikeCounts(Writer out, ExportFormat format) {
        ExportWriter writer = new ExportWriter(out, format);
        return dsl.connectionResult(connection -> StreamingRead.run(connection, () -> {
            writer.start();
            try (Cursor<Record4<Long, Long, String, Long>> rows = new ExportQueries(on(connection)).postLikeCounts()
                    .fetchSize(ExportQueries.FETCH_SIZE).fetchLazy()) {
                for (Record4<Long, Long, String, Long> row : rows) {
                    writer.row(row.value1(), row.value2(), row.value3(), row.value4());
                }
            }
            return writer.finish();
        }));
    }
}
