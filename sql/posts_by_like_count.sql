-- Recipe: postsByLikeCount (seed idea: join + group_by + count + with_entities(... label("like_count")))
-- LEFT JOIN keeps posts nobody liked; the seed's inner join drops them silently.
-- COUNT(post_likes.user_id) counts likes; COUNT(*) would count the LEFT JOIN's one all-NULL row as a like.
SELECT posts.id, posts.content, posts.user_id, COUNT(post_likes.user_id) AS like_count
FROM posts
LEFT JOIN post_likes ON post_likes.post_id = posts.id
GROUP BY posts.id, posts.content, posts.user_id
ORDER BY like_count DESC, posts.id ASC;
