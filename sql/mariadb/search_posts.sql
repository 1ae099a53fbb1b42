-- Recipe: searchPosts, for MariaDB (see ../search_posts.sql for the common file)
-- MariaDB has no ILIKE, and the table's binary collation makes LIKE compare case: LOWER() on both sides ignores it.
-- With ESCAPE '!' the backslash is an ordinary character, as on the other engines. No casts: MariaDB accepts an
-- untyped NULL parameter.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
WHERE (:author_id IS NULL OR posts.user_id = :author_id)
  AND (:pattern IS NULL OR LOWER(posts.content) LIKE LOWER(:pattern) ESCAPE '!')
  AND (:created_from IS NULL OR posts.created_at >= :created_from)
  AND (:created_before IS NULL OR posts.created_at < :created_before)
  AND (:min_likes IS NULL
       OR (SELECT COUNT(*) FROM post_likes WHERE post_likes.post_id = posts.id) >= :min_likes)
ORDER BY posts.created_at DESC, posts.id DESC;
