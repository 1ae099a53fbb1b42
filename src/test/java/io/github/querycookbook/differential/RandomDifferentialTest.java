package io.github.querycookbook.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.querycookbook.differential.Dataset.PostDraft;
import io.github.querycookbook.differential.Dataset.TimedLike;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineDatabases;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Random differential testing of every read recipe: on each generated {@link Dataset}, with random {@link Questions},
 * {@code QueryCookbook} and {@code VanillaSqlCookbook} both answer exactly as the plain-Java {@link ModelCookbook},
 * whose only engine-specific rule is the {@link UsernameOrder}. The {@link PropertyRunner} shrinks a failure to the
 * smallest dataset and questions that still fail, and prints them with the seed that replays them.
 */
class RandomDifferentialTest {

    private static final EngineDatabases EVERY_ENGINE = new EngineDatabases();

    /** 200 tries on H2, 25 on PostgreSQL and on MariaDB, whose round trips cost more. */
    @EngineTest
    void bothCookbooksAnswerLikeThePlainJavaModel(TestDatabase database) throws SQLException {
        int tries = database.engine() == Engine.H2 ? 200 : 25;
        try (Connected db = new Connected(database)) {
            PropertyRunner.forAll("bothCookbooksAnswerLikeThePlainJavaModel on " + database.engine(), tries,
                    sample -> answerLikeTheModel(db, sample.data(), sample.questions()));
        }
    }

    /**
     * The same dataset and questions give the same answers on every engine, except the stated difference: usernames
     * come in each engine's {@link UsernameOrder}, so H2's answers equal PostgreSQL's once its username lists are
     * sorted by code point, and PostgreSQL's equal MariaDB's as they are.
     */
    @Test
    void everyEngineGivesTheSameAnswersApartFromUsernameOrder() {
        onEveryEngine(dbs -> PropertyRunner.forAll("everyEngineGivesTheSameAnswersApartFromUsernameOrder", 25,
                sample -> {
                    Map<Engine, Map<String, Object>> answers = new EnumMap<>(Engine.class);
                    dbs.forEach((engine, db) -> {
                        db.load(sample.data());
                        answers.put(engine, Answers.of(db.queryCookbook(), sample.data(), sample.questions()));
                    });
                    assertThat(answers.get(Engine.MARIADB)).isEqualTo(answers.get(Engine.POSTGRES));
                    assertThat(Answers.inUsernameOrder(answers.get(Engine.H2), UsernameOrder.CODE_POINTS))
                            .isEqualTo(answers.get(Engine.POSTGRES));
                    assertThat(answers.get(Engine.H2)).isEqualTo(
                            Answers.inUsernameOrder(answers.get(Engine.POSTGRES), UsernameOrder.UTF16_UNITS));
                }));
    }

    /**
     * The stated difference, with literal values: H2 sorts a username above U+FFFF (😀, U+1F600) before one from
     * U+E000 to U+FFFF (Ｚ, U+FF3A), because it compares UTF-16 units; PostgreSQL and MariaDB compare code points.
     */
    @Test
    void theEnginesDifferOnlyInHowTheySortUsernames() {
        Dataset data = Dataset.of(List.of("Ｚ", "😀", "a"),
                List.of(new PostDraft(3, "hi", LocalDateTime.parse("2024-03-01T10:00:00"))),
                List.of(new TimedLike(1, 1, LocalDateTime.parse("2024-03-01T11:00:00")),
                        new TimedLike(2, 1, LocalDateTime.parse("2024-03-01T12:00:00"))));
        Map<Engine, List<String>> likers = new EnumMap<>(Engine.class);
        onEveryEngine(dbs -> dbs.forEach((engine, db) -> {
            db.load(data);
            assertThat(db.vanillaCookbook().likersOf(1)).isEqualTo(db.queryCookbook().likersOf(1));
            likers.put(engine, db.queryCookbook().likersOf(1));
        }));
        assertThat(likers).containsExactly(
                entry(Engine.H2, List.of("😀", "Ｚ")),
                entry(Engine.POSTGRES, List.of("Ｚ", "😀")),
                entry(Engine.MARIADB, List.of("Ｚ", "😀")));
    }

    private static void answerLikeTheModel(Connected db, Dataset data, Questions q) {
        db.load(data);
        Map<String, Object> expected = Answers.of(new ModelCookbook(data, UsernameOrder.of(db.engine())), data, q);
        Map<String, Supplier<Object>> jooq = Answers.asked(db.queryCookbook(), data, q);
        Map<String, Supplier<Object>> vanilla = Answers.asked(db.vanillaCookbook(), data, q);
        expected.forEach((recipe, answer) -> {
            assertThat(jooq.get(recipe).get()).as("%s on %s by QueryCookbook", recipe, db.engine())
                    .isEqualTo(answer);
            assertThat(vanilla.get(recipe).get()).as("%s on %s by VanillaSqlCookbook", recipe, db.engine())
                    .isEqualTo(answer);
        });
    }

    /** Runs {@code test} with one connection per engine; skipped, with the reason, when an engine is unavailable. */
    private static void onEveryEngine(Consumer<Map<Engine, Connected>> test) {
        for (Engine engine : Engine.DIALECTS) {
            TestDatabase database = EVERY_ENGINE.get(engine);
            Assumptions.assumeTrue(database.skipReason().isEmpty(),
                    () -> engine + " skipped: " + database.skipReason().orElseThrow());
        }
        Map<Engine, Connected> dbs = new EnumMap<>(Engine.class);
        try {
            for (Engine engine : Engine.DIALECTS) {
                dbs.put(engine, new Connected(EVERY_ENGINE.get(engine)));
            }
            test.accept(dbs);
        } finally {
            for (Connected db : dbs.values()) {
                try {
                    db.close();
                } catch (SQLException e) {
                    // the connection is gone either way; the test's own outcome is what matters
                }
            }
        }
    }

    @AfterAll
    static void dropTheDatabases() {
        EVERY_ENGINE.close();
    }
}
