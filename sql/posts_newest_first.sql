-- Recipe: postsNewestFirst (seed idea: order_by(Post.created_at.desc()))
-- Every post, newest first. Two posts created in the same microsecond would come back in any order the engine
-- likes, so id DESC breaks the tie and keeps pages and tests stable.
SELECT posts.id, posts.user_id, posts.content, posts.created_at
FROM posts
ORDER BY posts.created_at DESC, posts.id DESC;
