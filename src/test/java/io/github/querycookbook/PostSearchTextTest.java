package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostSearch;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;

/**
 * The search text on posts of its own: wildcard characters that must match themselves, and case folding beyond
 * ASCII, which follows the engine. Post {@code n} is created {@code n} minutes after 2024-01-01 00:00, so newest first
 * is highest id first.
 */
@DatabaseSetup(Setup.MIGRATED)
class PostSearchTextTest {

    private static final List<String> CONTENTS = List.of(
            "100% sure", "1000 reasons", "snake_case", "snakeXcase", "back\\slash", "backslash", "bang! here",
            "bang here", "ÉCOLE d'été", "İstanbul", "ΣΑΣ", "TITLE in capitals", "Straße");

    @EngineTest
    void percentMatchesItselfNotAnyText(TestDatabase db) {
        assertThat(search(db, "100%")).containsExactly("100% sure");
        assertThat(search(db, "%")).containsExactly("100% sure");
    }

    @EngineTest
    void underscoreMatchesItselfNotAnyCharacter(TestDatabase db) {
        assertThat(search(db, "e_c")).containsExactly("snake_case");
    }

    @EngineTest
    void backslashAndTheEscapeCharacterMatchThemselves(TestDatabase db) {
        assertThat(search(db, "k\\s")).containsExactly("back\\slash");
        assertThat(search(db, "g! ")).containsExactly("bang! here");
        assertThat(search(db, "!")).containsExactly("bang! here");
    }

    @EngineTest
    void foldsNonAsciiCapitalsAsTheEngineDoes(TestDatabase db) {
        // given H2, which maps each character with Java's locale-free case rules; MariaDB, which lowers whole strings
        // with Unicode rules; and PostgreSQL, which follows the database's LC_CTYPE: the test databases use 'C',
        // which folds ASCII letters only
        Engine engine = db.engine();
        List<String> unlessPostgres = engine == Engine.POSTGRES ? List.of() : List.of("ÉCOLE d'été");

        // when / then
        assertThat(search(db, "école D'ÉTÉ")).isEqualTo(unlessPostgres);
        assertThat(search(db, "ÉCOLE")).containsExactly("ÉCOLE d'été");
        assertThat(search(db, "istanbul")).isEqualTo(engine.isMariaDb() ? List.of("İstanbul") : List.of());
        assertThat(search(db, "σας")).isEqualTo(engine == Engine.H2 ? List.of("ΣΑΣ") : List.of());
        assertThat(search(db, "σασ")).isEqualTo(engine == Engine.POSTGRES ? List.of() : List.of("ΣΑΣ"));
        assertThat(search(db, "STRASSE")).isEmpty();
    }

    @EngineTest
    void ignoresTheJvmsLocale(TestDatabase db) {
        // given Turkish, where Java lowers I to a dotless ı
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // when / then
            assertThat(search(db, "title")).containsExactly("TITLE in capitals");
            assertThat(db.vanillaCookbook().searchPosts(PostSearch.all().withText("title")))
                    .extracting(Post::content).containsExactly("TITLE in capitals");
        } finally {
            Locale.setDefault(before);
        }
    }

    @EngineTest
    void agreesWithItsSqlTwin(TestDatabase db) {
        givenTheTextPosts(db.dsl());
        List.of("100%", "%", "_", "e_c", "\\", "k\\s", "!", "g! ", "école", "istanbul", "σας", "TITLE", "")
                .forEach(text -> assertThat(db.vanillaCookbook().searchPosts(PostSearch.all().withText(text)))
                        .as(text).isEqualTo(db.queryCookbook().searchPosts(PostSearch.all().withText(text))));
    }

    private static List<String> search(TestDatabase db, String text) {
        givenTheTextPosts(db.dsl());
        return db.queryCookbook().searchPosts(PostSearch.all().withText(text)).stream().map(Post::content).toList();
    }

    /** Inserts the posts once: the database belongs to this test class. */
    private static void givenTheTextPosts(DSLContext context) {
        DSLContext dsl = CookbookDsl.prepare(context);
        if (dsl.fetchExists(USERS)) {
            return;
        }
        dsl.insertInto(USERS, USERS.ID, USERS.USERNAME).values(1L, "writer").execute();
        var insert = dsl.insertInto(POSTS, POSTS.USER_ID, POSTS.CONTENT, POSTS.CREATED_AT);
        for (int i = 0; i < CONTENTS.size(); i++) {
            insert = insert.values(1L, CONTENTS.get(i), LocalDateTime.parse("2024-01-01T00:00:00").plusMinutes(i + 1));
        }
        insert.execute();
    }
}
