package io.github.querycookbook.generator;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The command line's progress: on a terminal one line redrawn in place with {@code \r} (at most
 * {@value #REDRAWS_PER_SECOND} times a second) showing a bar, the percentage, rows per second and the time left; when
 * the output is not a terminal (a log, a pipe) a plain line at every tenth of the way, so that logs stay readable.
 */
final class ProgressBar implements LoadProgress {

    private static final int WIDTH = 30;
    private static final int REDRAWS_PER_SECOND = 4;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDraw;
    private boolean drawn;
    private int lastLength;
    private long lastTenth = -1;

    ProgressBar(PrintStream err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void rows(long done, long total) {
        long now = nanoTime.getAsLong();
        boolean finished = done >= total;
        if (terminal) {
            if (finished || !drawn || now - lastDraw >= 1_000_000_000L / REDRAWS_PER_SECOND) {
                drawn = true;
                lastDraw = now;
                String line = line(done, total, now);
                // Spaces wipe the end of a longer line drawn before, such as one with an hour in its time left.
                err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length()))
                        + (finished ? System.lineSeparator() : ""));
                lastLength = line.length();
                err.flush();
            }
        } else {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.println(line(done, total, now));
            }
        }
    }

    /**
     * The progress as one line, such as
     * {@code [#######.....]  25%  250,000/1,000,000 rows  312,000 rows/s  ETA 0:02}.
     */
    String line(long done, long total, long now) {
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) (fraction * WIDTH);
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        String eta = done == 0 ? "?" : clock((long) ((total - done) / rate));
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d/%,d rows  %,.0f rows/s  ETA %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), (int) (fraction * 100), done, total, rate, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
