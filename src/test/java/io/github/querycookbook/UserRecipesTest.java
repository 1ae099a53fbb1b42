package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.ANN_LOWER;
import static io.github.querycookbook.testing.SocialFixture.CAT;
import static io.github.querycookbook.testing.SocialFixture.DOG;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64;
import static io.github.querycookbook.testing.SocialFixture.EMOJI_64_NAME;
import static io.github.querycookbook.testing.SocialFixture.FULLWIDTH_ZOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.model.User;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.SocialFixture;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The user-reading recipes on every engine, against literal expected values from {@link SocialFixture}, and against
 * their vanilla-SQL twins.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class UserRecipesTest {

    /** Names that exist, and names one character, one case or one emoji away from them. */
    private static final List<String> NAMES = List.of("Ann", "ann", "ANN", "Ann ", " Ann", "O'Brien", "O''Brien",
            "🐱cat", "🐶cat", "😺cat", "Ｚoë", "Zoë", "Ｚoe", EMOJI_64_NAME, "😀".repeat(63), "quiet", "", "%", "_nn");

    @Nested
    class FindUserByUsername {

        @EngineTest
        void findsTheUserWhoseNameMatchesExactly(TestDatabase db) {
            // given the social fixture, where Ann and ann are two users
            Cookbook cookbook = db.queryCookbook();

            // when / then
            assertThat(cookbook.findUserByUsername("Ann")).contains(new User(ANN, "Ann"));
            assertThat(cookbook.findUserByUsername("ann")).contains(new User(ANN_LOWER, "ann"));
            assertThat(cookbook.findUserByUsername("O'Brien")).contains(new User(3, "O'Brien"));
        }

        @EngineTest
        void tellsEmojiAndFullWidthLettersApart(TestDatabase db) {
            // given 🐱cat and 🐶cat, which MariaDB's default collation would call equal
            Cookbook cookbook = db.queryCookbook();

            // when / then
            assertThat(cookbook.findUserByUsername("🐱cat")).contains(new User(CAT, "🐱cat"));
            assertThat(cookbook.findUserByUsername("🐶cat")).contains(new User(DOG, "🐶cat"));
            assertThat(cookbook.findUserByUsername("Ｚoë")).contains(new User(FULLWIDTH_ZOE, "Ｚoë"));
            assertThat(cookbook.findUserByUsername(EMOJI_64_NAME)).contains(new User(EMOJI_64, EMOJI_64_NAME));
        }

        @EngineTest
        void isEmptyForANameThatDiffersByCaseSpaceAccentOrEmoji(TestDatabase db) {
            // given
            Cookbook cookbook = db.queryCookbook();

            // when / then
            List.of("ANN", "Ann ", " Ann", "😺cat", "Zoë", "Ｚoe", "😀".repeat(63), "", "%", "_nn")
                    .forEach(name -> assertThat(cookbook.findUserByUsername(name)).as(name).isEmpty());
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            NAMES.forEach(name -> assertThat(db.vanillaCookbook().findUserByUsername(name)).as(name)
                    .isEqualTo(db.queryCookbook().findUserByUsername(name)));
        }
    }

    @Nested
    class GetUserByUsername {

        @EngineTest
        void returnsTheUser(TestDatabase db) {
            assertThat(db.queryCookbook().getUserByUsername("🐶cat")).isEqualTo(new User(DOG, "🐶cat"));
        }

        @EngineTest
        void throwsNotFoundNamingTheTableTheColumnAndTheValue(TestDatabase db) {
            assertThatThrownBy(() -> db.queryCookbook().getUserByUsername("ANN"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("No row in table users with username 'ANN'")
                    .satisfies(e -> {
                        NotFoundException notFound = (NotFoundException) e;
                        assertThat(notFound.table()).isEqualTo("users");
                        assertThat(notFound.column()).isEqualTo("username");
                        assertThat(notFound.value()).isEqualTo("ANN");
                    });
        }

        @EngineTest
        void agreesWithItsSqlTwin(TestDatabase db) {
            assertThat(db.vanillaCookbook().getUserByUsername("O'Brien"))
                    .isEqualTo(db.queryCookbook().getUserByUsername("O'Brien"));
            assertThatThrownBy(() -> db.vanillaCookbook().getUserByUsername("😺cat"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("No row in table users with username '😺cat'");
        }
    }

    @Nested
    class NotFoundKeys {

        @Test
        void anIdKeyKeepsItsMessageAndAccessors() {
            NotFoundException notFound = new NotFoundException("posts", 404);

            assertThat(notFound).hasMessage("No row in table posts with id 404");
            assertThat(notFound.id()).isEqualTo(404);
            assertThat(notFound.column()).isEqualTo("id");
            assertThat(notFound.value()).isEqualTo("404");
        }

        @Test
        void aUsernameKeyHasNoId() {
            NotFoundException notFound = new NotFoundException("users", "username", "ann");

            assertThat(notFound).hasMessage("No row in table users with username 'ann'");
            assertThatThrownBy(notFound::id)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Looked up by username, not by id; see column() and value()");
        }
    }
}
