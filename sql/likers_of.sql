-- Recipe: likersOf (seed idea: post.liked_by, a many-to-many relationship through the link table)
-- The usernames of a post's likers: from posts through post_likes to users. The primary key of post_likes allows
-- one like per user and post, so no DISTINCT is needed. Non-ASCII names sort by each engine's collation.
SELECT users.username
FROM posts
JOIN post_likes ON post_likes.post_id = posts.id
JOIN users ON users.id = post_likes.user_id
WHERE posts.id = :post_id
ORDER BY users.username;
