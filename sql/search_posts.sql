-- Recipe: searchPosts (seed idea: query.filter(...) added only for the criteria that are set)
-- A static file cannot leave a condition out, so each criterion is skipped by binding it as NULL: the catch-all
-- "(:x IS NULL OR ...)" form that the jOOQ recipe avoids by building only the conditions that are set. The casts
-- tell H2 and PostgreSQL the type of a parameter that is only tested for NULL.
-- :pattern is the text with %, _ and ! escaped by '!' and wrapped in %, so the text matches itself anywhere.
-- ILIKE ignores case without H2's LOWER(), which follows the JVM's locale. MariaDB has its own file.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
WHERE (CAST(:author_id AS BIGINT) IS NULL OR posts.user_id = :author_id)
  AND (CAST(:pattern AS VARCHAR) IS NULL OR posts.content ILIKE :pattern ESCAPE '!')
  AND (CAST(:created_from AS TIMESTAMP) IS NULL OR posts.created_at >= :created_from)
  AND (CAST(:created_before AS TIMESTAMP) IS NULL OR posts.created_at < :created_before)
  AND (CAST(:min_likes AS BIGINT) IS NULL
       OR (SELECT COUNT(*) FROM post_likes WHERE post_likes.post_id = posts.id) >= :min_likes)
ORDER BY posts.created_at DESC, posts.id DESC;
