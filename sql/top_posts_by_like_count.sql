-- Recipe: topPostsByLikeCount (the seed's posts by like count, the top :limit only, read from the counter)
-- posts.like_count is kept by the triggers of migration V3, so the top posts are the first :limit entries of the
-- index ix_posts_like_count_id (like_count DESC, id): no like is counted, however many there are. Same order as
-- posts_by_like_count.sql: most liked first, ties by id ascending.
SELECT posts.id, posts.content, posts.user_id, posts.like_count
FROM posts
ORDER BY posts.like_count DESC, posts.id ASC
LIMIT :limit;
