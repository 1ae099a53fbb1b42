package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.schema.DefaultSchema;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Each engine ends up with the schema that code generation read: the same tables, columns, keys and indexes. This
 * is what keeps the MariaDB copy of the migration from drifting away from the H2/PostgreSQL one.
 */
class SchemaParityTest {

    private static final Set<String> TABLES = Set.of("users", "posts", "post_likes");

    @EngineTest
    void hasTheTablesColumnsKeysAndIndexesThatCodegenRead(TestDatabase db) {
        // given what the generated classes describe
        List<String> generated = SchemaShape.of(DefaultSchema.DEFAULT_SCHEMA.getTables(), TABLES);

        // when the engine describes what the migration built
        List<String> actual = JdbcSchema.shapeOf(db.dataSource(), TABLES);

        // then
        assertThat(actual).containsExactlyElementsOf(db.engine().isMariaDb() ? withCertifiableUsername(generated)
                : generated);
    }

    /**
     * What MariaDB's V5 changes: the unique username is kept on a stored, invisible SHA-256 of the name, which a Galera
     * cluster certifies (its long-unique hash over the name it did not), instead of on the name itself.
     */
    private static List<String> withCertifiableUsername(List<String> generated) {
        List<String> lines = new ArrayList<>(generated);
        assertThat(lines.remove("users unique uq_users_username (username)")).as("the generated unique username")
                .isTrue();
        lines.add("users column username_sha256 binary null");
        lines.add("users unique uq_users_username (username_sha256)");
        return SchemaShape.sorted(lines);
    }

    @EngineTest
    void cascadesDeletesFromUsersToTheirPostsAndLikes(TestDatabase db) {
        // given an author whose post was liked by a fan, and a fan who also liked a post of their own
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        long author = insertUser(dsl, "cascade-author");
        long fan = insertUser(dsl, "cascade-fan");
        long authorsPost = insertPost(dsl, author);
        long fansPost = insertPost(dsl, fan);
        dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID)
                .values(authorsPost, fan).values(fansPost, fan).values(fansPost, author).execute();

        // when
        dsl.deleteFrom(USERS).where(USERS.ID.eq(author)).execute();

        // then the author's post, the like on it and the author's like on the fan's post are gone
        assertThat(dsl.fetchCount(POSTS, POSTS.USER_ID.eq(author))).isZero();
        assertThat(dsl.fetch(POST_LIKES, POST_LIKES.USER_ID.in(author, fan)))
                .extracting(r -> List.of(r.getPostId(), r.getUserId()))
                .containsExactly(List.of(fansPost, fan));
    }

    private static long insertUser(DSLContext dsl, String username) {
        return dsl.insertInto(USERS, USERS.USERNAME).values(username).returningResult(USERS.ID).fetchSingle().value1();
    }

    private static long insertPost(DSLContext dsl, long author) {
        return dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT).values(author, "cascade")
                .returningResult(POSTS.ID).fetchSingle().value1();
    }
}
