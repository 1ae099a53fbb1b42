-- Recipe: postsByLikeCountJson (seed idea: jsonify the like counts, built by the database instead of Python)
-- The rows of posts_by_like_count.sql as one JSON array, in standard SQL/JSON (H2). The ORDER BY belongs inside the
-- aggregate: outside, it would sort the single result row. An aggregate over no rows is NULL, hence the COALESCE
-- to an empty array. PostgreSQL and MariaDB spell it differently, see ./postgres and ./mariadb.
-- The likes are counted per post id on post_likes alone, then joined to the posts (0 where none): grouping the joined
-- rows by posts.id, posts.content, posts.user_id gives the same counts, slower, with every content in the group key.
SELECT COALESCE(
    JSON_ARRAYAGG(
        JSON_OBJECT(KEY 'content' VALUE counted.content, KEY 'id' VALUE counted.id,
                    KEY 'like_count' VALUE counted.like_count, KEY 'user_id' VALUE counted.user_id)
        ORDER BY counted.like_count DESC, counted.id ASC),
    JSON_ARRAY()) AS posts
FROM (
    SELECT posts.id, posts.content, posts.user_id, COALESCE(liked.likes, 0) AS like_count
    FROM posts
    LEFT JOIN (
        SELECT post_likes.post_id, COUNT(*) AS likes
        FROM post_likes
        GROUP BY post_likes.post_id
    ) liked ON liked.post_id = posts.id
) counted;
