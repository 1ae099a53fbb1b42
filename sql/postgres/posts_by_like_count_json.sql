-- Recipe: postsByLikeCountJson, for PostgreSQL (see ../posts_by_like_count_json.sql for the common file)
-- PostgreSQL 15 has no JSON_ARRAYAGG or JSON_OBJECT(KEY … VALUE …); json_agg and json_build_object do the same, and
-- json (not jsonb) keeps the keys in the order written.
SELECT COALESCE(
    json_agg(
        json_build_object('content', counted.content, 'id', counted.id,
                          'like_count', counted.like_count, 'user_id', counted.user_id)
        ORDER BY counted.like_count DESC, counted.id ASC),
    json_build_array()) AS posts
FROM (
    SELECT posts.id, posts.content, posts.user_id, COALESCE(liked.likes, 0) AS like_count
    FROM posts
    LEFT JOIN (
        SELECT post_likes.post_id, COUNT(*) AS likes
        FROM post_likes
        GROUP BY post_likes.post_id
    ) liked ON liked.post_id = posts.id
) counted;
