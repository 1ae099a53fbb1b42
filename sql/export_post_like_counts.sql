-- Recipe: exportPostLikeCounts (every post with its like count, streamed to a Writer as CSV or JSON lines)
-- One row per post in primary-key order, the count from a correlated subquery on pk_post_likes (post_id, user_id):
-- the engine walks posts by id and emits each row as soon as it is counted, with no GROUP BY to finish and no sort,
-- so the first rows leave at once. COUNT(*) of a subquery is 0 for a post nobody liked, never NULL.
-- The file is only half of the recipe: the client must fetch the rows in chunks (a fetch size, and on PostgreSQL a
-- transaction), or the driver reads the whole result into memory before the first row.
SELECT posts.id,
       posts.user_id,
       posts.content,
       (SELECT COUNT(*) FROM post_likes WHERE post_likes.post_id = posts.id) AS like_count
FROM posts
ORDER BY posts.id ASC;
