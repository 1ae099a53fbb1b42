-- Recipe: authorsWithAtLeast (seed idea: group_by + having(func.count(...) >= n))
-- The likes each user received over all their posts, self-likes included. The threshold is on a group's total, so
-- it belongs in HAVING: WHERE runs before the rows are grouped and cannot see COUNT. Both joins are LEFT JOINs, so
-- users without posts, or whose posts nobody liked, stay in with 0 (and pass :min_likes = 0).
SELECT users.id, users.username, COUNT(post_likes.user_id) AS likes_received
FROM users
LEFT JOIN posts ON posts.user_id = users.id
LEFT JOIN post_likes ON post_likes.post_id = posts.id
GROUP BY users.id, users.username
HAVING COUNT(post_likes.user_id) >= :min_likes
ORDER BY likes_received DESC, users.id ASC;
