// tag::quick-start[]
import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.NotFoundException;
import io.github.querycookbook.QueryCookbook;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import java.time.LocalDateTime;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

public class QuickStart {

    public static void main(String[] args) {
        // An in-memory H2 database; DB_CLOSE_DELAY=-1 keeps it alive when a connection closes.
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1");

        // Creates the tables users, posts and post_likes, empty.
        CookbookSchema.migrate(dataSource);

        // A little data, written with the generated classes. CookbookDsl.prepare renders names unquoted,
        // so that the generated lower-case names find the tables H2 created in upper case.
        DSLContext dsl = CookbookDsl.prepare(DSL.using(dataSource, SQLDialect.H2));
        long ann = dsl.insertInto(USERS, USERS.USERNAME).values("ann").returning(USERS.ID).fetchSingle().getId();
        long bob = dsl.insertInto(USERS, USERS.USERNAME).values("bob").returning(USERS.ID).fetchSingle().getId();
        long hello = dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(ann, "Hello, world", LocalDateTime.parse("2024-05-01T09:00")) // times are UTC
                .returning(POSTS.ID).fetchSingle().getId();
        dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT)
                .values(bob, "Nobody liked this yet", LocalDateTime.parse("2024-05-02T10:00"))
                .execute();
        dsl.insertInto(POST_LIKES, POST_LIKES.POST_ID, POST_LIKES.USER_ID).values(hello, bob).execute();

        // The recipes, on a plain DSL.using(dataSource, dialect).
        Cookbook cookbook = new QueryCookbook(DSL.using(dataSource, SQLDialect.H2));
        List<Post> newestFirst = cookbook.postsNewestFirst();
        List<PostLikeCount> mostLiked = cookbook.postsByLikeCount();
        newestFirst.forEach(post -> System.out.println("newest first: " + post));
        mostLiked.forEach(post -> System.out.println("most liked:   " + post));
        System.out.println("fans of ann:  " + cookbook.likersOfPostsBy(ann));
        System.out.println("getPost:      " + cookbook.getPost(hello));
        try {
            cookbook.getPost(404);
        } catch (NotFoundException e) {
            System.out.println("getPost(404): " + e.getMessage());
        }
    }
}
// end::quick-start[]
