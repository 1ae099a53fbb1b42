package io.github.querycookbook.tour;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Result;

/** A tour pointed at someone's database runs the writes too, and leaves every row as it found it. */
@DatabaseSetup(Setup.BLANK)
class TourWritesTest {

    @EngineTest
    void leavesEveryRowAsItFoundItBecauseItRollsItsWritesBack(TestDatabase db) {
        // given a database that a first tour migrated and filled with the demo data
        TourRun.of("--url", db.jdbcUrl());
        DSLContext dsl = CookbookDsl.prepare(db.dsl());
        List<Result<?>> before = everyRow(dsl);

        // when a second tour runs every recipe, the writes included
        TourRun tour = TourRun.of("--url", db.jdbcUrl());

        // then
        assertThat(tour.status()).isEqualTo(Tour.AGREED);
        assertThat(tour.out()).contains("Rolled back every write: the tables hold what they held before.");
        assertThat(everyRow(dsl)).isEqualTo(before);
        assertThat(before).extracting(Result::size).containsExactly(4, 4, 6);
    }

    private static List<Result<?>> everyRow(DSLContext dsl) {
        return List.of(dsl.selectFrom(USERS).orderBy(USERS.ID).fetch(),
                dsl.selectFrom(POSTS).orderBy(POSTS.ID).fetch(),
                dsl.selectFrom(POST_LIKES).orderBy(POST_LIKES.POST_ID, POST_LIKES.USER_ID).fetch());
    }
}
