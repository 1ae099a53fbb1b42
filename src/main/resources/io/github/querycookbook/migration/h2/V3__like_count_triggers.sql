-- Keeps posts.like_count (V2) equal to the number of post_likes rows of each post, whoever writes the likes: the
-- cookbook, a user's own SQL, a bulk INSERT, and the deletes that ON DELETE CASCADE makes when a user or a post goes
-- (H2 fires triggers for those). The same counters as ../postgresql/V3 and ../mariadb/V3; on H2 a trigger is a Java
-- class, shipped in the cookbook's jar: io.github.querycookbook.counter.H2LikeCountTrigger, one update of the post
-- per row (H2 has row-level triggers only, and no transition tables).
--
-- Bulk-load escape hatch: a session that ran
--     SET @cookbook_like_count = 'off';
-- writes likes without touching the counters, and must set posts.like_count itself, for example with the backfill
-- of V2:
--     UPDATE posts SET like_count = (SELECT COUNT(*) FROM post_likes WHERE post_likes.post_id = posts.id);
-- and then SET @cookbook_like_count = NULL. The variable lives as long as the session: a pooled connection keeps it.
--
-- TRUNCATE post_likes fires no trigger: recount afterwards.

CREATE TRIGGER tr_post_likes_count AFTER INSERT, UPDATE, DELETE ON post_likes
    FOR EACH ROW CALL 'io.github.querycookbook.counter.H2LikeCountTrigger';
