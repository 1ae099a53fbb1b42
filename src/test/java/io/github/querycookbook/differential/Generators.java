package io.github.querycookbook.differential;

import io.github.querycookbook.differential.Dataset.PostDraft;
import io.github.querycookbook.differential.Dataset.TimedLike;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.PostSearch;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What the properties generate. Small alphabets and a handful of instants make collisions likely: usernames that
 * differ only by case or by emoji, posts and likes at the same instant (duplicate timestamps, ties in every order),
 * self-likes, authors without posts, empty tables, and instants on day, leap-day and year edges.
 */
final class Generators {

    /** Case pairs, an accent, a full-width letter (U+FF3A), emoji beyond U+FFFF, an apostrophe and a space. */
    private static final List<String> NAME_PARTS = List.of("a", "A", "b", "B", "é", "É", "Ｚ", "😀", "🐱", "'", " ");

    /**
     * Search-relevant characters: ASCII letters in both cases, LIKE's wildcards, the escape character and a
     * backslash. Letters stay ASCII because the test databases differ in case folding beyond ASCII (PostgreSQL's
     * {@code C} ctype folds ASCII only); hostile and Unicode search text is the injection corpus's subject.
     */
    private static final List<String> CONTENT_PARTS = List.of("a", "A", "b", "B", "%", "_", "!", "\\", "😀", " ", "'");

    private static final List<LocalDateTime> INSTANTS = List.of(
            LocalDateTime.parse("2024-02-28T23:59:59"),
            LocalDateTime.parse("2024-02-29T00:00:00"),
            LocalDateTime.parse("2024-02-29T23:59:59.999999"),
            LocalDateTime.parse("2024-03-01T10:00:00"),
            LocalDateTime.parse("2024-03-01T10:00:00.000001"),
            LocalDateTime.parse("2024-12-31T23:59:59.999999"),
            LocalDateTime.parse("2025-01-01T00:00:00"));

    private Generators() {
    }

    /**
     * Users, posts and likes are generated side by side, not one from another, so that jqwik shrinks each list on
     * its own; an author or liker index beyond the generated users, or a post index beyond the posts, wraps around.
     */
    static Arbitrary<Dataset> datasets() {
        Arbitrary<List<String>> usernames = words(NAME_PARTS, 1, 3).list().uniqueElements().ofMaxSize(6);
        Arbitrary<List<PostDraft>> drafts = Combinators.combine(Arbitraries.longs().between(1, 6),
                words(CONTENT_PARTS, 1, 4), instants()).as(PostDraft::new).list().ofMaxSize(8);
        Arbitrary<List<TimedLike>> likes = Combinators.combine(Arbitraries.longs().between(1, 6),
                Arbitraries.longs().between(1, 8), instants()).as(TimedLike::new).list().ofMaxSize(20);
        return Combinators.combine(usernames, drafts, likes).as(Dataset::of);
    }

    static Arbitrary<Questions> questions() {
        return Combinators.combine(List.of(
                ids(), ids(), small(100),
                Arbitraries.frequencyOf(Tuple.of(9, small(6)), Tuple.of(1, Arbitraries.just(Integer.MAX_VALUE))),
                small(100), Arbitraries.longs().between(0, 4), instants(),
                Arbitraries.of(LocalDate.parse("2024-02-27"), LocalDate.parse("2024-02-29"),
                        LocalDate.parse("2024-12-31")),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 365)),
                words(NAME_PARTS, 0, 3), searches(), cursors().injectNull(0.3), ids().list().ofMaxSize(5)
        ).stream().map(Generators::generic).toList()).as(Questions::of);
    }

    private static Arbitrary<Object> generic(Arbitrary<?> arbitrary) {
        return arbitrary.map(Object.class::cast);
    }

    private static Arbitrary<PostSearch> searches() {
        return Combinators.combine(ids().injectNull(0.5), words(CONTENT_PARTS, 0, 2).injectNull(0.5),
                instants().injectNull(0.5), instants().injectNull(0.5),
                Arbitraries.longs().between(0, 3).injectNull(0.5)).as((author, text, from, before, minLikes) ->
                from != null && before != null && from.isAfter(before)
                        ? new PostSearch(author, text, before, from, minLikes)
                        : new PostSearch(author, text, from, before, minLikes));
    }

    private static Arbitrary<FeedCursor> cursors() {
        return Combinators.combine(instants(), ids()).as(FeedCursor::new);
    }

    /** Mostly the shared instants, so that comparisons hit equality; sometimes any microsecond of those days. */
    private static Arbitrary<LocalDateTime> instants() {
        Arbitrary<LocalDateTime> nearby = Combinators.combine(Arbitraries.of(INSTANTS),
                Arbitraries.longs().between(-86_400_000_000L, 86_400_000_000L))
                .as((at, micros) -> at.plusNanos(micros * 1000));
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(INSTANTS)),
                Tuple.of(1, nearby));
    }

    private static Arbitrary<Long> ids() {
        return Arbitraries.longs().between(0, 10);
    }

    private static Arbitrary<Integer> small(int max) {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, max));
    }

    private static Arbitrary<String> words(List<String> parts, int minParts, int maxParts) {
        return Arbitraries.of(parts).list().ofMinSize(minParts).ofMaxSize(maxParts).map(list -> String.join("", list));
    }
}
