-- Recipe: postsByLikeCountJson (seed idea: jsonify the like counts, built by the database instead of Python)
-- The rows of posts_by_like_count.sql as one JSON array, in standard SQL/JSON (H2). The ORDER BY belongs inside the
-- aggregate: outside, it would sort the single result row. An aggregate over no rows is NULL, hence the COALESCE
-- to an empty array. PostgreSQL and MariaDB spell it differently, see ./postgres and ./mariadb.
SELECT COALESCE(
    JSON_ARRAYAGG(
        JSON_OBJECT(KEY 'content' VALUE counted.content, KEY 'id' VALUE counted.id,
                    KEY 'like_count' VALUE counted.like_count, KEY 'user_id' VALUE counted.user_id)
        ORDER BY counted.like_count DESC, counted.id ASC),
    JSON_ARRAY()) AS posts
FROM (
    SELECT posts.id, posts.content, posts.user_id, COUNT(post_likes.user_id) AS like_count
    FROM posts
    LEFT JOIN post_likes ON post_likes.post_id = posts.id
    GROUP BY posts.id, posts.content, posts.user_id
) counted;
