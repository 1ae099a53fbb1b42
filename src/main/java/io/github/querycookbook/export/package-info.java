/**
 * A recipe that streams: {@code exportPostLikeCounts} writes every post with its like count to a
 * {@link java.io.Writer} as CSV or JSON lines while the rows arrive, in a heap that stays flat however many posts
 * there are.
 *
 * <p>{@link io.github.querycookbook.export.ExportQueries} builds the query; both cookbooks run it with a fetch size in
 * a {@link io.github.querycookbook.export.StreamingRead} and write each row with the shared
 * {@link io.github.querycookbook.export.ExportWriter}.
 */
package io.github.querycookbook.export;
