-- Indexes that let two recipes read only the rows they return, whatever the number of likes (issue 10, section 4).
-- The EXPLAIN test PlansAtScaleTest checks that PostgreSQL uses them at 10^5 likes.
-- MariaDB has its own copy in ../mariadb; SchemaParityTest keeps the two equal.

-- activityOf: a user's newest likes, read backwards from the end of the user's range and stopped after the limit,
-- as ix_posts_user_id_created_at_id does for the posts branch. Without it the engine sorts all of the user's likes.
CREATE INDEX ix_post_likes_user_id_created_at_post_id ON post_likes (user_id, created_at, post_id);

-- dailyLikes: the likes of one post within the days asked for, a range of this index read without touching the table
-- (user_id is what the recipe counts), instead of every like the post ever had through the primary key, which a
-- popular post has in the thousands.
CREATE INDEX ix_post_likes_post_id_created_at_user_id ON post_likes (post_id, created_at, user_id);
