-- Recipe: unlike
-- 1 row when it removed the like, 0 when there was none, unknown ids included.
DELETE FROM post_likes
WHERE post_likes.user_id = :user_id
  AND post_likes.post_id = :post_id;
