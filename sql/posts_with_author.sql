-- Recipe: postsWithAuthor (seed idea: a post with its author, Post.query.join(User))
-- Each post with its author's username, newest first. jOOQ writes this join from the foreign key
-- (POSTS.users().USERNAME); by hand it is the ON clause below. An inner join is right because posts.user_id is
-- NOT NULL: no post lacks an author.
SELECT posts.id, posts.content, posts.user_id, users.username, posts.created_at
FROM posts
JOIN users ON users.id = posts.user_id
ORDER BY posts.created_at DESC, posts.id DESC;
