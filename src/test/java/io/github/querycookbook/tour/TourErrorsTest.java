package io.github.querycookbook.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tour cannot run: one line on stderr, exit status 2, never a stack trace. */
class TourErrorsTest {

    @Test
    void reportsAnUnknownDriverInOneLineWithoutAStackTrace() {
        TourRun run = TourRun.of("--url", "jdbc:nosuchdb:whatever");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tour: cannot connect to jdbc:nosuchdb:whatever: "
                + "No suitable driver found for jdbc:nosuchdb:whatever" + System.lineSeparator());
    }

    @Test
    void reportsAnUnreachableServerInOneLine() {
        TourRun run = TourRun.of("--url", "jdbc:postgresql://127.0.0.1:1/nowhere");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.err()).startsWith("tour: cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere: ")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void reportsBadCredentialsInOneLine() {
        TourRun run = TourRun.of("--url", "jdbc:h2:mem:tour_credentials;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=right",
                "--user", "sa", "--password", "wrong");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.err()).startsWith("tour: ").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void explainsAnUnknownArgumentWithTheUsage() {
        TourRun run = TourRun.of("--ulr", "jdbc:h2:mem:x");

        assertThat(run.status()).isEqualTo(Tour.CANNOT_RUN);
        assertThat(run.err()).isEqualTo("tour: unknown argument --ulr" + System.lineSeparator()
                + TourOptions.USAGE + System.lineSeparator());
    }
}
