-- Recipe: hasLiked (seed idea: query(...).filter(...).first() is not None, an existence check)
-- One row with one flag: EXISTS stops at the first matching like, where COUNT(*) would count them all.
-- Unknown ids give false, not an error. MariaDB returns the flag as 1 or 0, which JDBC reads as a boolean.
SELECT EXISTS (
    SELECT 1
    FROM post_likes
    WHERE post_likes.user_id = :user_id
      AND post_likes.post_id = :post_id
) AS liked;
