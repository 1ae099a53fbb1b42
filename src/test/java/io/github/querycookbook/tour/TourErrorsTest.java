package io.github.querycookbook.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** The tour cannot run: one line on stderr, exit status 2, nothing on stdout, never a stack trace. */
@DatabaseSetup(Setup.BLANK)
class TourErrorsTest {

    private static final String NL = System.lineSeparator();

    @Test
    void reportsAnUnknownDriverInOneLineWithoutAStackTrace() {
        TourRun run = TourRun.of("--url", "jdbc:nosuchdb:whatever");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tour: cannot connect to jdbc:nosuchdb:whatever: "
                + "No suitable driver found for jdbc:nosuchdb:whatever" + NL);
    }

    @Test
    void reportsAnUnreachableServerInOneLine() {
        TourRun run = TourRun.of("--url", "jdbc:postgresql://127.0.0.1:1/nowhere");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("tour: cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere: ")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void reportsAMariaDbServerThatIsDownInOneLine() {
        TourRun run = TourRun.of("--url", "jdbc:mariadb://127.0.0.1:1/nowhere?user=root");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("tour: cannot connect to jdbc:mariadb://127.0.0.1:1/nowhere?user=root: ")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void reportsBadCredentialsInOneLine() {
        TourRun run = TourRun.of("--url", "jdbc:h2:mem:tour_credentials;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=right",
                "--user", "sa", "--password", "wrong");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.err()).startsWith("tour: cannot connect to ").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void explainsAnUnknownArgumentWithTheUsage() {
        TourRun run = TourRun.of("--ulr", "jdbc:h2:mem:x");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.err()).isEqualTo("tour: unknown argument --ulr" + NL + TourOptions.USAGE + NL);
    }

    @EngineTest
    void refusesTablesOfTheSameNamesThatTheCookbookDidNotCreate(TestDatabase db) {
        // given an application's own users table
        CookbookDsl.prepare(db.dsl()).createTable("users").column("id", SQLDataType.BIGINT).execute();

        // when
        TourRun run = TourRun.of("--url", db.jdbcUrl());

        // then
        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tour: The database already has a table named users that the cookbook did not "
                + "create (there is no cookbook_schema_history); migrate into an empty database or schema" + NL);
    }
}
