-- Recipe: postsByLikeCountJson, for MariaDB (see ../posts_by_like_count_json.sql for the common file)
-- MariaDB's JSON_ARRAYAGG is a GROUP_CONCAT underneath: past group_concat_max_len (1 MiB by default) it cuts the
-- text, only warns, and returns broken JSON, or valid JSON with posts missing when the cut falls between two. The
-- outer CASE compares the array's length with the number of posts and returns NULL when they differ, which the
-- caller reports as an error; raising group_concat_max_len (Connector/J URL option
-- sessionVariables=group_concat_max_len=67108864) makes it fit. JSON_EXTRACT(…, '$') rewrites the array as MariaDB
-- prints JSON, with ", " between elements, as jOOQ's JSON_MERGE_PRESERVE does, so both give the same text.
SELECT CASE WHEN JSON_LENGTH(aggregated.posts) = aggregated.post_count
            THEN JSON_EXTRACT(aggregated.posts, '$') END AS posts
FROM (
    SELECT COALESCE(
               JSON_ARRAYAGG(
                   JSON_OBJECT('content', counted.content, 'id', counted.id,
                               'like_count', counted.like_count, 'user_id', counted.user_id)
                   ORDER BY counted.like_count DESC, counted.id ASC),
               JSON_ARRAY()) AS posts,
           COUNT(*) AS post_count
    FROM (
        SELECT posts.id, posts.content, posts.user_id, COALESCE(liked.likes, 0) AS like_count
        FROM posts
        LEFT JOIN (
            SELECT post_likes.post_id, COUNT(*) AS likes
            FROM post_likes
            GROUP BY post_likes.post_id
        ) liked ON liked.post_id = posts.id
    ) counted
) aggregated;
