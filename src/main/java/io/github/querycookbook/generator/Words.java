package io.github.querycookbook.generator;

import java.util.List;

/**
 * Plausible usernames and post texts, from small word lists: {@code zoë.fischer42}, "Finally tried the ramen place
 * near the station in Kraków. Worth the queue." A few words are not ASCII, as real data is not. No text holds a tab,
 * newline or backslash, though the loaders would escape them.
 */
final class Words {

    private static final List<String> FIRST = List.of("ada", "alan", "grace", "linus", "zoë", "jürgen", "chloé",
            "łukasz", "priya", "mateo", "aiko", "sven", "fatima", "noah", "olga", "kwame", "ines", "ravi", "mei",
            "lars",
            "amara", "diego", "hana", "tomás", "yusuf", "elif", "björn", "nina", "omar", "sofia");
    private static final List<String> LAST = List.of("fischer", "nakamura", "okafor", "silva", "kowalski", "novak",
            "haddad", "larsen", "garcía", "müller", "tanaka", "dubois", "rossi", "kim", "patel", "ivanova", "smith",
            "jensen", "moreau", "costa");
    private static final List<String> OPENINGS = List.of("Finally tried", "Just finished", "Can't stop thinking about",
            "Spent the weekend on", "Anyone else obsessed with", "Quick review of", "Today I learned about",
            "Started", "Gave up on", "Made my own version of");
    private static final List<String> THINGS = List.of("the ramen place near the station", "a 10k run",
            "sourdough bread", "the new jOOQ release", "a board game called Azul", "keyset pagination",
            "a vintage synthesizer", "crème brûlée", "a hike up the ridge", "a book on SQL window functions",
            "the night market", "my balcony garden", "a 1,000-piece puzzle", "a café with a cat");
    private static final List<String> PLACES = List.of("", " in Kraków", " in Lisbon", " in São Paulo", " in Tokyo",
            " in Zürich", " in Nairobi", " in Montréal", " in Reykjavík", " downtown", " at home");
    private static final List<String> ENDINGS = List.of(".", ". Worth the queue.", "! Highly recommend.",
            ". Never again.", ". Thoughts?", " 🎉", ". 10/10.", "... still processing.", " ☕", ". More soon.");

    private Words() {
    }

    /** A username for user {@code id}: unique, because it ends in the id. */
    static String username(long id, Prng random) {
        return pick(FIRST, random) + (random.nextInt(3) == 0 ? "_" : ".") + pick(LAST, random) + id;
    }

    /** A post's text, one to three sentences. */
    static String content(Prng random) {
        StringBuilder text = new StringBuilder(96);
        int sentences = 1 + random.skewed(3, 2);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(pick(OPENINGS, random)).append(' ').append(pick(THINGS, random))
                    .append(pick(PLACES, random)).append(pick(ENDINGS, random));
        }
        return text.toString();
    }

    private static String pick(List<String> words, Prng random) {
        return words.get(random.nextInt(words.size()));
    }
}
