-- Recipe: feed (seed idea: order_by(Post.created_at.desc()) paged by a cursor instead of an offset)
-- The posts strictly after the cursor (:created_at, :id) in newest-first order: the row comparison is true when
-- created_at is older, or equal with a lower id, so posts created at the same instant are neither skipped nor
-- repeated. The index ix_posts_created_at_id finds where the page starts; posts inserted meanwhile shift nothing.
-- Pass :fetch_size = page size + 1: the extra row only tells whether a next page exists.
-- Without a cursor (the first page), feed_first_page.sql runs instead.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
WHERE (posts.created_at, posts.id) < (:created_at, :id)
ORDER BY posts.created_at DESC, posts.id DESC
LIMIT :fetch_size;
