-- Recipe: activityOf (seed idea: union_all of two queries into one feed)
-- Each branch is limited too, so that neither reads all of a heavy user's rows: the newest :limit of the merged list
-- are among the newest :limit of each branch. UNION ALL, not UNION: there is nothing to deduplicate, and UNION would
-- sort for it. 'POSTED' sorts after 'LIKED', so kind DESC puts a post before a like at the same instant; post_id DESC
-- makes the order total (a user likes a post at most once).
(
    SELECT 'POSTED' AS kind, posts.id AS post_id, posts.created_at AS at
    FROM posts
    WHERE posts.user_id = :user_id
    ORDER BY posts.created_at DESC, posts.id DESC
    LIMIT :limit
)
UNION ALL
(
    SELECT 'LIKED', post_likes.post_id, post_likes.created_at
    FROM post_likes
    WHERE post_likes.user_id = :user_id
    ORDER BY post_likes.created_at DESC, post_likes.post_id DESC
    LIMIT :limit
)
ORDER BY at DESC, kind DESC, post_id DESC
LIMIT :limit;
