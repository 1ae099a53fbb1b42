package io.github.querycookbook.vanilla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.Map;

class SqlRunnerTest {

    private static final SqlFile BY_NAME = SqlFile.parse("by_name.sql",
            "SELECT users.id FROM users WHERE users.username = :username;");

    @EngineTest
    void bindsHostileStringsAsValuesNeverAsSql(TestDatabase db) {
        // given
        SqlRunner runner = new SqlRunner(db.dataSource());
        String hostile = "x' OR '1'='1'; DROP TABLE users; --";

        // when
        var ids = runner.query(BY_NAME, Map.of("username", hostile), row -> row.getLong(1));

        // then nothing matched, and the table is still there
        assertThat(ids).isEmpty();
        assertThat(runner.query(SqlFile.parse("count.sql", "SELECT COUNT(*) FROM users"), Map.of(),
                row -> row.getLong(1))).hasSize(1);
    }

    @EngineTest
    void namesMissingAndUnexpectedParameters(TestDatabase db) {
        SqlRunner runner = new SqlRunner(db.dataSource());

        assertThatThrownBy(() -> runner.query(BY_NAME, Map.of("user", "ann"), row -> row.getLong(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sql/by_name.sql takes parameters [username] but was given [user]");
    }

    @EngineTest
    void namesTheFileWhenTheDatabaseRejectsIt(TestDatabase db) {
        SqlRunner runner = new SqlRunner(db.dataSource());
        SqlFile broken = SqlFile.parse("broken.sql", "SELECT no_such_column FROM users");

        assertThatThrownBy(() -> runner.query(broken, Map.of(), row -> row.getLong(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("sql/broken.sql failed: ");
    }
}
