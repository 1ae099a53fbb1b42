package io.github.querycookbook.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The command line, run in-process: its parser, exit statuses, usage and output. */
class GenerateDataTest {

    private static final String NL = System.lineSeparator();

    /** One in-process run: its exit status and what it printed. */
    private record Run(int status, String out, String err) {

        static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = GenerateData.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false, args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class Parsing {

        @Test
        void readsEveryOptionAndNumbersWithUnderscores() {
            GenerateDataOptions options = GenerateDataOptions.parse("--users", "1_000", "--posts", "20_000", "--likes",
                    "1_000_000", "--url", "jdbc:h2:mem:x", "--user", "sa", "--password", "secret", "--seed", "42");

            assertThat(options).isEqualTo(new GenerateDataOptions(new DataSpec(1_000, 20_000, 1_000_000, 42),
                    "jdbc:h2:mem:x", "sa", "secret", false));
        }

        @Test
        void usesSeedOneAndNoCredentialsByDefault() {
            GenerateDataOptions options = GenerateDataOptions.parse("--url", "jdbc:h2:mem:x", "--likes", "3",
                    "--posts", "2", "--users", "2");

            assertThat(options).isEqualTo(new GenerateDataOptions(new DataSpec(2, 2, 3, 1), "jdbc:h2:mem:x", null,
                    null, false));
        }
    }

    @Nested
    class BadArguments {

        @Test
        void explainsAnUnknownArgumentWithTheUsage() {
            assertBad("generate-data: unknown argument --likez", "--likez", "5");
        }

        @Test
        void namesTheMissingOptions() {
            assertBad("generate-data: missing --posts, --url", "--users", "5", "--likes", "5");
        }

        @Test
        void saysAnOptionNeedsAValue() {
            assertBad("generate-data: --url needs a value", "--users", "5", "--url");
        }

        @Test
        void refusesANumberThatIsNotAWholeNumber() {
            assertBad("generate-data: --users must be a whole number of 0 or more, was -3", "--users", "-3",
                    "--posts", "1", "--likes", "1", "--url", "jdbc:h2:mem:x");
        }

        @Test
        void refusesMoreUsersThanAnInt() {
            assertBad("generate-data: --users must be at most 2147483647, was 3_000_000_000", "--users",
                    "3_000_000_000", "--posts", "1", "--likes", "1", "--url", "jdbc:h2:mem:x");
        }

        @Test
        void refusesAnOptionGivenTwice() {
            assertBad("generate-data: --seed is given twice", "--seed", "1", "--seed", "2");
        }

        @Test
        void refusesMoreLikesThanPairs() {
            assertBad("generate-data: likes must be at most users × posts = 2 × 3 = 6 (each like is a distinct user "
                    + "and post), was 7", "--users", "2", "--posts", "3", "--likes", "7", "--url", "jdbc:h2:mem:x");
        }

        private void assertBad(String message, String... args) {
            Run run = Run.of(args);

            assertThat(run.status()).isEqualTo(GenerateData.BAD_ARGUMENTS);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo(message + NL + GenerateDataOptions.USAGE + NL);
        }
    }

    @Test
    void printsTheHelpAndExitsZero() {
        Run run = Run.of("--help");

        assertThat(run.status()).isEqualTo(GenerateData.LOADED);
        assertThat(run.out()).isEqualTo(GenerateDataOptions.HELP + NL).startsWith(GenerateDataOptions.USAGE);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void loadsAnH2DatabaseAndSummarisesTheLoad() {
        Run run = Run.of("--users", "10", "--posts", "20", "--likes", "30", "--url",
                "jdbc:h2:mem:generate_data_test;DB_CLOSE_DELAY=-1");

        assertThat(run.status()).isEqualTo(GenerateData.LOADED);
        assertThat(run.out()).startsWith("loaded 10 users, 20 posts and 30 likes in ").hasLineCount(1);
        assertThat(run.err().lines()).first().asString().startsWith("[..............................]   0%  0/60 rows");
        assertThat(run.err().lines()).last().asString().startsWith("[##############################] 100%  60/60 rows");
    }

    @Test
    void reportsAFailedConnectionInOneLineWithStatusOne() {
        Run run = Run.of("--users", "1", "--posts", "1", "--likes", "1", "--url", "jdbc:nosuchdb:x");

        assertThat(run.status()).isEqualTo(GenerateData.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("generate-data: cannot connect to jdbc:nosuchdb:x: "
                + "No suitable driver found for jdbc:nosuchdb:x" + NL);
    }
}
