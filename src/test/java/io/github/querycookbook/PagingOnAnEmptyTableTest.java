package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.FeedPage;
import io.github.querycookbook.model.Page;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.util.List;
import java.util.Optional;

/** The pagination recipes when there are no posts at all: zero pages, and a feed without a next cursor. */
@DatabaseSetup(Setup.MIGRATED)
class PagingOnAnEmptyTableTest {

    @EngineTest
    void countsZeroPagesWhenThereAreNoPosts(TestDatabase db) {
        // given no posts
        // when
        Page<?> first = db.queryCookbook().postsByLikeCountPage(1, 10);
        Page<?> second = db.queryCookbook().postsByLikeCountPage(2, 10);
        // then
        assertThat(first).isEqualTo(new Page<>(List.of(), 1, 10, 0, 0));
        assertThat(second).isEqualTo(new Page<>(List.of(), 2, 10, 0, 0));
    }

    @EngineTest
    void givesAnEmptyFeedWithoutANextCursor(TestDatabase db) {
        assertThat(db.queryCookbook().feed(null, 10)).isEqualTo(new FeedPage(List.of(), Optional.empty()));
    }

    @EngineTest
    void agreesWithItsSqlTwins(TestDatabase db) {
        assertThat(db.vanillaCookbook().postsByLikeCountPage(1, 10))
                .isEqualTo(db.queryCookbook().postsByLikeCountPage(1, 10));
        assertThat(db.vanillaCookbook().postsByLikeCountPage(3, 1))
                .isEqualTo(db.queryCookbook().postsByLikeCountPage(3, 1));
        assertThat(db.vanillaCookbook().feed(null, 1)).isEqualTo(db.queryCookbook().feed(null, 1));
    }
}
