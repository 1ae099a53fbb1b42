package io.github.querycookbook.differential;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.row;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.User;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * A generated database content: users with ids 1 to n, posts with ids 1 to m, and at most one like per user and post
 * (the first of a generated pair wins, as the primary key would have it). An empty user list empties the others. A
 * shrunk dataset (see {@link Shrinker}) keeps its ids, so it may skip some.
 *
 * @param users the users, id ascending
 * @param posts the posts, id ascending
 * @param likes the likes, in generation order
 */
record Dataset(List<User> users, List<Post> posts, List<TimedLike> likes) {

    /** A like with the UTC time it was given. */
    record TimedLike(long userId, long postId, LocalDateTime at) {
    }

    /** A post before it has an id. */
    record PostDraft(long userId, String content, LocalDateTime createdAt) {
    }

    /** Numbers the users and posts from 1; authors and likes that point past them wrap around, none if none. */
    static Dataset of(List<String> usernames, List<PostDraft> drafts, List<TimedLike> likes) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            users.add(new User(i + 1, usernames.get(i)));
        }
        List<Post> posts = new ArrayList<>();
        for (PostDraft draft : users.isEmpty() ? List.<PostDraft>of() : drafts) {
            posts.add(new Post(posts.size() + 1, wrap(draft.userId(), users.size()), draft.content(),
                    draft.createdAt()));
        }
        Map<List<Long>, TimedLike> onePerPair = new LinkedHashMap<>();
        for (TimedLike like : posts.isEmpty() ? List.<TimedLike>of() : likes) {
            TimedLike wrapped = new TimedLike(wrap(like.userId(), users.size()), wrap(like.postId(), posts.size()),
                    like.at());
            onePerPair.putIfAbsent(List.of(wrapped.userId(), wrapped.postId()), wrapped);
        }
        return new Dataset(List.copyOf(users), List.copyOf(posts), List.copyOf(onePerPair.values()));
    }

    private static long wrap(long index, int size) {
        return (index - 1) % size + 1;
    }

    /** Replaces the content of a migrated database with this dataset: three deletes and at most three inserts. */
    void loadInto(DSLContext dsl) {
        DSLContext ctx = CookbookDsl.prepare(dsl);
        ctx.deleteFrom(POST_LIKES).execute();
        ctx.deleteFrom(POSTS).execute();
        ctx.deleteFrom(USERS).execute();
        if (!users.isEmpty()) {
            ctx.insertInto(USERS, USERS.ID, USERS.USERNAME)
                    .valuesOfRows(users.stream().map(user -> row(user.id(), user.username())).toList())
                    .execute();
        }
        if (!posts.isEmpty()) {
            ctx.insertInto(POSTS, POSTS.ID, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                    .valuesOfRows(posts.stream()
                            .map(post -> row(post.id(), post.userId(), post.content(), post.createdAt())).toList())
                    .execute();
        }
        if (!likes.isEmpty()) {
            ctx.insertInto(POST_LIKES, POST_LIKES.USER_ID, POST_LIKES.POST_ID, POST_LIKES.CREATED_AT)
                    .valuesOfRows(likes.stream().map(like -> row(like.userId(), like.postId(), like.at())).toList())
                    .execute();
        }
    }
}
