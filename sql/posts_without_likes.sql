-- Recipe: postsWithoutLikes (seed idea: the anti-join, posts with no likes)
-- NOT EXISTS asks for "no matching like" directly and ignores NULLs. LEFT JOIN post_likes ... WHERE
-- post_likes.post_id IS NULL gives the same rows. NOT IN (SELECT post_likes.post_id ...) works only while that
-- column can never be NULL: one NULL there makes NOT IN unknown for every row, and the query returns nothing.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
WHERE NOT EXISTS (
    SELECT 1
    FROM post_likes
    WHERE post_likes.post_id = posts.id
)
ORDER BY posts.created_at DESC, posts.id DESC;
