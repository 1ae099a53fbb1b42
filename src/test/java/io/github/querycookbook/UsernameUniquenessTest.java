package io.github.querycookbook;

import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Usernames compare exactly on every engine: case, accents, emoji and trailing spaces all make a difference. */
class UsernameUniquenessTest {

    @EngineTest
    void acceptsNamesThatDifferOnlyByCaseAccentEmojiOrTrailingSpace(TestDatabase db) {
        // given
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        List<String> names = List.of("Ann", "ann", "ann ", "Emile", "Émile", "🐱cat", "🐶cat");

        // when
        names.forEach(name -> dsl.insertInto(USERS, USERS.USERNAME).values(name).execute());

        // then
        assertThat(dsl.fetch(USERS).getValues(USERS.USERNAME)).containsExactlyInAnyOrderElementsOf(names);
        assertThatThrownBy(() -> dsl.insertInto(USERS, USERS.USERNAME).values("🐱cat").execute())
                .isInstanceOf(IntegrityConstraintViolationException.class);
    }
}
