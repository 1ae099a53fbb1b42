-- Recipe: importLikes, before inserting: which of these post ids exist. :ids is one batch of at most 10,000 ids.
SELECT posts.id
FROM posts
WHERE posts.id IN (:ids);
