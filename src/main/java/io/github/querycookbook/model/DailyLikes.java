package io.github.querycookbook.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The likes one post received on one UTC day.
 *
 * @param day   the UTC day
 * @param likes how many likes the post received that day, 0 included
 */
public record DailyLikes(LocalDate day, long likes) {

    public DailyLikes {
        Objects.requireNonNull(day, "day");
    }
}
