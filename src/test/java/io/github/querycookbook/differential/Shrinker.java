package io.github.querycookbook.differential;

import io.github.querycookbook.differential.PropertyRunner.Property;
import io.github.querycookbook.differential.PropertyRunner.Sample;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Greedy shrinking of a failing {@link Sample}: try removing each like, then each post with its likes, then each user
 * with their posts and likes, then simplify the questions; keep the first change that still fails the property, and
 * start over from it, until no single change fails any more or the time budget is spent.
 */
final class Shrinker {

    static final Duration BUDGET = Duration.ofSeconds(10);

    private Shrinker() {
    }

    /**
     * The outcome of shrinking.
     *
     * @param original        the sample that failed first
     * @param originalFailure how it failed
     * @param sample          the smallest failing sample found
     * @param failure         how that one fails
     * @param steps           how many changes were kept
     * @param outOfTime       whether the budget ran out before no single change failed any more
     */
    record Result(Sample original, Throwable originalFailure, Sample sample, Throwable failure, int steps,
            boolean outOfTime) {
    }

    static Result shrink(Sample original, Throwable originalFailure, Property property) {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        Sample sample = original;
        Throwable failure = originalFailure;
        int steps = 0;
        boolean minimal = false;
        while (!minimal && System.nanoTime() < deadline) {
            minimal = true;
            for (Sample candidate : candidates(sample)) {
                if (System.nanoTime() >= deadline) {
                    minimal = false;
                    break;
                }
                Throwable candidateFailure = PropertyRunner.failure(property, candidate);
                if (candidateFailure != null) {
                    sample = candidate;
                    failure = candidateFailure;
                    steps++;
                    minimal = false;
                    break;
                }
            }
        }
        return new Result(original, originalFailure, sample, failure, steps, !minimal);
    }

    /** Every sample one change smaller than {@code sample}, likes first. */
    private static List<Sample> candidates(Sample sample) {
        Dataset data = sample.data();
        List<Dataset> smaller = new ArrayList<>();
        for (Dataset.TimedLike like : data.likes()) {
            smaller.add(new Dataset(data.users(), data.posts(), without(data.likes(), like)));
        }
        for (Post post : data.posts()) {
            smaller.add(withoutPosts(data.users(), data, Set.of(post.id())));
        }
        for (User user : data.users()) {
            Set<Long> posts = data.posts().stream().filter(post -> post.userId() == user.id()).map(Post::id)
                    .collect(Collectors.toSet());
            Dataset withoutTheirPosts = withoutPosts(without(data.users(), user), data, posts);
            smaller.add(new Dataset(withoutTheirPosts.users(), withoutTheirPosts.posts(), withoutTheirPosts.likes()
                    .stream().filter(like -> like.userId() != user.id()).toList()));
        }
        List<Sample> candidates = new ArrayList<>(smaller.stream()
                .map(dataset -> new Sample(dataset, sample.questions())).toList());
        simpler(sample.questions()).forEach(questions -> candidates.add(new Sample(data, questions)));
        return candidates;
    }

    private static Dataset withoutPosts(List<User> users, Dataset data, Set<Long> postIds) {
        return new Dataset(users, data.posts().stream().filter(post -> !postIds.contains(post.id())).toList(),
                data.likes().stream().filter(like -> !postIds.contains(like.postId())).toList());
    }

    /** The questions with one argument made plainer: no cursor, no ids, no search criteria, an empty username. */
    private static List<Questions> simpler(Questions q) {
        return List.of(
                new Questions(q.userId(), q.postId(), q.limit(), q.pageNumber(), q.pageSize(), q.minLikes(),
                        q.since(), q.from(), q.days(), q.username(), q.search(), null, q.ids()),
                new Questions(q.userId(), q.postId(), q.limit(), q.pageNumber(), q.pageSize(), q.minLikes(),
                        q.since(), q.from(), q.days(), q.username(), q.search(), q.cursor(), List.of()),
                new Questions(q.userId(), q.postId(), q.limit(), q.pageNumber(), q.pageSize(), q.minLikes(),
                        q.since(), q.from(), q.days(), q.username(), PostSearch.all(), q.cursor(), q.ids()),
                new Questions(q.userId(), q.postId(), q.limit(), q.pageNumber(), q.pageSize(), q.minLikes(),
                        q.since(), q.from(), q.days(), "", q.search(), q.cursor(), q.ids()))
                .stream().filter(simpler -> !simpler.equals(q)).toList();
    }

    private static <T> List<T> without(List<T> list, T element) {
        return list.stream().filter(other -> !other.equals(element)).toList();
    }
}
