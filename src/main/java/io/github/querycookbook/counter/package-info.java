/**
 * The counter {@code posts.like_count} that the database keeps with triggers, so that the ranking by likes costs
 * an index range scan: {@link io.github.querycookbook.counter.LikeCounter} documents the triggers and the bulk-load
 * escape hatch, {@link io.github.querycookbook.counter.H2LikeCountTrigger} is H2's trigger class.
 */
package io.github.querycookbook.counter;
