-- Recipe: topPostPerAuthor (seed idea: "greatest-n-per-group" with row_number() over (partition_by=...))
-- ROW_NUMBER numbers each author's posts from the most liked; the outer query keeps number 1. The filter needs the
-- outer query because window functions are computed after WHERE. The window's ORDER BY ends in created_at DESC and
-- id DESC, so equally liked posts go to the newest one, then to the higher id, the same way on every run.
SELECT ranked.id, ranked.content, ranked.user_id, ranked.like_count
FROM (
    SELECT posts.id, posts.content, posts.user_id, COUNT(post_likes.user_id) AS like_count,
           ROW_NUMBER() OVER (
               PARTITION BY posts.user_id
               ORDER BY COUNT(post_likes.user_id) DESC, posts.created_at DESC, posts.id DESC
           ) AS place
    FROM posts
    LEFT JOIN post_likes ON post_likes.post_id = posts.id
    GROUP BY posts.id, posts.content, posts.user_id, posts.created_at
) AS ranked
WHERE ranked.place = 1
ORDER BY ranked.user_id ASC;
