-- Recipe: alsoLiked ("people who liked this also liked": a self-join of the link table; not in the seed article)
-- likers are the likes of :post_id; other_likes are every other like by the same users. The derived table counts
-- the users behind each other post on post_likes alone, grouped by one id; the content of the posts that made it is
-- looked up afterwards. Grouping the joined rows by posts.content too gives the same rows, slower.
-- post_id <> excludes the post itself, which every liker shares; a post that shares no liker has no row to count.
-- The LIMIT is inside the derived table, so at most :limit posts are looked up by primary key; outside it, PostgreSQL
-- joins every counted post, and past a thousand of them reads all of posts sequentially. The content comes from a
-- scalar subquery, not a join: joined to posts on post_id, MariaDB may run the derived table once per post
-- (LATERAL DERIVED, its split_materialized optimisation) and apply the LIMIT to each post (MDEV-31887). The outer
-- ORDER BY repeats the order, which a derived table does not keep.
SELECT shared.post_id,
       (SELECT posts.content FROM posts WHERE posts.id = shared.post_id) AS content,
       shared.shared_likers
FROM (
    SELECT other_likes.post_id, COUNT(*) AS shared_likers
    FROM post_likes AS likers
    JOIN post_likes AS other_likes
        ON other_likes.user_id = likers.user_id
        AND other_likes.post_id <> likers.post_id
    WHERE likers.post_id = :post_id
    GROUP BY other_likes.post_id
    ORDER BY shared_likers DESC, other_likes.post_id ASC
    LIMIT :limit
) AS shared
ORDER BY shared.shared_likers DESC, shared.post_id ASC;
