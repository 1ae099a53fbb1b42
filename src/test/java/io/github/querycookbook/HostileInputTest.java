package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.model.User;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The injection corpus ({@code hostile-strings.txt}) through every public method that takes a string, on both
 * cookbooks, and on PostgreSQL once more with {@code preferQueryMode=simple}. Each string is only ever its literal
 * self: stored exactly, found only by itself, matched by the search as {@link PostSearch} documents, with the row
 * counts and the schema unchanged; one the schema cannot store is rejected and leaves no row.
 */
class HostileInputTest {

    private static final List<HostileString> CORPUS = HostileString.corpus();

    @Test
    void theCorpusHoldsEveryKindOfTrap() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(25);
        assertThat(CORPUS).extracting(HostileString::value).contains("' OR '1'='1", "'); DROP TABLE posts;--",
                "\"\nWHERE false --\"", "\\", "\\'", "%", "_", "*", "a\0b", "x".repeat(10_000), "İstanbul",
                "alice ", "abc\u200Fdef\u202Egnp.exe\u202C");
    }

    @EngineTest
    void eachHostileStringIsStoredFoundAndSearchedAsItsLiteral(TestDatabase db) {
        List<TestDatabase> variants = db.engine() == Engine.POSTGRES ? List.of(db, db.inSimpleQueryMode())
                : List.of(db);
        SoftAssertions softly = new SoftAssertions();
        for (TestDatabase variant : variants) {
            new Round(variant, variant.queryCookbook(), softly).run();
            new Round(variant, variant.vanillaCookbook(), softly).run();
        }
        softly.assertAll();
    }

    /** The corpus through one cookbook on one database, from empty tables plus a few plain rows. */
    private static final class Round {

        private final TestDatabase db;
        private final Cookbook cookbook;
        private final SoftAssertions softly;
        private final Map<Long, String> contents = new TreeMap<>();
        private int users;
        private long authorId;

        Round(TestDatabase db, Cookbook cookbook, SoftAssertions softly) {
            this.db = db;
            this.cookbook = cookbook;
            this.softly = softly;
        }

        void run() {
            // given only plain rows, which an injected "or true" would find
            DSLContext dsl = TableRows.dsl(db);
            dsl.deleteFrom(POST_LIKES).execute();
            dsl.deleteFrom(POSTS).execute();
            dsl.deleteFrom(USERS).execute();
            authorId = dsl.insertInto(USERS, USERS.USERNAME).values("alice").returningResult(USERS.ID)
                    .fetchSingle().value1();
            dsl.insertInto(USERS, USERS.USERNAME).values("Bob").execute();
            users = 2;
            for (String content : List.of("Hello world", "I like it", "istanbul in winter", "100 percent sure")) {
                contents.put(dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT).values(authorId, content)
                        .returningResult(POSTS.ID).fetchSingle().value1(), content);
            }
            List<String> schema = schema(db);

            for (HostileString hostile : CORPUS) {
                String as = db + ", " + cookbook.getClass().getSimpleName() + ", " + hostile.label();
                username(hostile.value(), as);
                post(hostile.value(), as);
            }
            softly.assertThat(schema(db)).as(db + ", " + cookbook.getClass().getSimpleName() + ": schema")
                    .isEqualTo(schema);
        }

        private void username(String value, String as) {
            Optional<String> unreadable = unreadable(value);
            if (unreadable.isPresent()) {
                expectRejection(() -> cookbook.findUserByUsername(value), unreadable.get(), as + ": find");
            } else {
                softly.assertThat(cookbook.findUserByUsername(value)).as(as + ": find before creating").isEmpty();
            }
            Optional<String> rejection = usernameRejection(value);
            if (rejection.isPresent()) {
                expectRejection(() -> cookbook.createUser(value), rejection.get(), as + ": createUser");
                expectCounts(as + ": after the rejected createUser");
                return;
            }
            User user = cookbook.createUser(value);
            users++;
            softly.assertThat(user.username()).as(as + ": createUser").isEqualTo(value);
            softly.assertThat(TableRows.dsl(db).select(USERS.USERNAME).from(USERS).where(USERS.ID.eq(user.id()))
                    .fetchSingle().value1()).as(as + ": stored username").isEqualTo(value);
            expectCounts(as + ": after createUser");
            softly.assertThat(cookbook.findUserByUsername(value)).as(as + ": find").contains(user);
            softly.assertThat(cookbook.getUserByUsername(value)).as(as + ": get").isEqualTo(user);
        }

        private void post(String value, String as) {
            Optional<String> rejection = contentRejection(value);
            if (rejection.isPresent()) {
                expectRejection(() -> cookbook.createPost(authorId, value), rejection.get(), as + ": createPost");
            } else {
                Post post = cookbook.createPost(authorId, value);
                contents.put(post.id(), value);
                softly.assertThat(post.content()).as(as + ": createPost").isEqualTo(value);
                softly.assertThat(post.userId()).as(as + ": createPost's author").isEqualTo(authorId);
                softly.assertThat(TableRows.dsl(db).select(POSTS.CONTENT).from(POSTS).where(POSTS.ID.eq(post.id()))
                        .fetchSingle().value1()).as(as + ": stored content").isEqualTo(value);
            }
            Optional<String> unreadable = unreadable(value);
            if (unreadable.isPresent()) {
                expectRejection(() -> cookbook.searchPosts(PostSearch.all().withText(value)), unreadable.get(),
                        as + ": searchPosts");
            } else {
                List<Long> expected = contents.entrySet().stream()
                        .filter(e -> containsIgnoringCase(e.getValue(), value)).map(Map.Entry::getKey).toList();
                softly.assertThat(cookbook.searchPosts(PostSearch.all().withText(value))).as(as + ": searchPosts")
                        .extracting(Post::id).containsExactlyInAnyOrderElementsOf(expected);
            }
            expectCounts(as + ": after createPost and searchPosts");
        }

        private void expectRejection(Supplier<?> call, String message, String as) {
            softly.assertThatThrownBy(call::get).as(as).hasMessageContaining(message);
        }

        /** Checks the row counts in one statement: each connection costs, and this runs after every step. */
        private void expectCounts(String as) {
            DSLContext dsl = TableRows.dsl(db);
            softly.assertThat(dsl.select(field(selectCount().from(USERS)), field(selectCount().from(POSTS)),
                    field(selectCount().from(POST_LIKES))).fetchSingle().intoList()).as(as + ": users, posts, likes")
                    .containsExactly(users, contents.size(), 0);
        }

        /**
         * Why PostgreSQL refuses {@code value} even as a parameter of a read: it stores no NUL, and says so in words
         * that depend on the protocol. Empty when the engine takes the value.
         */
        private Optional<String> unreadable(String value) {
            if (db.engine() != Engine.POSTGRES || value.indexOf('\0') < 0) {
                return Optional.empty();
            }
            return Optional.of(db.toString().contains("preferQueryMode=simple") ? "ERROR: invalid message format"
                    : "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00");
        }

        private Optional<String> usernameRejection(String value) {
            if (value.isBlank()) {
                return Optional.of("username must not be blank");
            }
            if (value.length() > 1024) {
                return Optional.of("username must be at most 1024 characters, was " + value.length());
            }
            return unreadable(value);
        }

        private Optional<String> contentRejection(String value) {
            if (value.isBlank()) {
                return Optional.of("content must not be blank");
            }
            if (db.engine().isMariaDb() && value.getBytes(StandardCharsets.UTF_8).length > 65_535) {
                return Optional.of("Incorrect string value");
            }
            return unreadable(value);
        }

        /**
         * Whether {@code content} contains {@code text} by the engine's case-insensitive rule, which
         * {@code PostSearchQueries} documents: ASCII letters fold on every engine; beyond ASCII, H2 lets each character
         * of the text match its own Java upper- and lower-case mapping (so {@code İ} finds {@code i}, but {@code i}
         * does not find {@code İ}), MariaDB lowers both sides, and PostgreSQL with the {@code C} ctype folds nothing
         * else.
         */
        private boolean containsIgnoringCase(String content, String text) {
            return switch (db.engine()) {
                case H2 -> IntStream.rangeClosed(0, content.length() - text.length()).anyMatch(at -> IntStream
                        .range(0, text.length()).allMatch(i -> matchesOnH2(text.charAt(i), content.charAt(at + i))));
                case MARIADB, GALERA ->
                        map(content, Character::toLowerCase).contains(map(text, Character::toLowerCase));
                case POSTGRES -> map(content, HostileInputTest::asciiLower)
                        .contains(map(text, HostileInputTest::asciiLower));
            };
        }
    }

    private static boolean matchesOnH2(char inText, char inContent) {
        return inContent == inText || inContent == Character.toUpperCase(inText)
                || inContent == Character.toLowerCase(inText);
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static String map(String text, IntUnaryOperator perCodePoint) {
        return text.codePoints().map(perCodePoint)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Every table and column of the database's own schema, as JDBC metadata describes them. */
    private static List<String> schema(TestDatabase db) {
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String> lines = new ArrayList<>();
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    lines.add("table " + tables.getString("TABLE_NAME"));
                }
            }
            try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    lines.add("column " + columns.getString("TABLE_NAME") + "." + columns.getString("COLUMN_NAME")
                            + " " + columns.getString("TYPE_NAME") + "(" + columns.getInt("COLUMN_SIZE") + ")");
                }
            }
            lines.sort(null);
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @EngineTest
    void storesAndReturnsHostileUsernamesAndContentUnchanged(TestDatabase db) {
        // given an author and a fan whose names are SQL and Unicode traps
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        String author = "Robert'); DROP TABLE posts; --";
        String fan = "👩‍👩‍👧‍👦".repeat(64);
        long authorId = dsl.insertInto(USERS, USERS.USERNAME).values(author).returningResult(USERS.ID)
                .fetchSingle().value1();
        long fanId = dsl.insertInto(USERS, USERS.USERNAME).values(fan).returningResult(USERS.ID)
                .fetchSingle().value1();
        long postId = dsl.insertInto(POSTS,
                        POSTS.USER_ID,
                        POSTS.CONTENT)
                .values(authorId, "' OR 1=1 -- \\ \" :author_id ?")
                .returningResult(POSTS.ID).fetchSingle().value1();
        dsl.insertInto(POST_LIKES,
                POST_LIKES.POST_ID,
                POST_LIKES.USER_ID).values(postId, fanId).execute();

        // when
        var likers = db.queryCookbook().likersOfPostsBy(authorId);
        var post = db.vanillaCookbook().getPost(postId);

        // then
        assertThat(likers).containsExactly(fan);
        assertThat(db.vanillaCookbook().likersOfPostsBy(authorId)).containsExactly(fan);
        assertThat(post.content()).isEqualTo("' OR 1=1 -- \\ \" :author_id ?");
        assertThat(db.queryCookbook().getPost(postId)).isEqualTo(post);
    }
}
