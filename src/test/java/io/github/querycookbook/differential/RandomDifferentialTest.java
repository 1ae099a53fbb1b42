package io.github.querycookbook.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineDatabases;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.opentest4j.TestAbortedException;

/**
 * Random differential testing of every read recipe: on each generated {@link Dataset}, with random {@link Questions},
 * {@code QueryCookbook} and {@code VanillaSqlCookbook} both answer exactly as the plain-Java {@link ModelCookbook},
 * whose only engine-specific rule is the {@link UsernameOrder}. jqwik shrinks a failure to the smallest dataset and
 * questions that still fail, and prints them with the seed that replays them.
 */
class RandomDifferentialTest {

    private static final EngineDatabases DATABASES = new EngineDatabases();
    private static final Map<Engine, Connected> CONNECTED = new EnumMap<>(Engine.class);

    @Property(tries = 200)
    void bothCookbooksAnswerLikeTheModelOnH2(@ForAll("datasets") Dataset data, @ForAll("questions") Questions q) {
        answerLikeTheModel(Engine.H2, data, q);
    }

    @Property(tries = 25)
    void bothCookbooksAnswerLikeTheModelOnPostgres(@ForAll("datasets") Dataset data,
            @ForAll("questions") Questions q) {
        answerLikeTheModel(Engine.POSTGRES, data, q);
    }

    @Property(tries = 25)
    void bothCookbooksAnswerLikeTheModelOnMariaDb(@ForAll("datasets") Dataset data, @ForAll("questions") Questions q) {
        answerLikeTheModel(Engine.MARIADB, data, q);
    }

    /**
     * The same dataset and questions give the same answers on every engine, except the stated difference: usernames
     * come in each engine's {@link UsernameOrder}, so H2's answers equal PostgreSQL's once its username lists are
     * sorted by code point, and PostgreSQL's equal MariaDB's as they are.
     */
    @Property(tries = 25)
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
        return CONNECTED.computeIfAbsent(engine, key -> {
            TestDatabase db = DATABASES.get(key);
            if (db.skipReason().isPresent()) {
                throw new TestAbortedException(key + " skipped: " + db.skipReason().get());
            }
            return new Connected(db);
        });
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
