package io.github.querycookbook;

import io.github.querycookbook.export.ExportQueries;
import io.github.querycookbook.export.ExportWriter;
import io.github.querycookbook.export.StreamingRead;
import io.github.querycookbook.ids.IdBatches;
import io.github.querycookbook.model.Activity;
import io.github.querycookbook.model.ActivityKind;
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
import io.github.querycookbook.paging.Paging;
import io.github.querycookbook.ranking.RankingQueries;
import io.github.querycookbook.recommendations.RecommendationQueries;
import io.github.querycookbook.search.PostSearchQueries;
import io.github.querycookbook.timeline.TimelineArguments;
import io.github.querycookbook.vanilla.ConsecutiveRows;
import io.github.querycookbook.vanilla.SqlRunner.RowMapper;
import io.github.querycookbook.vanilla.SqlSession;
import io.github.querycookbook.writes.ReferencedRows;
import io.github.querycookbook.writes.WriteArguments;
import io.github.querycookbook.writes.WriteErrors;
import io.github.querycookbook.writes.WriteTransaction;
import io.github.querycookbook.vanilla.SqlRunner;
import java.io.Writer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The recipes' vanilla-SQL twin: each method runs its file from the top-level {@code sql/} folder through plain
 * JDBC. Where an engine needs different SQL, its vendor file ({@code sql/mariadb/…}, {@code sql/postgres/…},
 * {@code sql/h2/…}) stands in for the common one; the engine is read from the connection's metadata once. The files
 * are standalone SQL with {@code :named} parameters, ready to paste into psql, the H2 console or the mariadb client
 * once values are substituted.
 */
public final class VanillaSqlCookbook implements Cookbook {

    private static final RowMapper<Post> POST = row -> new Post(
            row.getLong("id"), row.getLong("user_id"), row.getString("content"),
            row.getObject("created_at", LocalDateTime.class));
    private static final RowMapper<PostLikeCount> POST_LIKE_COUNT = row -> new PostLikeCount(
            row.getLong("id"), row.getString("content"), row.getLong("user_id"), row.getLong("like_count"));
    private static final RowMapper<AuthorLikes> AUTHOR_LIKES = row -> new AuthorLikes(
            row.getLong("id"), row.getString("username"), row.getLong("likes_received"));
    private static final RowMapper<PostLikeStats> POST_LIKE_STATS = row -> new PostLikeStats(
            row.getLong("id"), row.getLong("total_likes"), row.getLong("likes_since"));
    private static final RowMapper<RankedPost> RANKED_POST = row -> new RankedPost(
            row.getLong("id"), row.getLong("like_count"), row.getLong("like_rank"), row.getLong("dense_like_rank"));
    private static final RowMapper<User> USER = row -> new User(row.getLong("id"), row.getString("username"));

    private final SqlRunner sql;

    public VanillaSqlCookbook(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource);
    }

    /** Twin: {@code sql/posts_newest_first.sql}. */
    @Override
    public List<Post> postsNewestFirst() {
        return sql.query("posts_newest_first.sql", Map.of(), POST);
    }

    /** Twin: {@code sql/posts_by_like_count.sql}. */
    @Override
    public List<PostLikeCount> postsByLikeCount() {
        return sql.query("posts_by_like_count.sql", Map.of(), POST_LIKE_COUNT);
    }

    /** Twin: {@code sql/likers_of_posts_by.sql}. */
    @Override
    public List<String> likersOfPostsBy(long authorId) {
        return sql.query("likers_of_posts_by.sql", Map.of("author_id", authorId), row -> row.getString("username"));
    }

    /** Twin: {@code sql/find_post.sql}. */
    @Override
    public Optional<Post> findPost(long postId) {
        return sql.query("find_post.sql", Map.of("post_id", postId), POST).stream().findFirst();
    }

    /** Twin: {@code sql/find_post.sql}, throwing when it finds nothing. */
    @Override
    public Post getPost(long postId) {
        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
    }

    /** Twin: {@code sql/posts_by.sql}. */
    @Override
    public List<Post> postsBy(long authorId) {
        return sql.query("posts_by.sql", Map.of("author_id", authorId), POST);
    }

    /** Twin: {@code sql/posts_by_like_count_page.sql}, and {@code sql/post_count.sql} for a page past the end. */
    @Override
    public Page<PostLikeCount> postsByLikeCountPage(int pageNumber, int pageSize) {
        Map<String, Object> parameters = Map.of("page_size", pageSize, "offset", Paging.offset(pageNumber, pageSize));
        List<Map.Entry<PostLikeCount, Long>> rows = sql.query("posts_by_like_count_page.sql", parameters,
                row -> Map.entry(POST_LIKE_COUNT.map(row), row.getLong("total_items")));
        // past the end no row carries the window count, so the total needs a query of its own
        long totalItems = rows.isEmpty()
                ? sql.query("post_count.sql", Map.of(), row -> row.getLong("total_items")).get(0)
                : rows.get(0).getValue();
        return Page.of(rows.stream().map(Map.Entry::getKey).toList(), pageNumber, pageSize, totalItems);
    }

    /** Twin: {@code sql/feed.sql} after a cursor, {@code sql/feed_first_page.sql} without one. */
    @Override
    public FeedPage feed(FeedCursor after, int limit) {
        int fetchSize = Paging.fetchSize(limit);
        List<Post> posts = after == null
                ? sql.query("feed_first_page.sql", Map.of("fetch_size", fetchSize), POST)
                : sql.query("feed.sql", Map.of("created_at", after.createdAt(), "id", after.id(),
                        "fetch_size", fetchSize), POST);
        return Paging.feedPage(posts, limit);
    }

    /** Twin: {@code sql/authors_with_at_least.sql}. */
    @Override
    public List<AuthorLikes> authorsWithAtLeast(long minLikes) {
        AuthorLikes.checkMinLikes(minLikes);
        return sql.query("authors_with_at_least.sql", Map.of("min_likes", minLikes), AUTHOR_LIKES);
    }

    /** Twin: {@code sql/like_stats_since.sql}. */
    @Override
    public List<PostLikeStats> likeStatsSince(LocalDateTime since) {
        Objects.requireNonNull(since, "since");
        return sql.query("like_stats_since.sql", Map.of("since", since), POST_LIKE_STATS);
    }

    /** Twin: {@code sql/top_post_per_author.sql}. */
    @Override
    public List<PostLikeCount> topPostPerAuthor() {
        return sql.query("top_post_per_author.sql", Map.of(), POST_LIKE_COUNT);
    }

    /** Twin: {@code sql/rank_posts_by_likes.sql}. */
    @Override
    public List<RankedPost> rankPostsByLikes() {
        return sql.query("rank_posts_by_likes.sql", Map.of(), RANKED_POST);
    }

    /** Twin: {@code sql/daily_likes.sql}. */
    @Override
    public List<DailyLikes> dailyLikes(long postId, LocalDate from, LocalDate to) {
        TimelineArguments.checkDays(from, to);
        return sql.query("daily_likes.sql", Map.of("post_id", postId, "from_day", from, "to_day", to),
                row -> new DailyLikes(row.getObject("utc_day", LocalDate.class), row.getLong("likes")));
    }

    /** Twin: {@code sql/activity_of.sql}. */
    @Override
    public List<Activity> activityOf(long userId, int limit) {
        TimelineArguments.checkActivityLimit(limit);
        return sql.query("activity_of.sql", Map.of("user_id", userId, "limit", limit),
                row -> new Activity(ActivityKind.valueOf(row.getString("kind")), row.getLong("post_id"),
                        row.getObject("at", LocalDateTime.class)));
    }

    /** Twin: {@code sql/posts_with_author.sql}. */
    @Override
    public List<PostWithAuthor> postsWithAuthor() {
        return sql.query("posts_with_author.sql", Map.of(), row -> new PostWithAuthor(
                row.getLong("id"), row.getString("content"), row.getLong("user_id"), row.getString("username"),
                row.getObject("created_at", LocalDateTime.class)));
    }

    /** Twin: {@code sql/likers_of.sql}. */
    @Override
    public List<String> likersOf(long postId) {
        return sql.query("likers_of.sql", Map.of("post_id", postId), row -> row.getString("username"));
    }

    /** Twin: {@code sql/posts_without_likes.sql}. */
    @Override
    public List<Post> postsWithoutLikes() {
        return sql.query("posts_without_likes.sql", Map.of(), POST);
    }

    /** Twin: {@code sql/has_liked.sql}. */
    @Override
    public boolean hasLiked(long userId, long postId) {
        return sql.query("has_liked.sql", Map.of("user_id", userId, "post_id", postId), row -> row.getBoolean("liked"))
                .get(0);
    }

    /** Twin: {@code sql/posts_by_ids.sql}, run once per batch of {@link IdBatches}. */
    @Override
    public List<Post> postsByIds(Collection<Long> ids) {
        List<Post> found = new ArrayList<>();
        for (List<Long> batch : IdBatches.of(ids)) {
            found.addAll(sql.query("posts_by_ids.sql", Map.of("ids", batch), POST));
        }
        return found;
    }

    /** Twin: {@code sql/find_user_by_username.sql}. */
    @Override
    public Optional<User> findUserByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return sql.query("find_user_by_username.sql", Map.of("username", username), USER).stream().findFirst();
    }

    /** Twin: {@code sql/find_user_by_username.sql}, throwing when it finds nothing. */
    @Override
    public User getUserByUsername(String username) {
        return findUserByUsername(username)
                .orElseThrow(() -> new NotFoundException("users", "username", username));
    }

    /** Twin: {@code sql/search_posts.sql}, every criterion bound; an unset one as null, which the file skips. */
    @Override
    public List<Post> searchPosts(PostSearch search) {
        Objects.requireNonNull(search, "search");
        Map<String, Object> criteria = new HashMap<>();
        criteria.put("author_id", search.authorId());
        criteria.put("pattern", search.text() == null ? null : PostSearchQueries.containsPattern(search.text()));
        criteria.put("created_from", search.createdFrom());
        criteria.put("created_before", search.createdBefore());
        criteria.put("min_likes", search.minLikes());
        return sql.query("search_posts.sql", criteria, POST);
    }

    /**
     * Twin: {@code sql/create_user.sql} in a {@link WriteTransaction}; the unique violation becomes
     * {@link AlreadyExistsException}.
     */
    @Override
    public User createUser(String username) {
        WriteArguments.username(username);
        return WriteErrors.usernameTaken(username, () -> sql.onOneConnection(session -> WriteTransaction.run(
                session.connection(),
                () -> session.query("create_user.sql", Map.of("username", username), USER).get(0))));
    }

    /**
     * Twin: {@code sql/create_post.sql} in a {@link WriteTransaction}; the foreign-key violation becomes
     * {@link NotFoundException}.
     */
    @Override
    public Post createPost(long authorId, String content) {
        WriteArguments.content(content);
        return WriteErrors.unknownAuthor(authorId, () -> sql.onOneConnection(session -> WriteTransaction.run(
                session.connection(), () -> session.query(
                        "create_post.sql", Map.of("user_id", authorId, "content", content), POST).get(0))));
    }

    /**
     * Twin: {@code sql/like.sql} in a {@link WriteTransaction}; when it adds no row,
     * {@code sql/user_and_post_exist.sql} tells a like that was there from an unknown id.
     */
    @Override
    public boolean like(long userId, long postId) {
        Map<String, Object> ids = Map.of("user_id", userId, "post_id", postId);
        return sql.onOneConnection(session -> {
            int added = WriteErrors.addedOrNone(
                    () -> WriteTransaction.run(session.connection(), () -> session.update("like.sql", ids)));
            if (added > 0) {
                return true;
            }
            boolean[] exist = session.query("user_and_post_exist.sql", ids,
                    row -> new boolean[] {row.getBoolean("user_exists"), row.getBoolean("post_exists")}).get(0);
            ReferencedRows.requireUserAndPost(userId, exist[0], postId, exist[1]);
            return false;
        });
    }

    /** Twin: {@code sql/unlike.sql} in a {@link WriteTransaction}. */
    @Override
    public boolean unlike(long userId, long postId) {
        return sql.onOneConnection(session -> WriteTransaction.run(session.connection(),
                () -> session.update("unlike.sql", Map.of("user_id", userId, "post_id", postId)))) > 0;
    }

    /**
     * Twin: in one {@link WriteTransaction} (run again after a unique violation), {@code sql/existing_user_ids.sql}
     * and {@code sql/existing_post_ids.sql} per batch of {@link IdBatches}, then {@code sql/like.sql} as one JDBC
     * batch per chunk of {@link ReferencedRows#chunks}.
     */
    @Override
    public int importLikes(Collection<Like> likes) {
        List<Like> distinct = WriteArguments.distinctLikes(likes);
        if (distinct.isEmpty()) {
            return 0;
        }
        return sql.onOneConnection(session -> WriteTransaction.runRetryingUniqueViolations(session.connection(),
                () -> importLikes(session, distinct)));
    }

    private static int importLikes(SqlSession session, List<Like> distinct) throws SQLException {
        ReferencedRows.requireAll(distinct, batch -> existingIds(session, "existing_user_ids.sql", batch),
                batch -> existingIds(session, "existing_post_ids.sql", batch));
        long added = 0;
        for (List<Like> chunk : ReferencedRows.chunks(distinct)) {
            added += session.batchUpdate("like.sql", chunk.stream()
                    .map(like -> Map.of("user_id", like.userId(), "post_id", like.postId())).toList());
        }
        return Math.toIntExact(added);
    }

    private static List<Long> existingIds(SqlSession session, String file, List<Long> batch) {
        return session.query(file, Map.of("ids", batch), row -> row.getLong("id"));
    }

    /** Twin: {@code sql/also_liked.sql}. */
    @Override
    public List<Recommendation> alsoLiked(long postId, int limit) {
        Arguments.between("limit", limit, 1, RecommendationQueries.MAX_LIMIT);
        return sql.query("also_liked.sql", Map.of("post_id", postId, "limit", limit), row -> new Recommendation(
                row.getLong("post_id"), row.getString("content"), row.getLong("shared_likers")));
    }

    /** Twin: {@code sql/posts_with_likers.sql}, its flat rows grouped by post in one pass. */
    @Override
    public List<PostWithLikers> postsWithLikers() {
        record LikerRow(long postId, String content, String username) {
        }
        List<LikerRow> rows = sql.query("posts_with_likers.sql", Map.of(), row -> new LikerRow(
                row.getLong("id"), row.getString("content"), row.getString("username")));
        // a post nobody liked has one row, with a NULL username from the LEFT JOIN
        return ConsecutiveRows.group(rows, LikerRow::postId, (post, likes) -> new PostWithLikers(post.postId(),
                post.content(), likes.stream().map(LikerRow::username).filter(Objects::nonNull).toList()));
    }

    /** Twin: {@code sql/author_summaries.sql}, its flat rows grouped by user in one pass. */
    @Override
    public List<AuthorSummary> authorSummaries() {
        record AuthorRow(long userId, String username, PostLikeCount post) {
        }
        List<AuthorRow> rows = sql.query("author_summaries.sql", Map.of(), row -> new AuthorRow(
                row.getLong("user_id"), row.getString("username"), row.getObject("post_id") == null ? null
                        : new PostLikeCount(row.getLong("post_id"), row.getString("content"), row.getLong("user_id"),
                        row.getLong("like_count"))));
        // a user without posts has one row, with a NULL post from the LEFT JOIN
        return ConsecutiveRows.group(rows, AuthorRow::userId, (user, posts) -> new AuthorSummary(user.userId(),
                user.username(), posts.stream().map(AuthorRow::post).filter(Objects::nonNull).toList()));
    }

    /**
     * Twin: {@code sql/posts_by_like_count_json.sql}, or its PostgreSQL or MariaDB file. The MariaDB file returns NULL
     * when {@code group_concat_max_len} cut the array, and this method fails then.
     */
    @Override
    public String postsByLikeCountJson() {
        List<String> json = sql.query("posts_by_like_count_json.sql", Map.of(), row -> row.getString("posts"));
        if (json.get(0) == null) {
            throw new IllegalStateException("sql/posts_by_like_count_json.sql: MariaDB cut the JSON array at"
                    + " group_concat_max_len; raise it for the connection, for example with the URL option"
                    + " sessionVariables=group_concat_max_len=67108864");
        }
        return json.get(0);
    }

    /** Twin: {@code sql/top_posts_by_like_count.sql}. */
    @Override
    public List<PostLikeCount> topPostsByLikeCount(int limit) {
        Arguments.between("limit", limit, 1, RankingQueries.MAX_LIMIT);
        return sql.query("top_posts_by_like_count.sql", Map.of("limit", limit), POST_LIKE_COUNT);
    }

    /** Twin: {@code sql/top_posts_by_like_count_after.sql}. */
    @Override
    public List<PostLikeCount> topPostsByLikeCountAfter(PostLikeCount after, int limit) {
        Objects.requireNonNull(after, "after");
        Arguments.between("limit", limit, 1, RankingQueries.MAX_LIMIT);
        return sql.query("top_posts_by_like_count_after.sql",
                Map.of("like_count", after.likeCount(), "id", after.id(), "limit", limit), POST_LIKE_COUNT);
    }

    /**
     * Twin: {@code sql/export_post_like_counts.sql} with a fetch size of {@link ExportQueries#FETCH_SIZE}, in a
     * {@link StreamingRead}, each row written with {@link ExportWriter} as it arrives.
     */
    @Override
    public long exportPostLikeCounts(Writer out, ExportFormat format) {
        ExportWriter writer = new ExportWriter(out, format);
        return sql.onOneConnection(session -> StreamingRead.run(session.connection(), () -> {
            writer.start();
            session.forEachRow("export_post_like_counts.sql", ExportQueries.FETCH_SIZE, row -> writer.row(
                    row.getLong("id"), row.getLong("user_id"), row.getString("content"), row.getLong("like_count")));
            return writer.finish();
        }));
    }
}
