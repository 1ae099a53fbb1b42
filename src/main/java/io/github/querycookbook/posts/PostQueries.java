package io.github.querycookbook.posts;

import static io.github.querycookbook.schema.Tables.POSTS;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.Post;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SelectJoinStep;

/**
 * The queries of the post-reading recipes. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values are named like the twin files'
 * parameters, so {@code getSQL(ParamType.NAMED)} shows {@code :author_id} where the twin has it; they are still bound,
 * never inlined, when the query runs.
 */
public final class PostQueries {

    /** Maps the rows of every query here to {@link Post}. */
    public static final RecordMapper<Record4<Long, Long, String, LocalDateTime>, Post> TO_POST =
            r -> new Post(r.value1(), r.value2(), r.value3(), r.value4());

    private final DSLContext dsl;

    public PostQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * Every post, newest first. Twin: {@code sql/posts_newest_first.sql}.
     * <pre>{@code
     * select posts.id, posts.user_id, posts.content, posts.created_at
     * from posts
     * order by posts.created_at desc, posts.id desc
     * }</pre>
     *
     * <p>Use it for a feed of a small table. Not for a large one: every row comes back, so page it (the index
     * {@code ix_posts_created_at_id} serves a keyset page). Pitfall: ordering by {@code created_at} alone leaves posts
     * created at the same instant in an arbitrary order, which can differ between two runs of the same query; the
     * {@code id} tie-breaker makes the order total.
     *
     * <p>Cost: O(posts): every post is read, in the order of {@code ix_posts_created_at_id} (no sort), and sent;
     * measured with ScalingCheck (PostgreSQL 15, median of 3 calls after 1, JIT warm, on 2 cores at load average 20 to
     * 28): 89.8 ms at 10^5 likes, 986 ms at 10^6. The scalable alternative is the keyset {@code feed(after, limit)},
     * O(log N + limit) per page.
     *
     * <p>Performance note: with 10^5 posts, through {@code QueryCookbook} this costs 1.14–1.26× its JDBC twin
     * (PostgreSQL, JIT-warm, three interleaved runs of perf.InterleavedRatios), about 140–210 ns more a row. That is
     * jOOQ building a record per row (per value: the field, its data type, its binding, a boxed number) before the
     * mapping; rendering is cached, and {@code collect} already skips the intermediate {@code Result}.
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> newestFirst() {
        return selectPosts()
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
    }

    /**
     * One author's posts, newest first. Twin: {@code sql/posts_by.sql}.
     * <pre>{@code
     * select posts.id, posts.user_id, posts.content, posts.created_at
     * from posts
     * where posts.user_id = :author_id
     * order by posts.created_at desc, posts.id desc
     * }</pre>
     *
     * <p>Use it for one author's page. Not for many authors at once: one query per author is the N+1 problem; filter
     * with {@code in} or join instead. Pitfall: an unknown author and an author without posts both give an empty
     * list; check the user first if the difference matters (for example to answer 404).
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> byAuthor(long authorId) {
        return selectPosts()
                .where(POSTS.USER_ID.eq(param("author_id", authorId)))
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc());
    }

    /**
     * The post with this id, if any: the query behind {@code findPost} (fetch an {@code Optional}) and
     * {@code getPost} (or throw {@code NotFoundException}). Twin: {@code sql/find_post.sql}.
     * <pre>{@code
     * select posts.id, posts.user_id, posts.content, posts.created_at
     * from posts
     * where posts.id = :post_id
     * }</pre>
     *
     * <p>Use {@code findPost} when a missing post is a normal answer, {@code getPost} when it is an error the caller
     * should not have to check for. Not for "the first of many": without an {@code order by} that is an arbitrary
     * row. Pitfall: jOOQ's {@code fetchAny()} is the equivalent of SQLAlchemy's {@code first()}, and it hides a
     * second row; filtering by the primary key, {@code fetchOptional()} is exact and would fail loudly on a second
     * row.
     */
    public ResultQuery<Record4<Long, Long, String, LocalDateTime>> byId(long postId) {
        return selectPosts()
                .where(POSTS.ID.eq(param("post_id", postId)));
    }

    private SelectJoinStep<Record4<Long, Long, String, LocalDateTime>> selectPosts() {
        return dsl.select(POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT).from(POSTS);
    }
}
