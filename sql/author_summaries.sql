-- Recipe: authorSummaries (seed idea: each user with user.posts and each post's like count)
-- The flat join people write by hand: one row per user and post with the post's like count, and one row with a
-- NULL post_id for a user without posts (LEFT JOIN). COUNT(post_likes.user_id) gives 0 for a post nobody liked.
-- Sorted by user first, so Java groups consecutive rows in one pass; their posts follow, newest first.
SELECT users.id AS user_id, users.username, posts.id AS post_id, posts.content, COUNT(post_likes.user_id) AS like_count
FROM users
LEFT JOIN posts ON posts.user_id = users.id
LEFT JOIN post_likes ON post_likes.post_id = posts.id
GROUP BY users.id, users.username, posts.id, posts.content, posts.created_at
ORDER BY users.id, posts.created_at DESC, posts.id DESC;
