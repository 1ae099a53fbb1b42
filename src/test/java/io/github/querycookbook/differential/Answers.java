package io.github.querycookbook.differential;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostWithLikers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every read recipe of a {@link Cookbook}, asked the questions of one try: the answers by recipe name. An exception is
 * an answer too, as its class and message, so that {@code getPost} of an unknown id is compared like any list.
 */
final class Answers {

    private Answers() {
    }

    /** Every answer at once. */
    static Map<String, Object> of(Cookbook cookbook, Dataset data, Questions q) {
        Map<String, Object> answers = new LinkedHashMap<>();
        asked(cookbook, data, q).forEach((recipe, answer) -> answers.put(recipe, answer.get()));
        return answers;
    }

    /** Every recipe with its question, not asked yet: a test can stop at the first wrong answer. */
    static Map<String, Supplier<Object>> asked(Cookbook cookbook, Dataset data, Questions q) {
        Map<String, Supplier<Object>> answers = new LinkedHashMap<>();
        answers.put("postsNewestFirst", cookbook::postsNewestFirst);
        answers.put("postsByLikeCount", cookbook::postsByLikeCount);
        answers.put("likersOfPostsBy", () -> cookbook.likersOfPostsBy(q.userId()));
        answers.put("findPost", () -> cookbook.findPost(q.postId()));
        answers.put("getPost", () -> outcome(() -> cookbook.getPost(q.postId())));
        answers.put("postsBy", () -> cookbook.postsBy(q.userId()));
        answers.put("postsByLikeCountPage", () -> cookbook.postsByLikeCountPage(q.pageNumber(), q.pageSize()));
        answers.put("feed", () -> cookbook.feed(q.cursor(), q.limit()));
        answers.put("feed, walked to the end", () -> walkFeed(cookbook, q.limit()));
        answers.put("authorsWithAtLeast", () -> cookbook.authorsWithAtLeast(q.minLikes()));
        answers.put("likeStatsSince", () -> cookbook.likeStatsSince(q.since()));
        answers.put("topPostPerAuthor", cookbook::topPostPerAuthor);
        answers.put("rankPostsByLikes", cookbook::rankPostsByLikes);
        answers.put("dailyLikes", () -> cookbook.dailyLikes(q.postId(), q.from(), q.from().plusDays(q.days())));
        answers.put("activityOf", () -> cookbook.activityOf(q.userId(), q.limit()));
        answers.put("postsWithAuthor", cookbook::postsWithAuthor);
        answers.put("likersOf", () -> cookbook.likersOf(q.postId()));
        answers.put("postsWithoutLikes", cookbook::postsWithoutLikes);
        answers.put("hasLiked", () -> cookbook.hasLiked(q.userId(), q.postId()));
        answers.put("postsByIds", () -> cookbook.postsByIds(q.ids()));
        answers.put("findUserByUsername", () -> cookbook.findUserByUsername(q.username()));
        answers.put("findUserByUsername, every user's own", () -> data.users().stream()
                .map(user -> cookbook.findUserByUsername(user.username())).toList());
        answers.put("getUserByUsername", () -> outcome(() -> cookbook.getUserByUsername(q.username())));
        answers.put("searchPosts", () -> cookbook.searchPosts(q.search()));
        answers.put("alsoLiked", () -> cookbook.alsoLiked(q.postId(), q.limit()));
        answers.put("postsWithLikers", cookbook::postsWithLikers);
        answers.put("authorSummaries", cookbook::authorSummaries);
        answers.put("postsByLikeCountJson", () -> JsonModel.canonical(cookbook.postsByLikeCountJson()));
        answers.put("topPostsByLikeCount", () -> cookbook.topPostsByLikeCount(q.limit()));
        answers.put("topPostsByLikeCountAfter, walked to the end", () -> walkRanking(cookbook, q.limit()));
        return answers;
    }

    /**
     * The answers with every username list re-sorted by {@code order}: what another engine would have said. These
     * three recipes are the only ones that promise "the engine's ascending order" of usernames.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inUsernameOrder(Map<String, Object> answers, UsernameOrder order) {
        Map<String, Object> sorted = new LinkedHashMap<>(answers);
        sorted.put("likersOfPostsBy", sort((List<String>) answers.get("likersOfPostsBy"), order));
        sorted.put("likersOf", sort((List<String>) answers.get("likersOf"), order));
        sorted.put("postsWithLikers", ((List<PostWithLikers>) answers.get("postsWithLikers")).stream()
                .map(post -> new PostWithLikers(post.id(), post.content(), sort(post.likers(), order))).toList());
        return sorted;
    }

    private static List<String> sort(List<String> usernames, UsernameOrder order) {
        return usernames.stream().sorted(order.comparator()).toList();
    }

    /** Every page from the first, by each page's {@code next}; a cursor that repeats or never ends fails the walk. */
    private static List<FeedPage> walkFeed(Cookbook cookbook, int limit) {
        List<FeedPage> pages = new ArrayList<>();
        FeedPage page = cookbook.feed(null, limit);
        pages.add(page);
        while (page.next().isPresent() && pages.size() <= 20) {
            page = cookbook.feed(page.next().get(), limit);
            pages.add(page);
        }
        return pages;
    }

    private static Object outcome(Supplier<?> answer) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** The ranking read from the counter, page after page until an empty one. */
    private static List<PostLikeCount> walkRanking(Cookbook cookbook, int limit) {
        List<PostLikeCount> walked = new ArrayList<>(cookbook.topPostsByLikeCount(limit));
        List<PostLikeCount> page = walked;
        while (!page.isEmpty()) {
            page = cookbook.topPostsByLikeCountAfter(page.get(page.size() - 1), limit);
            walked.addAll(page);
        }
        return walked;
    }
}
