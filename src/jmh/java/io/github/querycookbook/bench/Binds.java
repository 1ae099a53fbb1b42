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

    private final LoadedData data;
    private final int postStride;
    private final int userStride;
    private final int authorStride;
    private long calls;

    public Binds(LoadedData data) {
        this.data = data;
        this.postStride = strideFor(data.posts());
        this.userStride = strideFor(data.users());
        this.authorStride = strideFor(data.authors());
    }

    /** Advances to the next call's values. */
    public Binds next() {
        calls++;
        return this;
    }

    public long postId() {
        return 1 + calls * postStride % data.posts();
    }

    public long userId() {
        return 1 + calls * userStride % data.users();
    }

    /** A user who wrote posts, for the recipes about an author's posts, which would find nothing for most others. */
    public long authorId() {
        return data.authorId((int) (calls * authorStride % data.authors()));
    }

    public String username() {
        return data.username(userId());
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
            ids.add(1 + (calls * postStride + i * 101L) % data.posts());
        }
        return ids;
    }

    /**
     * An author's posts that have some likes and mention jOOQ, created since up to an hour before one such post of
     * theirs: the author and time come from a post that matches, so every search finds at least that post (only
     * about one post in ten mentions jOOQ, and many users write none).
     */
    public PostSearch search() {
        long post = data.searchablePost(calls);
        return PostSearch.all().withAuthorId(data.author(post)).withText(LoadedData.SEARCH_TEXT).withMinLikes(1)
                .withCreatedFrom(data.postTime(post).minusMinutes(calls % 60));
    }

    /** The first id of a block of {@code size} consecutive post ids, all of which exist. */
    public long blockStart(int size) {
        return 1 + calls * postStride % (data.posts() - size + 1);
    }

    private LocalDateTime postTime() {
        return data.postTime(postId());
    }

    /** A step coprime with {@code n}, so that {@code k * step mod n} visits every residue once. */
    private static int strideFor(int n) {
        int step = 7_919;
        while (gcd(step, n) != 1) {
            step += 2;
        }
        return step % n == 0 ? 1 : step;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
