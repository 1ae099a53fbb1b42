-- Recipe: like, for H2, as jOOQ renders it: MERGE inserts when the like is not there. Two callers at the same moment
-- can both find it missing, and the second then fails with a duplicate key, which the cookbook reads as "there".
MERGE INTO post_likes
USING (SELECT CAST(:post_id AS BIGINT) post_id, CAST(:user_id AS BIGINT) user_id) t
ON (post_likes.post_id = t.post_id AND post_likes.user_id = t.user_id)
WHEN NOT MATCHED THEN INSERT (post_id, user_id) VALUES (t.post_id, t.user_id);
