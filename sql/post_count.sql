-- Recipe: postsByLikeCountPage, past the last page (seed idea: Pagination.total)
-- The totals of a page that has no rows, where posts_by_like_count_page.sql has no row to carry its window count.
-- It counts posts, as that query's groups do: one group per post, liked or not.
SELECT COUNT(*) AS total_items
FROM posts;
