-- Recipe: postsWithLikers (seed idea: each post with post.liked_by, without a query per post)
-- The flat join people write by hand: one row per post and liker, and one row with a NULL username for a post
-- nobody liked (LEFT JOIN). Sorted by post first, so Java groups consecutive rows in one pass; the usernames follow
-- within each post, in the engine's ascending order.
SELECT posts.id, posts.content, users.username
FROM posts
LEFT JOIN post_likes ON post_likes.post_id = posts.id
LEFT JOIN users ON users.id = post_likes.user_id
ORDER BY posts.created_at DESC, posts.id DESC, users.username;
