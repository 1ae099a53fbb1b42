-- Recipe: postsByLikeCountPage (seed idea: paginate(page=..., per_page=...), pages counted from 1)
-- One page of posts_by_like_count.sql, with the number of posts on all pages in every row: COUNT(*) OVER () runs
-- after GROUP BY and before LIMIT, so it counts the grouped rows (posts), not likes, and not only this page's rows.
-- A page past the end has no row to carry that count: then run post_count.sql for the totals.
-- Pass :offset = (page number - 1) * :page_size, computed as a 64-bit number: it outgrows a 32-bit int.
SELECT posts.id, posts.content, posts.user_id, COUNT(post_likes.user_id) AS like_count,
       COUNT(*) OVER () AS total_items
FROM posts
LEFT JOIN post_likes ON post_likes.post_id = posts.id
GROUP BY posts.id, posts.content, posts.user_id
ORDER BY like_count DESC, posts.id ASC
LIMIT :page_size OFFSET :offset;
