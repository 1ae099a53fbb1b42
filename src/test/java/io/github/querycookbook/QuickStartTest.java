package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.SocialFixture;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The README's quick start, as a passing test: {@code ReadmeTest} checks the README shows this region verbatim. */
class QuickStartTest {

    @Test
    void quickStartRunsTheRecipesOnAPlainDataSource() {
        // given a plain H2 database that already holds the social fixture
        DataSource dataSource = h2("quick_start");
        CookbookSchema.migrate(dataSource);
        SocialFixture.insertInto(DSL.using(dataSource, SQLDialect.H2));

        // when
        // tag::quick-start[]
        CookbookSchema.migrate(dataSource);
        Cookbook cookbook = new QueryCookbook(DSL.using(dataSource, SQLDialect.H2));
        List<Post> newestFirst = cookbook.postsNewestFirst();
        List<PostLikeCount> mostLiked = cookbook.postsByLikeCount();
        Post post = cookbook.getPost(1);
        // end::quick-start[]

        // then
        assertThat(newestFirst).hasSize(8).first().extracting(Post::id).isEqualTo(7L);
        assertThat(mostLiked.get(0)).isEqualTo(new PostLikeCount(1, "Hello from Ann", SocialFixture.ANN, 4));
        assertThat(post.content()).isEqualTo("Hello from Ann");
    }

    private static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
