-- Recipe: postsBy (seed idea: filter(Post.user_id == id).all())
-- An author's posts, newest first, with the same id tie-breaker as postsNewestFirst.
-- The index ix_posts_user_id_created_at_id serves both the filter and the order.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
WHERE posts.user_id = :author_id
ORDER BY posts.created_at DESC, posts.id DESC;
