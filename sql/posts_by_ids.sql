-- Recipe: postsByIds (seed idea: filter(Post.id.in_(ids)), with many ids)
-- :ids is a list: the runner writes one ? per id and binds each. Engines cap the bind values of one statement
-- (PostgreSQL at 32,767, MariaDB's server-side statements at 65,535, and H2 arrays at 65,536 elements), so the
-- cookbook sends at most 10,000 distinct ids per run, in ascending order, and appends the batches' rows.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
WHERE posts.id IN (:ids)
ORDER BY posts.id;
