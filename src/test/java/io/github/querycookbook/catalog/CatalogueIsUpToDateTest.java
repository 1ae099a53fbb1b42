package io.github.querycookbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.RecipeCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checked-in catalogue is exactly what the code renders today, in the shape readers rely on. Never writes. */
class CatalogueIsUpToDateTest {

    private static final String RENDERED = new CatalogueWriter().render(RecipeCatalog.topics());

    @Test
    void checkedInCatalogueMatchesWhatTheCodeRenders() throws IOException {
        Path checkedIn = RegenerateCatalogue.CATALOGUE;

        assertThat(checkedIn).as("%s is missing; create it with: %s", checkedIn, CatalogueWriter.COMMAND).exists();
        assertThat(Files.readString(checkedIn, StandardCharsets.UTF_8))
                .as("%s is stale; regenerate it with: %s", checkedIn, CatalogueWriter.COMMAND)
                .isEqualTo(RENDERED);
    }

    @Nested
    class EveryEntry {

        @Test
        void showsTheCookbookMethodBesideTheQueryItRuns() {
            assertThat(RENDERED).contains("""
                    [`QueryCookbook.getPost`](../src/main/java/io/github/querycookbook/QueryCookbook.java) is the \
                    recipe, which picks the fetch mode and the mapping:

                    ```java
                    public Post getPost(long postId) {
                        return findPost(postId).orElseThrow(() -> new NotFoundException("posts", postId));
                    }
                    ```

                    [`PostQueries.byId`](../src/main/java/io/github/querycookbook/posts/PostQueries.java) builds the \
                    query it runs:
                    """);
        }

        @Test
        void showsTheSqlOnceWhenTheEnginesAgree() {
            assertThat(RENDERED).contains("""
                    #### SQL rendered by jOOQ

                    Same on H2, PostgreSQL and MariaDB:

                    ```sql
                    select posts.id, posts.user_id, posts.content, posts.created_at
                    from posts
                    order by posts.created_at desc, posts.id desc
                    ```
                    """);
        }

        @Test
        void showsEachVariantAndSaysWhyWhenTheEnginesDiffer() {
            assertThat(RENDERED).contains("""
                    H2:

                    ```sql
                    select posts.id, posts.user_id, posts.content, posts.created_at
                    from posts
                    where posts.user_id = cast(:author_id as bigint)
                    order by posts.created_at desc, posts.id desc
                    ```

                    PostgreSQL and MariaDB:

                    ```sql
                    select posts.id, posts.user_id, posts.content, posts.created_at
                    from posts
                    where posts.user_id = :author_id
                    order by posts.created_at desc, posts.id desc
                    ```

                    Why they differ:

                    - On H2, `cast(:author_id as bigint)`: jOOQ casts a bind value to its type where the engine might \
                    not infer it (on H2 every one, on PostgreSQL date-times); the value is still bound, and an engine \
                    without the cast takes the column's type.
                    """);
        }

        @Test
        void showsTheResultOnTheDemoDataForEveryExample() {
            assertThat(RENDERED).contains("""
                    `getPost(postId = 1)`, times in UTC:

                    ```text
                    +----+-------+------------+----------------+
                    |  id|user_id|content     |created_at      |
                    +----+-------+------------+----------------+
                    |   1|      1|Hello, world|2024-05-01T09:00|
                    +----+-------+------------+----------------+
                    ```

                    `getPost(postId = 404)`:

                    ```text
                    NotFoundException: No row in table posts with id 404
                    ```
                    """).contains("""
                    `postsByLikeCount()`:

                    ```text
                    +----+----------------------------------+-------+----------+
                    |  id|content                           |user_id|like_count|
                    +----+----------------------------------+-------+----------+
                    |   1|Hello, world                      |      1|         3|
                    |   2|jOOQ or SQL? Both.                |      2|         2|
                    |   3|Same second as bob's: id breaks it|      1|         1|
                    |   4|Left joins keep posts nobody liked|      3|         0|
                    +----+----------------------------------+-------+----------+
                    ```
                    """);
        }
    }

    @Test
    void listsEveryRecipeUnderItsTopicInTheContents() {
        assertThat(RENDERED).contains("""
                **[Fetch modes](#fetch-modes)**: Zero or one row: an Optional when none is a normal answer, an \
                exception that a web layer maps to 404 when it is not.

                | recipe | purpose | plain-SQL twin |
                |---|---|---|
                | [`findPost`](#findpost) | The post with an id, or an empty Optional (first()). | \
                [`sql/find_post.sql`](../sql/find_post.sql) |
                | [`getPost`](#getpost) | The post with an id, or NotFoundException for a 404 (first_or_404()). | \
                [`sql/find_post.sql`](../sql/find_post.sql) |
                """);
        RecipeCatalog.topics().forEach(topic -> assertThat(RENDERED).contains("\n## " + topic.title() + "\n"));
        RecipeCatalog.all().forEach(recipe -> assertThat(RENDERED).contains("\n### " + recipe.name() + "\n"));
    }

    @Test
    void anchorsFollowGitHubsRuleForHeadings() {
        assertThat(CatalogueWriter.anchor("CTEs and set operations: UNION ALL, and days without likes"))
                .isEqualTo("ctes-and-set-operations-union-all-and-days-without-likes");
        assertThat(CatalogueWriter.anchor("postsByLikeCount")).isEqualTo("postsbylikecount");
    }
}
