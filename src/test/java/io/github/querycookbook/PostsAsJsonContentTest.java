package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static io.github.querycookbook.testing.JsonTrees.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The JSON recipe on content the fixture lacks: no posts at all, text that JSON must escape, and an array over
 * MariaDB's default {@code group_concat_max_len} of 1 MiB. Each test empties the tables first.
 */
@DatabaseSetup(Setup.MIGRATED)
class PostsAsJsonContentTest {

    /** Quotes, backslashes, line breaks, control characters, emoji, and text that looks like JSON. */
    private static final List<String> HOSTILE = List.of(
            "say \"hi\" and 'bye'",
            "C:\\temp\\new \\u0041 \\\" \\\\",
            "line one\nline two\r\nline three",
            "tab\there, bell\u0007, start of heading\u0001, unit separator\u001f, delete\u007f",
            "emoji 😀, family 👩‍👩‍👧, flag 🇳🇴, Ｚoë, line separator\u2028, paragraph separator\u2029",
            "{\"id\": 1, \"like_count\": 99}",
            "</script><script>alert(1)</script>",
            "");

    private static final int BIG_POSTS = 20;
    /** 20 posts of 60,000 characters: 1.2 MB of JSON, within MariaDB's 65,535-byte TEXT. */
    private static final String BIG_CONTENT = "x".repeat(60_000);

    private static DSLContext emptied(TestDatabase db) {
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        dsl.deleteFrom(POST_LIKES).execute();
        dsl.deleteFrom(POSTS).execute();
        dsl.deleteFrom(USERS).execute();
        return dsl;
    }

    private static void insertPosts(DSLContext dsl, List<String> contents) {
        long author = dsl.insertInto(USERS, USERS.USERNAME).values("author").returning(USERS.ID).fetchSingle().getId();
        for (String content : contents) {
            dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT).values(author, content).execute();
        }
    }

    @EngineTest
    void givesAnEmptyArrayNotNullWithoutPosts(TestDatabase db) {
        // given
        emptied(db);
        // when, then
        assertThat(db.queryCookbook().postsByLikeCountJson()).isEqualTo("[]");
        assertThat(db.vanillaCookbook().postsByLikeCountJson()).isEqualTo("[]");
    }

    @EngineTest
    void escapesHostileContentSoThatItRoundTripsExactly(TestDatabase db) {
        // given posts without likes, so they come by id, in insertion order
        insertPosts(emptied(db), HOSTILE);
        // when
        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            JsonNode posts = parse(cookbook.postsByLikeCountJson());
            // then: Jackson rejects unescaped control characters, so parsing alone proves the escaping
            assertThat(posts).extracting(post -> post.get("content").textValue())
                    .as(cookbook.getClass().getSimpleName()).containsExactlyElementsOf(HOSTILE);
        }
    }

    @EngineTest
    void failsLoudlyOnMariaDbWhenTheArrayOutgrowsGroupConcatMaxLen(TestDatabase db) {
        // given 1.2 MB of JSON, and MariaDB's default group_concat_max_len of 1 MiB
        insertPosts(emptied(db), Collections.nCopies(BIG_POSTS, BIG_CONTENT));
        // when, then: jOOQ's emulation would have returned [] here, measured on MariaDB 10.11
        if (db.engine().isMariaDb()) {
            assertThatThrownBy(() -> db.queryCookbook().postsByLikeCountJson())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("group_concat_max_len");
            assertThatThrownBy(() -> db.vanillaCookbook().postsByLikeCountJson())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("group_concat_max_len");
            assertThatThrownBy(() -> db.queryCookbook().authorSummaries())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("group_concat_max_len");
        } else {
            assertThat(parse(db.queryCookbook().postsByLikeCountJson())).hasSize(BIG_POSTS);
            assertThat(db.queryCookbook().authorSummaries().get(0).posts()).hasSize(BIG_POSTS);
        }
    }

    @EngineTest
    void returnsTheWholeArrayWithALargerGroupConcatMaxLenOnTheConnection(TestDatabase db) throws SQLException {
        // given 1.2 MB of JSON, and on MariaDB the documented fix: a larger limit in the JDBC URL
        insertPosts(emptied(db), Collections.nCopies(BIG_POSTS, BIG_CONTENT));
        DataSource dataSource = db.engine().isMariaDb()
                ? new MariaDbDataSource(withSessionVariable(db.jdbcUrl(), "group_concat_max_len=67108864"))
                : db.dataSource();
        // when
        String jooq = new QueryCookbook(DSL.using(dataSource, db.engine().dialect())).postsByLikeCountJson();
        String twin = new VanillaSqlCookbook(dataSource).postsByLikeCountJson();
        // then
        for (String json : List.of(jooq, twin)) {
            assertThat(parse(json)).hasSize(BIG_POSTS)
                    .allSatisfy(post -> assertThat(post.get("content").textValue()).isEqualTo(BIG_CONTENT));
        }
    }

    /** Sets a session variable in a MariaDB URL, among its {@code sessionVariables} if it has some (the cluster's). */
    private static String withSessionVariable(String url, String assignment) {
        return url.contains("sessionVariables=")
                ? url.replace("sessionVariables=", "sessionVariables=" + assignment + ",")
                : url + "&sessionVariables=" + assignment;
    }
}
