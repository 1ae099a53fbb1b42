-- Recipe: likeStatsSince (seed idea: conditional aggregation, func.count().filter(...))
-- All-time and recent likes of every post in one pass over the same rows. The SQL standard writes the recent count
-- as COUNT(post_likes.user_id) FILTER (WHERE post_likes.created_at >= :since), which H2 and PostgreSQL accept and
-- MariaDB does not; a CASE without ELSE yields NULL for older likes, COUNT skips NULLs, and so this one file counts
-- the same rows on all three engines. Filtering created_at in WHERE instead would drop the older likes from the
-- total, and the posts without recent likes altogether.
SELECT posts.id,
       COUNT(post_likes.user_id) AS total_likes,
       COUNT(CASE WHEN post_likes.created_at >= :since THEN post_likes.user_id END) AS likes_since
FROM posts
LEFT JOIN post_likes ON post_likes.post_id = posts.id
GROUP BY posts.id
ORDER BY posts.id ASC;
