-- Recipe: feed, first page (no cursor yet)
-- The newest posts; the cursor of the last one shown asks feed.sql for the next page.
-- Pass :fetch_size = page size + 1: the extra row only tells whether a next page exists.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
ORDER BY posts.created_at DESC, posts.id DESC
LIMIT :fetch_size;
