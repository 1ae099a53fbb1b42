-- Recipe: importLikes, before inserting: which of these user ids exist. :ids is one batch of at most 10,000 ids.
SELECT users.id
FROM users
WHERE users.id IN (:ids);
