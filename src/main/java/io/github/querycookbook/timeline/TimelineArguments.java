package io.github.querycookbook.timeline;

import io.github.querycookbook.Arguments;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The argument checks of the timeline recipes, shared by both cookbooks so that they fail alike, before any SQL
 * runs.
 */
public final class TimelineArguments {

    /** The longest range of {@code dailyLikes}, both ends counted: a leap year. */
    public static final int MAX_DAYS = 366;

    /** The most entries {@code activityOf} returns. */
    public static final int MAX_ACTIVITY_LIMIT = 100;

    private TimelineArguments() {
    }

    /**
     * Checks a range of days, both ends included.
     *
     * @throws NullPointerException     if {@code from} or {@code to} is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or the range has more than
     *                                  {@value #MAX_DAYS} days
     */
    public static void checkDays(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from, was from " + from + " to " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("the range from " + from + " to " + to + " has " + days
                    + " days, at most " + MAX_DAYS + " are allowed");
        }
    }

    /**
     * Checks the number of activity entries asked for.
     *
     * @throws IllegalArgumentException unless {@code limit} is between 1 and {@value #MAX_ACTIVITY_LIMIT}
     */
    public static void checkActivityLimit(int limit) {
        Arguments.between("limit", limit, 1, MAX_ACTIVITY_LIMIT);
    }
}
