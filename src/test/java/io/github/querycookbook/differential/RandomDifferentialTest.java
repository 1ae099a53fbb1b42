package io.github.querycookbook.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.querycookbook.differential.Dataset.PostDraft;
import io.github.querycookbook.differential.Dataset.TimedLike;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineDatabases;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random differential testing of every read recipe: on each generated {@link Dataset}, with random {@link Questions},
 * {@code QueryCookbook} and {@code VanillaSqlCookbook} both answer exactly as the plain-Java {@link ModelCookbook},
 * whose only engine-specific rule is the {@link UsernameOrder}. jqwik shrinks a failure to the smallest dataset and
 * questions that still fail, and prints them with the seed that replays them.
 */
@AddLifecycleHook(OnEngines.SkipUnavailable.class)
class RandomDifferentialTest {

    static final EngineDatabases DATABASES = new EngineDatabases();
    private static final Map<Engine, Connected> CONNECTED = new EnumMap<>(Engine.class);

    @Property(tries = 200)
    @OnEngines(Engine.H2)
    void bothCookbooksAnswerLikeTheModelOnH2(@ForAll("datasets") Dataset data, @ForAll("questions") Questions q) {
        answerLikeTheModel(Engine.H2, data, q);
    }

    @Property(tries = 25)
    @OnEngines(Engine.POSTGRES)
    void bothCookbooksAnswerLikeTheModelOnPostgres(@ForAll("datasets") Dataset data,
            @ForAll("questions") Questions q) {
        answerLikeTheModel(Engine.POSTGRES, data, q);
    }

    @Property(tries = 25)
    @OnEngines(Engine.MARIADB)
    void bothCookbooksAnswerLikeTheModelOnMariaDb(@ForAll("datasets") Dataset data, @ForAll("questions") Questions q) {
        answerLikeTheModel(Engine.MARIADB, data, q);
    }

    /**
     * The same dataset and questions give the same answers on every engine, except the stated difference: usernames
     * come in each engine's {@link UsernameOrder}, so H2's answers equal PostgreSQL's once its username lists are
     * sorted by code point, and PostgreSQL's equal MariaDB's as they are.
     */
    @Property(tries = 25)
    @OnEngines({Engine.H2, Engine.POSTGRES, Engine.MARIADB})
    void everyEngineGivesTheSameAnswers(@ForAll("datasets") Dataset data, @ForAll("questions") Questions q) {
        Map<Engine, Map<String, Object>> answers = new EnumMap<>(Engine.class);
        for (Engine engine : Engine.values()) {
            Connected db = connected(engine);
            db.load(data);
            answers.put(engine, Answers.of(db.queryCookbook(), data, q));
        }
        assertThat(answers.get(Engine.MARIADB)).isEqualTo(answers.get(Engine.POSTGRES));
        assertThat(Answers.inUsernameOrder(answers.get(Engine.H2), UsernameOrder.CODE_POINTS))
                .isEqualTo(answers.get(Engine.POSTGRES));
        assertThat(answers.get(Engine.H2)).isEqualTo(
                Answers.inUsernameOrder(answers.get(Engine.POSTGRES), UsernameOrder.UTF16_UNITS));
    }

    /**
     * The stated difference, with literal values: H2 sorts a username above U+FFFF (😀, U+1F600) before one from
     * U+E000 to U+FFFF (Ｚ, U+FF3A), because it compares UTF-16 units; PostgreSQL and MariaDB compare code points.
     */
    @Example
    @OnEngines({Engine.H2, Engine.POSTGRES, Engine.MARIADB})
    void theEnginesDifferOnlyInHowTheySortUsernames() {
        Dataset data = Dataset.of(List.of("Ｚ", "😀", "a"),
                List.of(new PostDraft(3, "hi", LocalDateTime.parse("2024-03-01T10:00:00"))),
                List.of(new TimedLike(1, 1, LocalDateTime.parse("2024-03-01T11:00:00")),
                        new TimedLike(2, 1, LocalDateTime.parse("2024-03-01T12:00:00"))));
        Map<Engine, List<String>> likers = new EnumMap<>(Engine.class);
        for (Engine engine : Engine.values()) {
            Connected db = connected(engine);
            db.load(data);
            assertThat(db.vanillaCookbook().likersOf(1)).isEqualTo(db.queryCookbook().likersOf(1));
            likers.put(engine, db.queryCookbook().likersOf(1));
        }
        assertThat(likers).containsExactly(
                entry(Engine.H2, List.of("😀", "Ｚ")),
                entry(Engine.POSTGRES, List.of("Ｚ", "😀")),
                entry(Engine.MARIADB, List.of("Ｚ", "😀")));
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return Generators.datasets();
    }

    @Provide
    Arbitrary<Questions> questions() {
        return Generators.questions();
    }

    private static void answerLikeTheModel(Engine engine, Dataset data, Questions q) {
        Connected db = connected(engine);
        db.load(data);
        Map<String, Object> expected = Answers.of(new ModelCookbook(data, UsernameOrder.of(engine)), data, q);
        Map<String, Supplier<Object>> jooq = Answers.asked(db.queryCookbook(), data, q);
        Map<String, Supplier<Object>> vanilla = Answers.asked(db.vanillaCookbook(), data, q);
        expected.forEach((recipe, answer) -> {
            assertThat(jooq.get(recipe).get()).as("%s on %s by QueryCookbook", recipe, engine).isEqualTo(answer);
            assertThat(vanilla.get(recipe).get()).as("%s on %s by VanillaSqlCookbook", recipe, engine)
                    .isEqualTo(answer);
        });
    }

    private static synchronized Connected connected(Engine engine) {
        return CONNECTED.computeIfAbsent(engine, key -> new Connected(DATABASES.get(key)));
    }

    @AfterContainer
    static synchronized void dropTheDatabases() throws SQLException {
        for (Connected db : CONNECTED.values()) {
            db.close();
        }
        CONNECTED.clear();
        DATABASES.close();
    }
}
