package io.github.querycookbook.bench;

import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.PostSearch;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * New bind values for every call, walking through the ids that exist with a stride coprime to their number: the same
 * query text with other values, as an application sends it, and nothing a result cache could replay.
 */
public final class Binds {

    private final BenchData.Shape shape;
    private final int postStride;
    private final int userStride;
    private long calls;

    public Binds(BenchData.Shape shape) {
        this.shape = shape;
        this.postStride = BenchData.strideFor(shape.posts());
        this.userStride = BenchData.strideFor(shape.users());
    }

    public BenchData.Shape shape() {
        return shape;
    }

    /** Advances to the next call's values. */
    public Binds next() {
        calls++;
        return this;
    }

    public long postId() {
        return 1 + calls * postStride % shape.posts();
    }

    public long userId() {
        return 1 + calls * userStride % shape.users();
    }

    public String username() {
        return BenchData.username((int) userId());
    }

    public int page() {
        return 1 + (int) (calls % 50);
    }

    public long minLikes() {
        return 5 + calls % 40;
    }

    public LocalDateTime since() {
        return postTime().minusDays(calls % 30);
    }

    public LocalDate day() {
        return postTime().toLocalDate();
    }

    /** The cursor of a post, as a client sends back the last post it saw. */
    public FeedCursor cursor() {
        return new FeedCursor(postTime(), postId());
    }

    public List<Long> postIds(int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(1 + (calls * postStride + i * 101L) % shape.posts());
        }
        return ids;
    }

    /** An author's posts that have some likes and mention jOOQ, created after their post time. */
    public PostSearch search() {
        return PostSearch.all().withAuthorId(userId()).withText("jooq").withMinLikes(1)
                .withCreatedFrom(BenchData.START.plusMinutes(calls % 60));
    }

    /** The first id of a block of {@code size} consecutive post ids, all of which exist. */
    public long blockStart(int size) {
        return 1 + calls * postStride % (shape.posts() - size + 1);
    }

    private LocalDateTime postTime() {
        return BenchData.postTime((int) postId());
    }
}
