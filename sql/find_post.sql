-- Recipes: findPost and getPost (seed ideas: first() and first_or_404())
-- At most one row, because id is the primary key: no LIMIT needed, and none that could hide a second row.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
WHERE posts.id = :post_id;
