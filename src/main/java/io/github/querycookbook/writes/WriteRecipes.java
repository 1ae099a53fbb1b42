package io.github.querycookbook.writes;

import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.model.Like;
import java.util.List;

/**
 * The write recipes as catalogue entries, with example arguments that fit the tour's demo data. The tour and the
 * catalogue run them in a transaction that they roll back, so the demo data stays as it was.
 */
public final class WriteRecipes {

    private static final long ANN = 1;
    private static final long BOB = 2;
    private static final long UNKNOWN_USER = 404;
    private static final long HELLO_POST = 1;
    private static final long BOTH_POST = 2;
    private static final long UNLIKED_POST = 4;
    /** A new like, a duplicate of it, and ann's existing like of post 2. */
    private static final List<Like> IMPORT = List.of(new Like(BOB, UNLIKED_POST), new Like(BOB, UNLIKED_POST),
            new Like(ANN, BOTH_POST));

    private WriteRecipes() {
    }

    public static Recipe createUser() {
        return new Recipe("createUser", "Insert a user and return it with its generated id; a taken name is "
                + "AlreadyExistsException, from the unique key, not a check first.", "create_user.sql",
                WriteQueries.class, "createUser", List.of(
                new Example("username = \"dora\"", dsl -> new WriteQueries(dsl).createUser("dora"),
                        cookbook -> cookbook.createUser("dora")),
                new Example("username = \"ann\"", dsl -> new WriteQueries(dsl).createUser("ann"),
                        cookbook -> cookbook.createUser("ann"))));
    }

    public static Recipe createPost() {
        return new Recipe("createPost", "Insert a post and return it with the id and time the database made; an "
                + "unknown author is NotFoundException.", "create_post.sql", WriteQueries.class, "createPost", List.of(
                new Example("authorId = " + ANN + ", content = \"Writes, too\"",
                        dsl -> new WriteQueries(dsl).createPost(ANN, "Writes, too"),
                        cookbook -> cookbook.createPost(ANN, "Writes, too")),
                new Example("authorId = " + UNKNOWN_USER + ", content = \"From nobody\"",
                        dsl -> new WriteQueries(dsl).createPost(UNKNOWN_USER, "From nobody"),
                        cookbook -> cookbook.createPost(UNKNOWN_USER, "From nobody"))));
    }

    public static Recipe like() {
        return new Recipe("like", "Add a like idempotently (on conflict do nothing): true when added, false when it "
                + "was there, safe under concurrent callers.", "like.sql", WriteQueries.class, "like", List.of(
                new Example("userId = " + BOB + ", postId = " + UNLIKED_POST,
                        dsl -> new WriteQueries(dsl).like(BOB, UNLIKED_POST),
                        cookbook -> cookbook.like(BOB, UNLIKED_POST)),
                new Example("userId = " + BOB + ", postId = " + HELLO_POST,
                        dsl -> new WriteQueries(dsl).like(BOB, HELLO_POST),
                        cookbook -> cookbook.like(BOB, HELLO_POST))));
    }

    public static Recipe unlike() {
        return new Recipe("unlike", "Remove a like: true when there was one, from the delete's row count.",
                "unlike.sql", WriteQueries.class, "unlike", List.of(
                new Example("userId = " + BOB + ", postId = " + HELLO_POST,
                        dsl -> new WriteQueries(dsl).unlike(BOB, HELLO_POST),
                        cookbook -> cookbook.unlike(BOB, HELLO_POST)),
                new Example("userId = " + BOB + ", postId = " + UNLIKED_POST,
                        dsl -> new WriteQueries(dsl).unlike(BOB, UNLIKED_POST),
                        cookbook -> cookbook.unlike(BOB, UNLIKED_POST))));
    }

    public static Recipe importLikes() {
        return new Recipe("importLikes", "Add many likes in one transaction, ids checked first, in multi-row inserts "
                + "that skip existing likes; returns how many it added.", "like.sql", ImportQueries.class, "likes",
                List.of(new Example("likes = " + IMPORT, dsl -> new ImportQueries(dsl).likes(WriteArguments
                        .distinctLikes(IMPORT)), cookbook -> cookbook.importLikes(IMPORT))));
    }
}
