-- Recipe: likersOfPostsBy (seed idea: multi-join + filter, then a set comprehension for uniqueness)
-- The filter on the author is a row condition, so it belongs in WHERE: the seed's HAVING without GROUP BY fails on
-- all three engines (H2 and PostgreSQL want a GROUP BY, MariaDB cannot see posts.user_id there). DISTINCT replaces
-- the seed's set comprehension, so a fan who liked three of the author's posts is listed once.
SELECT DISTINCT users.username
FROM users
JOIN post_likes ON post_likes.user_id = users.id
JOIN posts ON posts.id = post_likes.post_id
WHERE posts.user_id = :author_id
ORDER BY users.username;
