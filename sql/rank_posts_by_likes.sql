-- Recipe: rankPostsByLikes (seed idea: func.rank() and func.dense_rank() over (order_by=...))
-- Both rankings side by side, so ties are visible: RANK skips the places a tie takes (1, 2, 2, 4), DENSE_RANK does
-- not (1, 2, 2, 3). The windows run after GROUP BY, so they can order by the COUNT. The outer ORDER BY only sorts
-- the rows; its id tie-breaker keeps tied posts in a stable order.
SELECT posts.id,
       COUNT(post_likes.user_id) AS like_count,
       RANK() OVER (ORDER BY COUNT(post_likes.user_id) DESC) AS like_rank,
       DENSE_RANK() OVER (ORDER BY COUNT(post_likes.user_id) DESC) AS dense_like_rank
FROM posts
LEFT JOIN post_likes ON post_likes.post_id = posts.id
GROUP BY posts.id
ORDER BY like_count DESC, posts.id ASC;
