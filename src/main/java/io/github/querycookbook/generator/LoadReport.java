package io.github.querycookbook.generator;

import java.util.Locale;

/**
 * What a {@link DataGenerator#load load} wrote and how fast.
 *
 * @param users       rows written to {@code users}
 * @param posts       rows written to {@code posts}
 * @param likes       rows written to {@code post_likes}
 * @param seconds     the whole load, from the migration to the last commit
 * @param likeSeconds the likes alone: generating, sending and committing them
 */
public record LoadReport(long users, long posts, long likes, double seconds, double likeSeconds) {

    /** Likes written per second of {@link #likeSeconds}; 0 when there were none. */
    public double likesPerSecond() {
        return likes == 0 ? 0 : likes / likeSeconds;
    }

    /** One line for people, such as the command line prints. */
    public String summary() {
        return String.format(Locale.ROOT, "loaded %,d users, %,d posts and %,d likes in %.1f s (likes: %.1f s, %,.0f"
                + " likes/s)", users, posts, likes, seconds, likeSeconds, likesPerSecond());
    }
}
