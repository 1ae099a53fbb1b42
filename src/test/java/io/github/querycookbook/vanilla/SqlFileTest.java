package io.github.querycookbook.vanilla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlFileTest {

    @Nested
    class Parse {

        @Test
        void replacesNamedParametersInOrderAndKeepsRepeats() {
            SqlFile file = SqlFile.parse("x.sql", "SELECT 1 FROM t WHERE a = :first AND b = :second OR a = :first;");

            assertThat(file.jdbcSql()).isEqualTo("SELECT 1 FROM t WHERE a = ? AND b = ? OR a = ?");
            assertThat(file.parameterNames()).containsExactly("first", "second", "first");
        }

        @Test
        void leavesLiteralsQuotedNamesCommentsAndCastsAlone() {
            String sql = """
                    -- header: not :a parameter
                    SELECT ':lit''s :x', "col:y", 1::bigint /* :z */
                    FROM t WHERE id = :id
                    """;

            SqlFile file = SqlFile.parse("x.sql", sql);

            assertThat(file.parameterNames()).containsExactly("id");
            assertThat(file.jdbcSql()).endsWith("""
                    SELECT ':lit''s :x', "col:y", 1::bigint /* :z */
                    FROM t WHERE id = ?""");
        }

        @Test
        void rejectsAnUnterminatedLiteral() {
            assertThatThrownBy(() -> SqlFile.parse("x.sql", "SELECT 'oops FROM t"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unterminated ' starting at offset 7");
        }
    }

    @Nested
    class Load {

        @Test
        void readsEveryTwinFromTheJar() {
            SqlFile file = SqlFile.load("likers_of_posts_by.sql");

            assertThat(file.text()).startsWith("-- Recipe: likersOfPostsBy");
            assertThat(file.parameterNames()).containsExactly("author_id");
            assertThat(file.jdbcSql()).doesNotContain(":author_id").doesNotEndWith(";");
        }

        @Test
        void namesTheMissingFile() {
            assertThatThrownBy(() -> SqlFile.load("no_such_recipe.sql"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No SQL file /io/github/querycookbook/sql/no_such_recipe.sql on the classpath");
        }
    }

    @Nested
    class VendorFiles {

        @Test
        void aVendorFileStandsInForTheCommonOneOnItsEngineOnly() {
            // given sql/vendor_example.sql and sql/mariadb/vendor_example.sql (test resources)
            // when
            SqlFile onMariaDb = SqlFile.load("vendor_example.sql", "mariadb");
            SqlFile onPostgres = SqlFile.load("vendor_example.sql", "postgres");

            // then
            assertThat(onMariaDb.name()).isEqualTo("mariadb/vendor_example.sql");
            assertThat(onMariaDb.statement()).isEqualTo("SELECT 2 AS answer;");
            assertThat(onPostgres.name()).isEqualTo("vendor_example.sql");
        }

        @Test
        void foldersAreNamedAfterTheEngine() {
            assertThat(SqlFile.vendorFolder("H2")).isEqualTo(SqlFile.vendorFolder(SQLDialect.H2)).isEqualTo("h2");
            assertThat(SqlFile.vendorFolder("PostgreSQL")).isEqualTo(SqlFile.vendorFolder(SQLDialect.POSTGRES))
                    .isEqualTo("postgres");
            assertThat(SqlFile.vendorFolder("MariaDB")).isEqualTo(SqlFile.vendorFolder(SQLDialect.MARIADB))
                    .isEqualTo("mariadb");
        }

        @Test
        void namesTheEnginesItSupports() {
            assertThatThrownBy(() -> SqlFile.vendorFolder("Oracle"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unsupported database Oracle: the twins support H2, PostgreSQL and MariaDB");
        }
    }

    @Nested
    class ListParameters {

        private final SqlFile byIds = SqlFile.parse("by_ids.sql",
                "SELECT 1 FROM t WHERE id IN (:ids) AND kind = :kind -- not :ids\n;");

        @Test
        void writesOneMarkerPerElementOfAList() {
            String jdbcSql = byIds.jdbcSql(Map.of("ids", List.of(7L, 8L, 9L), "kind", "a"));

            assertThat(jdbcSql).isEqualTo("SELECT 1 FROM t WHERE id IN (?, ?, ?) AND kind = ? -- not :ids");
            assertThat(byIds.parameterNames()).containsExactly("ids", "kind");
        }

        @Test
        void keepsOneMarkerPerParameterWithoutLists() {
            assertThat(byIds.jdbcSql(Map.of("ids", 7L, "kind", "a"))).isEqualTo(byIds.jdbcSql());
        }

        @Test
        void rejectsAnEmptyListBecauseInNeedsAValue() {
            assertThatThrownBy(() -> byIds.jdbcSql(Map.of("ids", List.of(), "kind", "a")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sql/by_ids.sql: list parameter ids is empty");
        }
    }
}
