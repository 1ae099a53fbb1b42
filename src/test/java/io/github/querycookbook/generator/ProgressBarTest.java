package io.github.querycookbook.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The command line's progress bar, on a clock the test moves. */
class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String NL = System.lineSeparator();

    private final AtomicLong clock = new AtomicLong(5 * SECOND);
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void showsThePercentageTheRateAndTheTimeLeft() {
        ProgressBar bar = bar(true);
        clock.addAndGet(2 * SECOND);

        assertThat(bar.line(250_000, 1_000_000, clock.get())).isEqualTo(
                "[#######.......................]  25%  250,000/1,000,000 rows  125,000 rows/s  ETA 0:06");
    }

    @Test
    void showsHoursInTheTimeLeftOfALongLoad() {
        ProgressBar bar = bar(true);
        clock.addAndGet(100 * SECOND);

        assertThat(bar.line(1_000, 100_000, clock.get())).endsWith("10 rows/s  ETA 2:45:00");
    }

    @Test
    void redrawsOneLineInPlaceOnATerminalAtMostFourTimesASecond() {
        // given
        ProgressBar bar = bar(true);

        // when
        bar.rows(0, 100);
        bar.rows(10, 100);
        clock.addAndGet(SECOND);
        bar.rows(50, 100);
        bar.rows(100, 100);

        // then the update at 10 % came too soon after the first; the last ends the line
        assertThat(text()).startsWith("\r[...").doesNotContain(" 10%").contains("\r[###############.").contains(" 50%")
                .endsWith(" 100%  100/100 rows  100 rows/s  ETA 0:00" + NL);
        assertThat(text().strip()).doesNotContain("\n");
    }

    @Test
    void printsAPlainLineAtEveryTenthWhenNotATerminal() {
        // given
        ProgressBar bar = bar(false);

        // when
        for (long done = 0; done <= 1_000; done += 50) {
            bar.rows(done, 1_000);
        }

        // then
        assertThat(text()).doesNotContain("\r").hasLineCount(11);
    }

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), terminal, clock::get);
    }

    private String text() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
