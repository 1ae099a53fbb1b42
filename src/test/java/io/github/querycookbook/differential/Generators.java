package io.github.querycookbook.differential;

import io.github.querycookbook.differential.Dataset.PostDraft;
import io.github.querycookbook.differential.Dataset.TimedLike;
import io.github.querycookbook.model.FeedCursor;
import io.github.querycookbook.model.PostSearch;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * What the properties generate, from one try's {@link SplittableRandom}. Small alphabets and a handful of instants
 * make collisions likely: usernames that differ only by case or by emoji, posts and likes at the same instant
 * (duplicate timestamps, ties in every order), self-likes, authors without posts, empty tables, and instants on day,
 * leap-day and year edges.
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

    private static final List<LocalDate> DAYS = List.of(
            LocalDate.parse("2024-02-27"), LocalDate.parse("2024-02-29"), LocalDate.parse("2024-12-31"));

    private final SplittableRandom random;

    Generators(SplittableRandom random) {
        this.random = random;
    }

    /**
     * Up to 6 distinct usernames, 8 posts and 20 likes, each list possibly empty, drawn side by side; an author or
     * liker index beyond the users, or a post index beyond the posts, wraps around (see {@link Dataset#of}).
     */
    Dataset dataset() {
        Set<String> usernames = new LinkedHashSet<>();
        int wanted = random.nextInt(7);
        for (int attempt = 0; attempt < 4 * wanted && usernames.size() < wanted; attempt++) {
            usernames.add(word(NAME_PARTS, 1, 3));
        }
        List<PostDraft> drafts = list(8, () -> new PostDraft(between(1, 6), word(CONTENT_PARTS, 1, 4), instant()));
        List<TimedLike> likes = list(20, () -> new TimedLike(between(1, 6), between(1, 8), instant()));
        return Dataset.of(List.copyOf(usernames), drafts, likes);
    }

    /** One argument per recipe parameter; ids run a little past the largest, and one page number in ten is huge. */
    Questions questions() {
        int pageNumber = random.nextInt(10) == 0 ? Integer.MAX_VALUE : small(6);
        int days = random.nextBoolean() ? random.nextInt(5) : random.nextInt(366);
        FeedCursor cursor = random.nextInt(10) < 3 ? null : new FeedCursor(instant(), id());
        return new Questions(id(), id(), small(100), pageNumber, small(100), between(0, 4), instant(),
                DAYS.get(random.nextInt(DAYS.size())), days, word(NAME_PARTS, 0, 3), search(), cursor,
                list(5, this::id));
    }

    private PostSearch search() {
        Long author = orNull(this::id);
        String text = orNull(() -> word(CONTENT_PARTS, 0, 2));
        LocalDateTime from = orNull(this::instant);
        LocalDateTime before = orNull(this::instant);
        Long minLikes = orNull(() -> between(0, 3));
        return from != null && before != null && from.isAfter(before)
                ? new PostSearch(author, text, before, from, minLikes)
                : new PostSearch(author, text, from, before, minLikes);
    }

    /** Four times in five one of the shared instants, so that comparisons hit equality; else any microsecond near. */
    private LocalDateTime instant() {
        LocalDateTime at = INSTANTS.get(random.nextInt(INSTANTS.size()));
        return random.nextInt(5) < 4 ? at : at.plusNanos(random.nextLong(-86_400_000_000L, 86_400_000_001L) * 1000);
    }

    private long id() {
        return between(0, 10);
    }

    private long between(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    /** Half the time from 1 to 4, else from 1 to {@code max}: small values and their edges come up often. */
    private int small(int max) {
        return 1 + random.nextInt(random.nextBoolean() ? 4 : max);
    }

    private <T> T orNull(Supplier<T> value) {
        return random.nextBoolean() ? null : value.get();
    }

    private <T> List<T> list(int maxSize, Supplier<T> element) {
        List<T> list = new ArrayList<>();
        for (int size = random.nextInt(maxSize + 1); list.size() < size; ) {
            list.add(element.get());
        }
        return list;
    }

    private String word(List<String> parts, int minParts, int maxParts) {
        return String.join("", pick(parts, minParts + random.nextInt(maxParts - minParts + 1)));
    }

    private List<String> pick(List<String> parts, int count) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < count) {
            picked.add(parts.get(random.nextInt(parts.size())));
        }
        return picked;
    }
}
