package io.github.querycookbook.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cache's bound and its keys, without a database. */
class RenderCacheTest {

    private static final RenderContext H2 = RenderContext.of(DSL.using(SQLDialect.H2));

    @Nested
    class Bound {

        @Test
        void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsedShape() {
            // given a cache of two shapes, the first used after the second
            RenderCache cache = new RenderCache(2);
            cache.store(new ShapeKey(H2, "first", 0), Optional.empty());
            cache.store(new ShapeKey(H2, "second", 0), Optional.empty());
            cache.lookup(new ShapeKey(H2, "first", 0));

            // when a third shape comes
            cache.store(new ShapeKey(H2, "third", 0), Optional.empty());

            // then the second, least recently used, is gone
            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.lookup(new ShapeKey(H2, "second", 0))).isNull();
            assertThat(cache.lookup(new ShapeKey(H2, "first", 0))).isNotNull();
            assertThat(cache.lookup(new ShapeKey(H2, "third", 0))).isNotNull();
            assertThat(cache.renders()).isEqualTo(3);
        }

        @Test
        void refusesACapacityBelowOne() {
            assertThatThrownBy(() -> new RenderCache(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("capacity must be at least 1, was 0");
        }
    }

    @Nested
    class Keys {

        @Test
        void tellDialectsSettingsShapesAndVariantsApart() {
            // given contexts that differ only in the dialect, or only in one rendering setting
            DSLContext upper = DSL.using(SQLDialect.H2, new Settings().withRenderKeywordCase(RenderKeywordCase.UPPER));
            RenderContext postgres = RenderContext.of(DSL.using(SQLDialect.POSTGRES));

            // then
            assertThat(new ShapeKey(H2, "byId", 0)).isEqualTo(new ShapeKey(RenderContext.of(DSL.using(SQLDialect.H2)),
                    "byId", 0));
            assertThat(new ShapeKey(H2, "byId", 0)).isNotEqualTo(new ShapeKey(postgres, "byId", 0))
                    .isNotEqualTo(new ShapeKey(RenderContext.of(upper), "byId", 0))
                    .isNotEqualTo(new ShapeKey(H2, "byAuthor", 0))
                    .isNotEqualTo(new ShapeKey(H2, "byId", 1));
        }

        @Test
        void keepTheSettingsAsTheyWereWhenTheContextWasTaken() {
            // given a context taken from a DSLContext whose settings change afterwards
            DSLContext dsl = DSL.using(SQLDialect.H2, new Settings());
            RenderContext before = RenderContext.of(dsl);

            // when
            dsl.settings().setRenderKeywordCase(RenderKeywordCase.UPPER);

            // then the old key does not stand for the new rendering
            assertThat(before).isEqualTo(RenderContext.of(DSL.using(SQLDialect.H2)))
                    .isNotEqualTo(RenderContext.of(dsl));
        }
    }
}
