-- Recipe: topPostsByLikeCountAfter (keyset pagination of top_posts_by_like_count.sql)
-- The :limit posts after the cursor (:like_count, :id), the last post of the previous page, in the ranking's order:
-- like_count descending, id ascending. The directions differ, so a row comparison (like_count, id) < (…) would be
-- wrong; the cursor's successors are the rest of its count (same like_count, higher id) followed by every lower
-- count. Each half is one range of ix_posts_like_count_id read in index order and cut at :limit, so a page deep in the
-- ranking costs what the first one does. The single condition
--   like_count < :like_count OR (like_count = :like_count AND id > :id)
-- gives the same rows, but engines read the index from its start and filter: O(rows before the page).
-- A post liked or unliked between two pages can cross the cursor, and be skipped or shown twice.
SELECT page.id, page.content, page.user_id, page.like_count
FROM (
    (SELECT posts.id, posts.content, posts.user_id, posts.like_count
     FROM posts
     WHERE posts.like_count = :like_count AND posts.id > :id
     ORDER BY posts.like_count DESC, posts.id ASC
     LIMIT :limit)
    UNION ALL
    (SELECT posts.id, posts.content, posts.user_id, posts.like_count
     FROM posts
     WHERE posts.like_count < :like_count
     ORDER BY posts.like_count DESC, posts.id ASC
     LIMIT :limit)
) AS page
ORDER BY page.like_count DESC, page.id ASC
LIMIT :limit;
