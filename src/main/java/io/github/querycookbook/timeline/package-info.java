/**
 * Recipes on a time line: the likes of a post per day, days without likes included ({@code dailyLikes}, a
 * recursive CTE that generates the days, then a left join and a count), and a user's activity
 * ({@code activityOf}, {@code union all} of what they posted and what they liked, each branch limited too).
 *
 * <p>{@link io.github.querycookbook.timeline.TimelineQueries} builds each query without running it;
 * {@link io.github.querycookbook.QueryCookbook} runs and maps it, after
 * {@link io.github.querycookbook.timeline.TimelineArguments} has checked the arguments.
 */
package io.github.querycookbook.timeline;
