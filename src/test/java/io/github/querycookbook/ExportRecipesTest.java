package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.ExportFormat;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.impl.DSL;

/**
 * The streaming export on every engine, on both cookbooks, against the literal text it writes for
 * {@link SocialFixture} (its Javadoc has the data as a table), and against its vanilla-SQL twin.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class ExportRecipesTest {

    private static final String CSV = """
            id,user_id,content,like_count\r
            1,1,Hello from Ann,4\r
            2,1,Ann again,3\r
            3,2,"lowercase ann, same second",3\r
            4,3,It's O'Brien's post; DROP TABLE posts; --,2\r
            5,4,🎉 party,2\r
            6,5,"meow, nobody likes me",0\r
            7,1,"Ann's third, unliked",0\r
            8,1,"Ann, same second again",0\r
            """;

    private static final String JSON_LINES = """
            {"id":1,"user_id":1,"content":"Hello from Ann","like_count":4}
            {"id":2,"user_id":1,"content":"Ann again","like_count":3}
            {"id":3,"user_id":2,"content":"lowercase ann, same second","like_count":3}
            {"id":4,"user_id":3,"content":"It's O'Brien's post; DROP TABLE posts; --","like_count":2}
            {"id":5,"user_id":4,"content":"🎉 party","like_count":2}
            {"id":6,"user_id":5,"content":"meow, nobody likes me","like_count":0}
            {"id":7,"user_id":1,"content":"Ann's third, unliked","like_count":0}
            {"id":8,"user_id":1,"content":"Ann, same second again","like_count":0}
            """;

    @EngineTest
    void writesACsvHeaderThenOneRecordPerPostByIdQuotingFieldsWithCommas(TestDatabase db) {
        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            // given
            StringWriter out = new StringWriter();

            // when
            long rows = cookbook.exportPostLikeCounts(out, ExportFormat.CSV);

            // then
            assertThat(out).as(cookbook.getClass().getSimpleName()).hasToString(CSV);
            assertThat(rows).isEqualTo(8);
        }
    }

    @EngineTest
    void writesOneJsonObjectPerLineWithTheKeysInColumnOrder(TestDatabase db) {
        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            // given
            StringWriter out = new StringWriter();

            // when
            long rows = cookbook.exportPostLikeCounts(out, ExportFormat.JSON_LINES);

            // then
            assertThat(out).as(cookbook.getClass().getSimpleName()).hasToString(JSON_LINES);
            assertThat(rows).isEqualTo(8);
        }
    }

    @EngineTest
    void agreesWithItsSqlTwin(TestDatabase db) {
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(exported(db.vanillaCookbook(), format)).as(format.name())
                    .isEqualTo(exported(db.queryCookbook(), format));
        }
    }

    @EngineTest
    void readsInTheCallersTransactionAndLeavesItOpen(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            // given a caller's transaction that deleted the likes of post 1, not committed
            connection.setAutoCommit(false);
            try (var delete = connection.prepareStatement("delete from post_likes where post_id = 1")) {
                assertThat(delete.executeUpdate()).isEqualTo(4);
            }

            // when
            String csv = exported(new QueryCookbook(DSL.using(connection, db.engine().dialect())), ExportFormat.CSV);

            // then it saw the caller's change, and the transaction is still the caller's to roll back
            assertThat(csv.lines().skip(1).findFirst()).hasValue("1,1,Hello from Ann,0");
            assertThat(connection.getAutoCommit()).isFalse();
            connection.rollback();
        }
        assertThat(exported(db.queryCookbook(), ExportFormat.CSV)).isEqualTo(CSV);
    }

    @EngineTest
    void writesOnlyTheCsvHeaderWhenThereAreNoPosts(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            // given a caller's transaction in which no post exists
            connection.setAutoCommit(false);
            try (var delete = connection.createStatement()) {
                delete.executeUpdate("delete from posts");
            }
            QueryCookbook cookbook = new QueryCookbook(DSL.using(connection, db.engine().dialect()));

            // when, then
            assertThat(exported(cookbook, ExportFormat.CSV)).isEqualTo("id,user_id,content,like_count\r\n");
            assertThat(exported(cookbook, ExportFormat.JSON_LINES)).isEmpty();
            connection.rollback();
        }
    }

    private static String exported(Cookbook cookbook, ExportFormat format) {
        StringWriter out = new StringWriter();
        cookbook.exportPostLikeCounts(out, format);
        return out.toString();
    }
}
